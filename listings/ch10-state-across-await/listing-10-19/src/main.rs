use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};

const FLUSH_EVERY: Duration = Duration::from_millis(100);

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (events, mut inbox) = mpsc::channel(16);
    tokio::spawn(async move {
        for event in 1..=10 {
            sleep(Duration::from_millis(35)).await;
            events.send(event).await.unwrap();
        }
    });

    let mut batch = Vec::new();
    loop {
        tokio::select! {
            biased;
            event = inbox.recv() => match event {
                Some(event) => batch.push(event),
                None => break,
            },
            _ = sleep(FLUSH_EVERY) => {
                println!("t={:>3} ms  flush {batch:?}", start.elapsed().as_millis());
                batch.clear();
            }
        }
    }
    println!("t={:>3} ms  last  {batch:?}", start.elapsed().as_millis());
}
