use std::panic;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(async {
        let shard = std::hint::black_box(3);
        panic!("shard {shard}: index out of sync");
    });

    match handle.await {
        Ok(()) => println!("the shard is rebuilt"),
        Err(error) if error.is_panic() => {
            println!("caller: {error}; re-raising it here");
            // Unwinds with the task's own payload; the panic hook does not run again.
            panic::resume_unwind(error.into_panic());
        }
        Err(error) => println!("caller: {error}"),
    }
}
