use std::collections::BTreeMap;
use std::sync::Mutex;

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

    /// Counts one hit for `page`.
    pub fn hit(&self, page: &str) {
        // TODO: this panics once the mutex is poisoned.
        let mut pages = self.pages.lock().unwrap();
        *pages.entry(page.to_string()).or_insert(0) += 1;
    }

    /// Runs `edit` with the lock held (for bulk changes) and returns its result.
    pub fn edit<R>(&self, edit: impl FnOnce(&mut BTreeMap<String, u64>) -> R) -> R {
        // TODO: same problem here.
        edit(&mut self.pages.lock().unwrap())
    }

    /// A copy of the counts.
    pub fn snapshot(&self) -> BTreeMap<String, u64> {
        // TODO: and here.
        self.pages.lock().unwrap().clone()
    }

    /// Whether a panic has poisoned the counters since the last call, and
    /// clears that mark so the next call returns `false`.
    pub fn recover(&self) -> bool {
        // TODO: report the poison, then clear it.
        false
    }
}
