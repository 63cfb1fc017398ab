use std::collections::BTreeMap;
use std::error::Error;
use std::sync::{Mutex, MutexGuard, PoisonError};

type BoxError = Box<dyn Error + Send + Sync>;

/// Hits per page, shared by every task of a web service.
#[derive(Debug, Default)]
pub struct Tally {
    hits: Mutex<BTreeMap<String, u64>>,
}

impl Tally {
    pub fn new() -> Self {
        Self::default()
    }

    /// Every update is a single assignment made after `rule` returns, so a
    /// panic while the lock is held leaves the map consistent: the poison
    /// flag carries no news, and it is safe to take the guard anyway.
    fn hits(&self) -> MutexGuard<'_, BTreeMap<String, u64>> {
        self.hits.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The hits recorded for `page` so far.
    pub fn get(&self, page: &str) -> u64 {
        self.hits().get(page).copied().unwrap_or(0)
    }

    /// Replaces the count of `page` with what `rule` computes from it.
    pub fn adjust(&self, page: &str, rule: impl FnOnce(u64) -> u64) {
        let mut hits = self.hits();
        let count = hits.entry(page.to_string()).or_insert(0);
        *count = rule(*count);
    }

    /// Adds the counts of an export, one `page=hits` line each, and returns
    /// how many lines it added. `read` is synchronous and may block (a disk
    /// read, say).
    pub async fn import<R>(&self, read: R) -> Result<usize, BoxError>
    where
        R: FnOnce() -> String + Send + 'static,
    {
        let export = tokio::task::spawn_blocking(read).await?;
        let mut added = 0;
        for line in export.lines() {
            let (page, hits) = line.split_once('=').ok_or("a line without `=`")?;
            let hits: u64 = hits.trim().parse()?;
            self.adjust(page.trim(), |count| count + hits);
            added += 1;
        }
        Ok(added)
    }
}
