use std::time::Duration;
use tokio::time::{Instant, sleep};

async fn shard_size(shard: u64) -> u64 {
    sleep(Duration::from_millis(100)).await;
    shard * 1_000
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let handles: Vec<_> = (1..=3)
        .map(|shard| tokio::spawn(shard_size(shard)))
        .collect();
    let mut sizes = Vec::new();
    for handle in handles {
        sizes.push(handle.await.unwrap());
    }
    println!("{sizes:?} after {:?}", start.elapsed());
}
