//! A loom model check that the bug in `src/main.rs` is real: the same
//! `JobCounter`, with loom's `UnsafeCell` in place of `Cell` so that loom
//! records each read and write of the count. Two threads record one job
//! each; loom finds the interleaving in which their accesses are not ordered
//! by anything and reports the data race that `unsafe impl Sync` let in.

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;

struct JobCounter {
    done: UnsafeCell<u64>,
}

// The listing's false promise, kept so that the model compiles as it does.
unsafe impl Sync for JobCounter {}

impl JobCounter {
    fn record(&self) {
        // `Cell::get` then `Cell::set`: one read, one write.
        // SAFETY: none; this is the race under test.
        let done = self.done.with(|done| unsafe { *done });
        self.done.with_mut(|slot| unsafe { *slot = done + 1 });
    }
}

#[test]
#[should_panic(expected = "Causality violation")]
fn two_threads_recording_at_once_is_a_data_race() {
    loom::model(|| {
        let counter = Arc::new(JobCounter {
            done: UnsafeCell::new(0),
        });
        let other = {
            let counter = Arc::clone(&counter);
            thread::spawn(move || counter.record())
        };
        counter.record();
        other.join().unwrap();
    });
}

/// The model copies the listing's counter by hand: fail if the listing
/// changes, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_listings_accesses() {
    let listing: String = include_str!("../src/main.rs").split_whitespace().collect();
    for access in [
        "done: Cell<u64>,",
        "unsafe impl Sync for JobCounter {}",
        "self.done.set(self.done.get() + 1);",
    ] {
        let wanted: String = access.split_whitespace().collect();
        assert!(
            listing.contains(&wanted),
            "src/main.rs no longer has `{access}`: update the model"
        );
    }
}
