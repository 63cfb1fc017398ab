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

#[test]
fn checking_and_taking_are_one_step() {
    // Two takes of 3 never fit in 5 together, so a thread that holds 3 bytes
    // must see exactly 3 in use. Threads take, look and give back in a tight
    // loop: a solution that checks with one operation and adds with another
    // lets two takes through at once, and one of them sees 6. (A stress test:
    // it needs the threads to really run at the same time, on two cores.)
    let quota = Quota::new(5);
    assert!(
        quota.try_take(3) && !quota.try_take(3),
        "3 + 3 does not fit in 5"
    );
    quota.give_back(3);
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..50_000 {
                    if quota.try_take(3) {
                        let seen = quota.used();
                        quota.give_back(3);
                        assert_eq!(seen, 3, "two takes of 3 bytes got past a limit of 5");
                    }
                }
            });
        }
    });
    assert_eq!(quota.used(), 0);
}
