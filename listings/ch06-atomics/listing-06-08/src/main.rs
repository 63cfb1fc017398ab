use std::cell::UnsafeCell;
use std::hint;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

/// A teaching spin lock. Real code uses `std::sync::Mutex`.
struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: the lock lets one thread at a time reach the `T`, so sharing the
// lock only ever moves access to `T` between threads; `T: Send` is enough.
unsafe impl<T: Send> Sync for SpinLock<T> {}

impl<T> SpinLock<T> {
    const fn new(value: T) -> Self {
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
            // Wait with plain loads, which do not fight over the cache line,
            // and only retry the exchange once the lock looks free.
            while self.locked.load(Ordering::Relaxed) {
                hint::spin_loop();
            }
        }
        // SAFETY: this thread turned `locked` from false to true, and nobody
        // else can do that until the Release store below.
        let result = critical_section(unsafe { &mut *self.value.get() });
        self.locked.store(false, Ordering::Release);
        result
    }
}

fn main() {
    let log = SpinLock::new(Vec::new());

    thread::scope(|scope| {
        for worker in 0..4 {
            let log = &log;
            scope.spawn(move || {
                for _ in 0..250 {
                    log.with_lock(|lines| lines.push(worker));
                }
            });
        }
    });

    let lines = log.with_lock(|lines| lines.clone());
    let per_worker: Vec<usize> = (0..4)
        .map(|w| lines.iter().filter(|&&l| l == w).count())
        .collect();
    println!("{} lines, per worker: {per_worker:?}", lines.len());
}
