use std::thread;

fn main() -> std::io::Result<()> {
    let mut handles = Vec::new();
    for shard in 0..3 {
        let handle = thread::Builder::new()
            .name(format!("indexer-{shard}"))
            .stack_size(256 * 1024)
            .spawn(move || {
                let me = thread::current();
                format!("{} indexed shard {shard}", me.name().unwrap_or("unnamed"))
            })?;
        handles.push(handle);
    }

    for handle in handles {
        println!("{}", handle.join().expect("an indexer panicked"));
    }
    Ok(())
}
