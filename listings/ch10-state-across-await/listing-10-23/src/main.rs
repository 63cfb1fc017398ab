use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let queue = Arc::new(Mutex::new(vec!["resize-1", "resize-2"]));
    let worker_queue = Arc::clone(&queue);
    let worker = tokio::spawn(async move {
        let mut jobs = worker_queue.lock().unwrap();
        let next = jobs.pop();
        drop(jobs);
        tokio::time::sleep(Duration::from_millis(5)).await;
        next
    });
    println!("took {:?}", worker.await.unwrap());
}
