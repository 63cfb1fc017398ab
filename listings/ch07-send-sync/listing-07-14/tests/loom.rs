//! A loom model check of the fix in `src/main.rs`: the same `JobCounter`
//! with loom's atomic, so that loom tries every interleaving of the
//! increments and every value each load may return.

use loom::sync::Arc;
use loom::sync::atomic::AtomicU64;
use loom::thread;
use std::sync::atomic::Ordering;

struct JobCounter {
    done: AtomicU64,
}

impl JobCounter {
    fn record(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn no_job_is_lost() {
    loom::model(|| {
        let counter = Arc::new(JobCounter {
            done: AtomicU64::new(0),
        });
        let other = {
            let counter = Arc::clone(&counter);
            thread::spawn(move || {
                counter.record();
                counter.record();
            })
        };
        counter.record();
        counter.record();
        other.join().unwrap();
        assert_eq!(counter.done.load(Ordering::Relaxed), 4, "a job was lost");
    });
}

/// The model copies the listing's counter by hand: fail if the listing
/// changes, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_listings_operations() {
    let listing: String = include_str!("../src/main.rs").split_whitespace().collect();
    for operation in [
        "self.done.fetch_add(1, Ordering::Relaxed);",
        "counter.done.load(Ordering::Relaxed)",
    ] {
        let wanted: String = operation.split_whitespace().collect();
        assert!(
            listing.contains(&wanted),
            "src/main.rs no longer has `{operation}`: update the model"
        );
    }
}
