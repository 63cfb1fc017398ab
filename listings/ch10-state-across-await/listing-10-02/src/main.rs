use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn write_audit_line(hits: u64) {
    tokio::time::sleep(Duration::from_millis(5)).await;
    println!("audit: {hits} hits");
}

// A plain function cannot hold anything across an `.await`: it has none.
fn record_hit(hits: &Mutex<u64>) -> u64 {
    let mut count = hits.lock().unwrap();
    *count += 1;
    *count
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let hits = Arc::new(Mutex::new(0_u64));
    let task_hits = Arc::clone(&hits);
    let handler = tokio::spawn(async move {
        let now = {
            let mut count = task_hits.lock().unwrap();
            *count += 1;
            *count
        }; // the guard is dropped here, before any `.await`
        write_audit_line(now).await;
        write_audit_line(record_hit(&task_hits)).await;
    });
    handler.await.unwrap();
    println!("total: {}", hits.lock().unwrap());
}
