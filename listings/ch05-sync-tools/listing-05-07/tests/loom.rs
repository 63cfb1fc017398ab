//! A loom model check of the park/unpark handshake in `src/main.rs`: the
//! same flag and the same order of steps, written with loom's atomic and
//! loom's `park`/`unpark`, so that loom tries every interleaving of the
//! waiter's check and park with `main`'s store and unpark. An execution in
//! which the waiter parks and nobody will wake it is a deadlock, and loom
//! fails the model.

use loom::sync::Arc;
use loom::sync::atomic::AtomicBool;
use loom::thread;
use std::sync::atomic::Ordering;

#[test]
fn the_waiter_always_wakes_and_sees_the_flag() {
    loom::model(|| {
        let ready = Arc::new(AtomicBool::new(false));
        let waiter = {
            let ready = Arc::clone(&ready);
            thread::spawn(move || {
                while !ready.load(Ordering::Acquire) {
                    thread::park();
                }
                "the waiter saw the flag"
            })
        };

        ready.store(true, Ordering::Release);
        waiter.thread().unpark();

        assert_eq!(waiter.join().unwrap(), "the waiter saw the flag");
    });
}

/// The model copies the listing's handshake by hand: fail if the listing's
/// steps change, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_listings_steps() {
    let listing: String = include_str!("../src/main.rs").split_whitespace().collect();
    for step in [
        "while !READY.load(Ordering::Acquire) { thread::park(); }",
        "READY.store(true, Ordering::Release); waiter.thread().unpark();",
    ] {
        let wanted: String = step.split_whitespace().collect();
        assert!(
            listing.contains(&wanted),
            "src/main.rs no longer has `{step}`: update the model"
        );
    }
}
