// The tests of the chapter 4 exercise, shared by the starter (listing-04-12)
// and the solution (listing-04-13); each crate names itself `exercise` first.

use exercise::HitCounter;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::thread;

/// Panics inside `edit` on another thread, after adding one hit to `page`.
fn poison(counter: &Arc<HitCounter>, page: &'static str) {
    let counter = Arc::clone(counter);
    let outcome = thread::spawn(move || {
        counter.edit(|pages| {
            *pages.entry(page.to_string()).or_insert(0) += 1;
            panic!("bulk edit failed halfway");
        })
    })
    .join();
    assert!(outcome.is_err(), "the editing thread was meant to panic");
}

fn counts(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
    pairs.iter().map(|&(p, n)| (p.to_string(), n)).collect()
}

#[test]
fn hits_from_many_threads_are_all_counted() {
    let counter = Arc::new(HitCounter::new());
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let counter = Arc::clone(&counter);
            thread::spawn(move || {
                for _ in 0..500 {
                    counter.hit("/");
                    counter.hit("/about");
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    assert_eq!(counter.snapshot(), counts(&[("/", 2000), ("/about", 2000)]));
}

#[test]
fn edit_returns_what_the_closure_returns() {
    let counter = HitCounter::new();
    counter.hit("/");
    let removed = counter.edit(|pages| pages.remove("/"));
    assert_eq!(removed, Some(1));
    assert!(counter.snapshot().is_empty());
}

#[test]
fn counting_goes_on_after_a_panic_under_the_lock() {
    let counter = Arc::new(HitCounter::new());
    counter.hit("/");
    poison(&counter, "/");
    counter.hit("/");
    assert_eq!(counter.edit(|pages| pages.len()), 1);
    assert_eq!(counter.snapshot(), counts(&[("/", 3)]));
}

#[test]
fn recover_reports_the_poison_once() {
    let counter = Arc::new(HitCounter::new());
    assert!(!counter.recover(), "a fresh counter is not poisoned");
    poison(&counter, "/");
    assert!(counter.recover(), "the panic poisoned the counter");
    assert!(!counter.recover(), "recover clears the mark");
    assert_eq!(counter.snapshot(), counts(&[("/", 1)]));
}
