use std::time::Duration;
use tokio::time::{Instant, sleep};

async fn shard_size(shard: u64) -> u64 {
    sleep(Duration::from_millis(100)).await;
    shard * 1_000
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut sizes = Vec::new();
    for shard in 1..=3 {
        let size = tokio::spawn(shard_size(shard)).await.unwrap();
        sizes.push(size);
    }
    println!("{sizes:?} after {:?}", start.elapsed());
}
