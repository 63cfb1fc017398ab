//! A loom model check of the spin lock in `src/main.rs`: the same protocol,
//! written with loom's atomics and `UnsafeCell` so that loom can explore every
//! interleaving and report any two accesses to the value that no
//! Acquire/Release pair orders.

use loom::cell::UnsafeCell;
use loom::hint;
use loom::sync::Arc;
use loom::sync::atomic::AtomicBool;
use loom::thread;
use std::sync::atomic::Ordering;

struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: as in the listing; this is the claim the model checks.
unsafe impl<T: Send> Sync for SpinLock<T> {}

impl<T> SpinLock<T> {
    fn new(value: T) -> Self {
        SpinLock {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    fn with_lock<R>(&self, critical_section: impl FnOnce(&mut T) -> R) -> R {
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            while self.locked.load(Ordering::Relaxed) {
                hint::spin_loop();
            }
        }
        // SAFETY: as in the listing. loom records this access and panics if
        // another thread's access to the value is not ordered with it.
        let result = self
            .value
            .with_mut(|value| critical_section(unsafe { &mut *value }));
        self.locked.store(false, Ordering::Release);
        result
    }
}

#[test]
fn two_threads_never_hold_the_lock_at_once() {
    // Two contenders: with a third, the spinning waiters make loom's search
    // run past its branch limit.
    loom::model(|| {
        let log = Arc::new(SpinLock::new(Vec::new()));
        let other = {
            let log = Arc::clone(&log);
            thread::spawn(move || log.with_lock(|lines| lines.push(1)))
        };
        log.with_lock(|lines| lines.push(0));
        other.join().unwrap();
        let mut lines = log.with_lock(|lines| lines.clone());
        lines.sort();
        assert_eq!(lines, [0, 1], "a push was lost");
    });
}

/// The model copies the listing's protocol by hand: fail if the listing's
/// atomic operations change, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_listings_operations() {
    let listing: String = include_str!("../src/main.rs").split_whitespace().collect();
    for operation in [
        ".compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)",
        "while self.locked.load(Ordering::Relaxed)",
        "self.locked.store(false, Ordering::Release);",
        "unsafe impl<T: Send> Sync for SpinLock<T> {}",
    ] {
        let wanted: String = operation.split_whitespace().collect();
        assert!(
            listing.contains(&wanted),
            "src/main.rs no longer has `{operation}`: update the model"
        );
    }
}
