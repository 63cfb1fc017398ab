use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// Request counts per route, meant to be shared by every request-handling
/// thread (through `&RouteStats` or `Arc<RouteStats>`).
#[derive(Default)]
pub struct RouteStats {
    // TODO: `Cell` and `RefCell` make this type `!Sync`. Swap them for
    // thread-safe equivalents so that `RouteStats` is `Send + Sync`.
    total: Cell<u64>,
    per_route: RefCell<BTreeMap<String, u64>>,
}

impl RouteStats {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn record(&self, route: &str) {
        self.total.set(self.total.get() + 1);
        *self
            .per_route
            .borrow_mut()
            .entry(route.to_string())
            .or_default() += 1;
    }

    pub fn total(&self) -> u64 {
        self.total.get()
    }

    pub fn count(&self, route: &str) -> u64 {
        self.per_route.borrow().get(route).copied().unwrap_or(0)
    }
}

/// An index into a thread-local arena: the same number means nothing on
/// another thread, so a handle must never leave the thread that made it.
pub struct ArenaHandle {
    // TODO: make `ArenaHandle` neither `Send` nor `Sync`, at zero size.
    slot: usize,
}

impl ArenaHandle {
    pub fn new(slot: usize) -> Self {
        ArenaHandle { slot }
    }

    pub fn slot(&self) -> usize {
        self.slot
    }
}
