use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

/// Counts finished jobs across all worker threads.
struct JobCounter {
    done: AtomicU64,
}

impl JobCounter {
    fn record(&self) {
        // The read, the add and the write happen as one indivisible step.
        self.done.fetch_add(1, Ordering::Relaxed);
    }
}

fn main() {
    let counter = JobCounter {
        done: AtomicU64::new(0),
    };

    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..100_000 {
                    counter.record();
                }
            });
        }
    });

    println!("{} jobs done", counter.done.load(Ordering::Relaxed));
}
