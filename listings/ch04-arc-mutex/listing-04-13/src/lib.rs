use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Hit counts per page, shared by every request thread. A count only ever
/// grows, so a half-finished edit never leaves the map unusable: after a
/// panic the counters keep serving instead of failing every later call.
#[derive(Debug, Default)]
pub struct HitCounter {
    pages: Mutex<BTreeMap<String, u64>>,
}

impl HitCounter {
    pub fn new() -> Self {
        Self::default()
    }

    /// The one place that locks: a poisoned lock still hands out its guard.
    fn pages(&self) -> MutexGuard<'_, BTreeMap<String, u64>> {
        self.pages.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts one hit for `page`.
    pub fn hit(&self, page: &str) {
        *self.pages().entry(page.to_string()).or_insert(0) += 1;
    }

    /// Runs `edit` with the lock held (for bulk changes) and returns its result.
    pub fn edit<R>(&self, edit: impl FnOnce(&mut BTreeMap<String, u64>) -> R) -> R {
        edit(&mut self.pages())
    }

    /// A copy of the counts.
    pub fn snapshot(&self) -> BTreeMap<String, u64> {
        self.pages().clone()
    }

    /// Whether a panic has poisoned the counters since the last call, and
    /// clears that mark so the next call returns `false`.
    pub fn recover(&self) -> bool {
        // Read and clear the mark while holding the lock: only a guard
        // dropped during a panic poisons the mutex, and we hold the guard.
        let guard = self.pages.lock();
        let poisoned = guard.is_err();
        self.pages.clear_poison();
        drop(guard);
        poisoned
    }
}
