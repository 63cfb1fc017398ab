use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn write_audit_line(hits: u64) {
    // Stands in for a network or disk write: any `.await` would do.
    tokio::time::sleep(Duration::from_millis(5)).await;
    println!("audit: {hits} hits");
}

#[tokio::main]
async fn main() {
    let hits = Arc::new(Mutex::new(0_u64));
    let task_hits = Arc::clone(&hits);
    let handler = tokio::spawn(async move {
        let mut count = task_hits.lock().unwrap();
        *count += 1;
        write_audit_line(*count).await;
    });
    handler.await.unwrap();
}
