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
        let mut current = self.used.load(Ordering::Relaxed);
        loop {
            // `checked_add` refuses a request so large that the sum would wrap.
            let Some(wanted) = current.checked_add(amount).filter(|&w| w <= self.limit) else {
                return false;
            };
            match self.used.compare_exchange_weak(
                current,
                wanted,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(now) => current = now,
            }
        }
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
