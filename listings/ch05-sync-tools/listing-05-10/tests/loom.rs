//! A loom model check of the solution's `Latch` (`src/lib.rs`): the same
//! `Mutex` and `Condvar` protocol, written with loom's, so that loom tries
//! every interleaving of two arrivals and two waiters. A waiter left asleep
//! with nobody to wake it is a deadlock, and loom fails the model.
//!
//! loom's `Condvar` has no `wait_while`, so the model spells out the loop
//! that `std`'s `wait_while` runs: wait while the predicate holds.

use loom::sync::{Arc, Condvar, Mutex};
use loom::thread;

struct Latch {
    remaining: Mutex<usize>,
    reached_zero: Condvar,
}

impl Latch {
    fn new(count: usize) -> Self {
        Latch {
            remaining: Mutex::new(count),
            reached_zero: Condvar::new(),
        }
    }

    fn remaining(&self) -> usize {
        *self.remaining.lock().unwrap()
    }

    fn count_down(&self) {
        let mut remaining = self.remaining.lock().unwrap();
        if *remaining > 0 {
            *remaining -= 1;
            if *remaining == 0 {
                self.reached_zero.notify_all();
            }
        }
    }

    fn wait(&self) {
        let mut remaining = self.remaining.lock().unwrap();
        while *remaining > 0 {
            remaining = self.reached_zero.wait(remaining).unwrap();
        }
    }
}

#[test]
fn every_waiter_passes_and_only_after_the_last_arrival() {
    // Three threads (more makes loom's search too long for the suite): one
    // that arrives, one that waits, and `main`, which arrives and then waits,
    // so that two waiters can be asleep when the last arrival comes.
    loom::model(|| {
        let latch = Arc::new(Latch::new(2));
        let arriver = {
            let latch = Arc::clone(&latch);
            thread::spawn(move || latch.count_down())
        };
        let waiter = {
            let latch = Arc::clone(&latch);
            thread::spawn(move || {
                latch.wait();
                latch.remaining()
            })
        };
        latch.count_down();
        latch.wait();
        assert_eq!(latch.remaining(), 0, "main passed too early");
        assert_eq!(waiter.join().unwrap(), 0, "a waiter passed too early");
        arriver.join().unwrap();
        latch.count_down(); // after zero: changes nothing
        assert_eq!(latch.remaining(), 0);
        latch.wait(); // and a late waiter passes at once
    });
}

/// The model copies the solution by hand: fail if the solution's protocol
/// changes, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_solutions_protocol() {
    let solution: String = include_str!("../src/lib.rs").split_whitespace().collect();
    for step in [
        "let mut remaining = self.remaining.lock().unwrap(); if *remaining > 0 { *remaining -= 1; \
         if *remaining == 0 {",
        "self.reached_zero.notify_all();",
        "let remaining = self.remaining.lock().unwrap();",
        "*self.remaining.lock().unwrap()",
        ".wait_while(remaining, |remaining| *remaining > 0)",
    ] {
        let wanted: String = step.split_whitespace().collect();
        assert!(
            solution.contains(&wanted),
            "src/lib.rs no longer has `{step}`: update the model"
        );
    }
}
