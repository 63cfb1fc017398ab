use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

fn main() {
    let processed = AtomicUsize::new(0);

    let mut handles = Vec::new();
    for _ in 0..4 {
        handles.push(thread::spawn(move || {
            processed.fetch_add(1, Ordering::Relaxed);
        }));
    }

    for handle in handles {
        handle.join().expect("a worker panicked");
    }
    println!("processed: {}", processed.load(Ordering::Relaxed));
}
