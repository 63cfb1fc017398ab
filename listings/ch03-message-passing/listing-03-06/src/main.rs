use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

const CAPACITY: usize = 4;
const MESSAGES: usize = 200;
const MESSAGE_BYTES: usize = 1024;

/// Runs a fast producer (through `send`) against a slow consumer (on `rx`)
/// and returns the largest backlog the consumer saw: messages sent but not
/// yet received.
fn peak_backlog(send: impl Fn(Vec<u8>) + Send, rx: Receiver<Vec<u8>>) -> usize {
    let sent = &AtomicUsize::new(0);
    thread::scope(|scope| {
        // `move`: the producer owns `send`, and with it the sender, which
        // hangs up when the producer returns.
        scope.spawn(move || {
            for _ in 0..MESSAGES {
                send(vec![0; MESSAGE_BYTES]);
                sent.fetch_add(1, Ordering::SeqCst);
            }
        });

        let mut received = 0;
        let mut peak = 0;
        for message in rx {
            received += 1;
            // `sent` counts only sends that have returned, so it can lag
            // behind the channel but never run ahead of it.
            let backlog = sent.load(Ordering::SeqCst).saturating_sub(received);
            peak = peak.max(backlog);
            drop(message);
            thread::sleep(Duration::from_micros(50)); // the slow part
        }
        peak
    })
}

fn main() {
    let (tx, rx) = mpsc::sync_channel(CAPACITY);
    let bounded = peak_backlog(move |message| tx.send(message).unwrap(), rx);

    let (tx, rx) = mpsc::channel();
    let unbounded = peak_backlog(move |message| tx.send(message).unwrap(), rx);

    if std::env::args().any(|arg| arg == "--peaks") {
        println!("raw peaks: bounded {bounded}, unbounded {unbounded}");
    }

    assert!(bounded <= CAPACITY);
    let most_bytes = CAPACITY * MESSAGE_BYTES;
    println!("sync_channel({CAPACITY}): backlog never above {CAPACITY} ({most_bytes} bytes)");
    let verdict = if unbounded > CAPACITY {
        "went above"
    } else {
        "stayed within"
    };
    println!("channel():       backlog {verdict} {CAPACITY}");
}
