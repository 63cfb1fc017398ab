use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

static READY: AtomicBool = AtomicBool::new(false);

fn main() {
    let waiter = thread::spawn(|| {
        // `park` may return with no `unpark` at all, and an `unpark` sent
        // before we got here makes it return at once: the flag decides.
        while !READY.load(Ordering::Acquire) {
            thread::park();
        }
        "the waiter saw the flag"
    });

    READY.store(true, Ordering::Release);
    waiter.thread().unpark();

    println!("{}", waiter.join().unwrap());
}
