// The tests of the chapter 6 exercise, shared by the starter (listing-06-10)
// and the solution (listing-06-11); each crate names itself `exercise` first.

use exercise::Quota;
use std::thread;

#[test]
fn takes_what_fits_and_refuses_the_rest() {
    let quota = Quota::new(10);
    assert!(quota.try_take(4));
    assert!(quota.try_take(4));
    assert!(!quota.try_take(4), "4 + 4 + 4 is more than 10");
    assert_eq!(quota.used(), 8, "a refused take changes nothing");
    assert!(quota.try_take(2), "exactly reaching the limit is allowed");
    assert_eq!(quota.used(), 10);
}

#[test]
fn giving_back_makes_room_again() {
    let quota = Quota::new(5);
    assert!(quota.try_take(5));
    assert!(!quota.try_take(1));
    quota.give_back(3);
    assert_eq!(quota.used(), 2);
    assert!(quota.try_take(3));
    assert_eq!(quota.used(), 5);
}

#[test]
fn a_huge_request_does_not_wrap_around() {
    let quota = Quota::new(100);
    assert!(quota.try_take(1));
    assert!(!quota.try_take(u64::MAX));
    assert_eq!(quota.used(), 1);
}

#[test]
fn many_threads_never_push_it_past_the_limit() {
    // 8 threads race to take 3 bytes at a time from 1000: exactly 333 takes
    // can succeed, whatever the interleaving.
    let quota = Quota::new(1000);
    let granted: usize = thread::scope(|scope| {
        let workers: Vec<_> = (0..8)
            .map(|_| scope.spawn(|| (0..200).filter(|_| quota.try_take(3)).count()))
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    assert_eq!(granted, 333);
    assert_eq!(quota.used(), 999);
}
