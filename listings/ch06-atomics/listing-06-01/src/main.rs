use std::sync::Arc;
use std::thread;

struct Stats {
    requests: usize,
}

fn main() {
    let stats = Arc::new(Stats { requests: 0 });

    let handles: Vec<_> = (0..4)
        .map(|_| {
            let stats = Arc::clone(&stats);
            thread::spawn(move || {
                for _ in 0..1000 {
                    stats.requests += 1;
                }
            })
        })
        .collect();

    for handle in handles {
        handle.join().expect("a worker panicked");
    }
    println!("requests: {}", stats.requests);
}
