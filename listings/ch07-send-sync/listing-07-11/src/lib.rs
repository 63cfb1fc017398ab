use std::collections::BTreeMap;
use std::marker::PhantomData;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Request counts per route, meant to be shared by every request-handling
/// thread (through `&RouteStats` or `Arc<RouteStats>`).
#[derive(Default)]
pub struct RouteStats {
    total: AtomicU64,
    per_route: Mutex<BTreeMap<String, u64>>,
}

impl RouteStats {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn record(&self, route: &str) {
        // A plain counter that orders nothing else: `Relaxed` is enough.
        self.total.fetch_add(1, Ordering::Relaxed);
        *self
            .per_route
            .lock()
            .unwrap()
            .entry(route.to_string())
            .or_default() += 1;
    }

    pub fn total(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }

    pub fn count(&self, route: &str) -> u64 {
        self.per_route
            .lock()
            .unwrap()
            .get(route)
            .copied()
            .unwrap_or(0)
    }
}

/// An index into a thread-local arena: the same number means nothing on
/// another thread, so a handle must never leave the thread that made it.
pub struct ArenaHandle {
    slot: usize,
    // Raw pointers are neither `Send` nor `Sync`, so neither is the handle.
    _thread_bound: PhantomData<*const ()>,
}

impl ArenaHandle {
    pub fn new(slot: usize) -> Self {
        ArenaHandle {
            slot,
            _thread_bound: PhantomData,
        }
    }

    pub fn slot(&self) -> usize {
        self.slot
    }
}
