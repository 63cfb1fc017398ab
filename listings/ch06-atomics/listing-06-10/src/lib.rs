use std::sync::atomic::{AtomicU64, Ordering};

/// A budget of bytes shared by many threads, for example the memory that
/// in-flight uploads may hold at once. `used()` never exceeds `limit`.
pub struct Quota {
    limit: u64,
    used: AtomicU64,
}

impl Quota {
    pub const fn new(limit: u64) -> Self {
        Quota {
            limit,
            used: AtomicU64::new(0),
        }
    }

    /// Takes `amount` bytes if they fit under the limit, and says whether it did.
    pub fn try_take(&self, amount: u64) -> bool {
        // TODO: this adds first and never checks, so `used` can pass `limit`.
        // Only add when `used + amount` fits: load the current value, decide,
        // and publish the new value with a compare-exchange loop.
        self.used.fetch_add(amount, Ordering::Relaxed);
        true
    }

    /// Returns bytes taken earlier by a successful `try_take`.
    pub fn give_back(&self, amount: u64) {
        self.used.fetch_sub(amount, Ordering::Relaxed);
    }

    pub fn limit(&self) -> u64 {
        self.limit
    }

    pub fn used(&self) -> u64 {
        self.used.load(Ordering::Relaxed)
    }
}
