// The tests of exercise 5, shared by the starter (listing-05-09) and the
// solution (listing-05-10); each crate names itself `exercise` first.

use exercise::Latch;
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

// This compiles only if `Latch::new` is a `const fn`.
static STARTING_GUN: Latch = Latch::new(1);

#[test]
fn counts_down_and_stops_at_zero() {
    let latch = Latch::new(2);
    assert_eq!(latch.remaining(), 2);
    latch.count_down();
    assert_eq!(latch.remaining(), 1);
    latch.count_down();
    latch.count_down();
    assert_eq!(latch.remaining(), 0);
}

#[test]
fn waiting_on_an_open_latch_returns_at_once() {
    // Waits in a helper thread, so that a `wait` that blocks fails the test
    // instead of hanging it.
    let (done_tx, done_rx) = mpsc::channel();
    thread::spawn(move || {
        Latch::new(0).wait();
        done_tx.send(()).unwrap();
    });
    done_rx
        .recv_timeout(Duration::from_secs(2))
        .expect("`wait` blocked on a latch that was already open");
}

#[test]
fn every_waiter_wakes_only_after_the_last_count_down() {
    // Plain threads, not `thread::scope`: if a waiter is never woken, the
    // test must fail, not hang while the scope waits to join it.
    let latch = Arc::new(Latch::new(3));
    let (woke_tx, woke_rx) = mpsc::channel();
    for _ in 0..4 {
        let (latch, woke_tx) = (Arc::clone(&latch), woke_tx.clone());
        thread::spawn(move || {
            latch.wait();
            woke_tx.send(latch.remaining()).unwrap();
        });
    }

    latch.count_down();
    latch.count_down();
    let early = woke_rx.recv_timeout(Duration::from_millis(50));
    assert!(early.is_err(), "a waiter woke while the count was not zero");

    latch.count_down();
    for _ in 0..4 {
        let seen = woke_rx
            .recv_timeout(Duration::from_secs(2))
            .expect("a waiter was never woken");
        assert_eq!(seen, 0);
    }
}

#[test]
fn a_static_latch_releases_a_thread_that_waits_on_it() {
    let (woke_tx, woke_rx) = mpsc::channel();
    let waiter = thread::spawn(move || {
        STARTING_GUN.wait();
        woke_tx.send(STARTING_GUN.remaining()).unwrap();
    });
    let early = woke_rx.recv_timeout(Duration::from_millis(50));
    assert!(early.is_err(), "the waiter woke before the count_down");

    STARTING_GUN.count_down();
    let seen = woke_rx
        .recv_timeout(Duration::from_secs(2))
        .expect("the waiter was never woken");
    assert_eq!(seen, 0);
    waiter.join().unwrap();
}
