use std::time::Duration;
use tokio::time::sleep;

async fn flush_metrics() {
    sleep(Duration::from_secs(1)).await;
    println!("metrics flushed");
}

async fn reindex() -> u32 {
    sleep(Duration::from_secs(3600)).await;
    println!("reindex finished");
    42
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    drop(tokio::spawn(flush_metrics()));
    println!("flush handle dropped");

    let reindexing = tokio::spawn(reindex());
    sleep(Duration::from_secs(2)).await;
    reindexing.abort();
    match reindexing.await {
        Ok(documents) => println!("reindexed {documents} documents"),
        Err(error) if error.is_cancelled() => println!("{error}"),
        Err(error) => println!("reindex panicked: {error}"),
    }
}
