use std::error::Error;
use std::thread;

fn parse_quota(line: &str) -> Result<u32, Box<dyn Error + Send + Sync>> {
    let (_user, quota) = line.split_once('=').ok_or("missing `=`")?;
    Ok(quota.trim().parse()?)
}

fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    let on_thread = thread::spawn(|| parse_quota("alice = 40"));
    let from_thread = on_thread.join().expect("the parser does not panic");

    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let from_task = runtime.block_on(async {
        let on_task = tokio::spawn(async { parse_quota("bob = 4O") });
        on_task.await.expect("the parser does not panic")
    });

    for (source, result) in [("thread", from_thread), ("task", from_task)] {
        match result {
            Ok(quota) => println!("{source}: quota {quota}"),
            Err(error) => println!("{source}: bad line: {error}"),
        }
    }
    Ok(())
}
