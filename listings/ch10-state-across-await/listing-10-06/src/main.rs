use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc as std_mpsc;
use std::thread;
use tokio::sync::mpsc;

/// The old, synchronous way: parks the calling thread until the disk answers.
fn read_config_blocking(disk: &std_mpsc::Receiver<String>) -> String {
    disk.recv().expect("the disk thread sends one reply")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let answered = Arc::new(AtomicUsize::new(0));
    let (ping_tx, mut ping_rx) = mpsc::unbounded_channel::<u32>();
    let counter = Arc::clone(&answered);
    let health = tokio::spawn(async move {
        while ping_rx.recv().await.is_some() {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    });

    let (disk_tx, disk_rx) = std_mpsc::channel();
    let disk = thread::spawn(move || {
        for ping in 1..=3 {
            ping_tx.send(ping).unwrap(); // health checks arrive during the read
        }
        disk_tx.send(String::from("port = 8080")).unwrap();
    });
    let config = read_config_blocking(&disk_rx);
    let meanwhile = answered.load(Ordering::SeqCst);

    disk.join().unwrap();
    health.await.unwrap();
    println!("read {config:?}");
    println!("pings answered during the read: {meanwhile}");
    println!(
        "pings answered in the end: {}",
        answered.load(Ordering::SeqCst)
    );
}
