use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

struct Stats {
    requests: AtomicUsize,
}

fn main() {
    let stats = Arc::new(Stats {
        requests: AtomicUsize::new(0),
    });

    let handles: Vec<_> = (0..4)
        .map(|_| {
            let stats = Arc::clone(&stats);
            thread::spawn(move || {
                for _ in 0..1000 {
                    stats.requests.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();

    for handle in handles {
        handle.join().expect("a worker panicked");
    }
    println!("requests: {}", stats.requests.load(Ordering::Relaxed));
}
