use std::sync::Mutex;

/// A one-shot gate: `wait` blocks until `count_down` has been called
/// `count` times, then lets every waiter through, now and later.
pub struct Latch {
    remaining: Mutex<usize>,
    // TODO: add what `wait` needs in order to sleep until the count is zero.
}

impl Latch {
    /// A `const fn`, so that a latch can live in a `static`.
    pub const fn new(count: usize) -> Self {
        Latch {
            remaining: Mutex::new(count),
        }
    }

    /// How many `count_down` calls are still missing.
    pub fn remaining(&self) -> usize {
        *self.remaining.lock().unwrap()
    }

    /// Records one arrival. Calls after the count reached zero change nothing.
    pub fn count_down(&self) {
        let mut remaining = self.remaining.lock().unwrap();
        *remaining = remaining.saturating_sub(1);
        // TODO: when the count reaches zero, wake every thread blocked in `wait`.
    }

    /// Blocks, without spinning, until the count is zero.
    pub fn wait(&self) {
        // TODO: this returns at once. Sleep until the count reaches zero
        // (and return immediately if it already has).
    }
}
