use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn save(entry: String) -> usize {
    tokio::time::sleep(Duration::from_millis(10)).await;
    entry.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let journal = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for user in ["grace", "ada"] {
        let journal = Arc::clone(&journal);
        tasks.push(tokio::spawn(async move {
            let entry = format!("login {user}");
            journal.lock().unwrap().push(entry.clone());
            save(entry).await
        }));
    }
    let mut bytes = 0;
    for task in tasks {
        bytes += task.await.unwrap();
    }
    let mut entries = journal.lock().unwrap().clone();
    entries.sort();
    println!("{entries:?}, {bytes} bytes saved");
}
