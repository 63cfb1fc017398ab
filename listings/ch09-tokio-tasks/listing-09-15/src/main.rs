use std::time::Duration;

/// A synchronous library call, kept from before the port to Tokio.
fn compress_logs() -> usize {
    std::thread::sleep(Duration::from_secs(2));
    1_250_000
}

async fn heartbeat() {
    for beat in 1..=4 {
        tokio::time::sleep(Duration::from_millis(500)).await;
        println!("heartbeat {beat}");
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let beats = tokio::spawn(heartbeat());
    let compressed = tokio::spawn(async { compress_logs() });
    println!("compressed to {} bytes", compressed.await.unwrap());
    beats.await.unwrap();
}
