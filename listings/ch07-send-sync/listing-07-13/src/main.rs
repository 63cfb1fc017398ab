use std::cell::Cell;
use std::thread;

/// Counts finished jobs across all worker threads.
struct JobCounter {
    done: Cell<u64>,
}

// SAFETY: each update is one tiny read and one tiny write of a `u64`.
unsafe impl Sync for JobCounter {}

impl JobCounter {
    fn record(&self) {
        self.done.set(self.done.get() + 1);
    }
}

fn main() {
    let counter = JobCounter { done: Cell::new(0) };

    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..100_000 {
                    counter.record();
                }
            });
        }
    });

    println!("{} jobs done", counter.done.get());
}
