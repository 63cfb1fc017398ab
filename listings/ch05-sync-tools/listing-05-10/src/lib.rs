use std::sync::{Condvar, Mutex};

/// A one-shot gate: `wait` blocks until `count_down` has been called
/// `count` times, then lets every waiter through, now and later.
pub struct Latch {
    remaining: Mutex<usize>,
    reached_zero: Condvar,
}

impl Latch {
    /// A `const fn`, so that a latch can live in a `static`.
    pub const fn new(count: usize) -> Self {
        Latch {
            remaining: Mutex::new(count),
            reached_zero: Condvar::new(),
        }
    }

    /// How many `count_down` calls are still missing.
    pub fn remaining(&self) -> usize {
        *self.remaining.lock().unwrap()
    }

    /// Records one arrival. Calls after the count reached zero change nothing.
    pub fn count_down(&self) {
        let mut remaining = self.remaining.lock().unwrap();
        if *remaining > 0 {
            *remaining -= 1;
            if *remaining == 0 {
                // Every waiter is waiting for the same thing: wake them all.
                self.reached_zero.notify_all();
            }
        }
    }

    /// Blocks, without spinning, until the count is zero.
    pub fn wait(&self) {
        let remaining = self.remaining.lock().unwrap();
        // Re-checks the count after every wake-up, spurious or not.
        let _open = self
            .reached_zero
            .wait_while(remaining, |remaining| *remaining > 0)
            .unwrap();
    }
}
