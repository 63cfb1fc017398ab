use std::hint;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;

fn main() {
    let payload = AtomicU64::new(0);
    let ready = AtomicBool::new(false);

    thread::scope(|scope| {
        scope.spawn(|| {
            payload.store(42, Ordering::Relaxed);
            ready.store(true, Ordering::Release); // publishes every write above
        });

        scope.spawn(|| {
            while !ready.load(Ordering::Acquire) {
                hint::spin_loop();
            }
            // This Acquire load read the Release store, so the write of 42
            // happens-before this line.
            let seen = payload.load(Ordering::Relaxed);
            println!("reader saw the flag, then the payload: {seen}");
        });
    });
}
