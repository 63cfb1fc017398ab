// The tests of exercise 7, shared by the starter (listing-07-10) and the
// solution (listing-07-11); each crate names itself `exercise` first.

use exercise::{ArenaHandle, RouteStats};
use std::marker::PhantomData;
use std::sync::Barrier;
use std::thread;

// `Probe::<T>::send()` is the inherent method (true) when `T: Send` holds,
// and the trait's default (false) when it does not. So these tests compile
// for the starter too, and fail there at run time instead.
struct Probe<T>(PhantomData<T>);

trait Fallback {
    fn send(&self) -> bool {
        false
    }
    fn sync(&self) -> bool {
        false
    }
    fn hammer(&self) -> Option<[u64; 3]> {
        None
    }
}
impl<T> Fallback for Probe<T> {}

impl<T: Send> Probe<T> {
    fn send(&self) -> bool {
        true
    }
}
impl<T: Sync> Probe<T> {
    fn sync(&self) -> bool {
        true
    }
}

// The stats methods, so that the probe can call them on a generic `T`.
trait Stats {
    fn new() -> Self;
    fn record(&self, route: &str);
    fn total(&self) -> u64;
    fn count(&self, route: &str) -> u64;
}
impl Stats for RouteStats {
    fn new() -> Self {
        RouteStats::new()
    }
    fn record(&self, route: &str) {
        RouteStats::record(self, route)
    }
    fn total(&self) -> u64 {
        RouteStats::total(self)
    }
    fn count(&self, route: &str) -> u64 {
        RouteStats::count(self, route)
    }
}

// Only a `Sync` type gets here, so the starter still compiles. Four threads
// record at once; an `unsafe impl Sync` over `Cell`/`RefCell` loses counts
// or panics on a double borrow (very likely, though a race can't promise it).
impl<T: Stats + Sync> Probe<T> {
    #[allow(dead_code, reason = "never called while `RouteStats` is not `Sync`")]
    fn hammer(&self) -> Option<[u64; 3]> {
        const THREADS: usize = 4;
        let stats = T::new();
        let start = Barrier::new(THREADS);
        thread::scope(|scope| {
            for _ in 0..THREADS {
                scope.spawn(|| {
                    start.wait();
                    for _ in 0..50_000 {
                        stats.record("/home");
                        stats.record("/login");
                    }
                });
            }
        });
        Some([stats.total(), stats.count("/home"), stats.count("/login")])
    }
}

#[test]
fn the_probe_tells_send_and_sync_apart() {
    assert!(Probe::<u64>(PhantomData).send() && Probe::<u64>(PhantomData).sync());
    assert!(!Probe::<std::rc::Rc<u64>>(PhantomData).send());
    assert!(!Probe::<std::cell::Cell<u64>>(PhantomData).sync());
    assert_eq!(Probe::<std::rc::Rc<u64>>(PhantomData).hammer(), None);
}

#[test]
fn route_stats_counts_per_route_and_in_total() {
    let stats = RouteStats::new();
    for route in ["/home", "/login", "/home"] {
        stats.record(route);
    }
    assert_eq!(stats.total(), 3);
    assert_eq!(stats.count("/home"), 2);
    assert_eq!(stats.count("/login"), 1);
    assert_eq!(stats.count("/admin"), 0);
}

#[test]
fn route_stats_can_be_shared_between_threads() {
    let probe = Probe::<RouteStats>(PhantomData);
    assert!(probe.sync(), "`&RouteStats` must be able to cross threads");
    assert!(probe.send(), "`RouteStats` must be able to move threads");
    assert_eq!(
        probe.hammer(),
        Some([400_000, 200_000, 200_000]),
        "four threads recording at once must lose no count"
    );
}

#[test]
fn arena_handle_keeps_its_slot() {
    assert_eq!(ArenaHandle::new(7).slot(), 7);
}

#[test]
fn arena_handle_cannot_leave_its_thread() {
    let probe = Probe::<ArenaHandle>(PhantomData);
    assert!(
        !probe.send(),
        "an `ArenaHandle` must not move to another thread"
    );
    assert!(
        !probe.sync(),
        "a `&ArenaHandle` must not reach another thread"
    );
}

#[test]
fn arena_handle_costs_nothing_extra() {
    assert_eq!(size_of::<ArenaHandle>(), size_of::<usize>());
}
