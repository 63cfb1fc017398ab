use tokio::runtime::Handle;

async fn load_config() -> String {
    String::from("port = 8080")
}

// A synchronous helper, written before the program went async.
fn config_blocking() -> String {
    Handle::current().block_on(load_config())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("starting");
    let config = config_blocking();
    println!("{config}");
}
