// The tests of exercise 12, shared by the starter (listing-12-06) and the
// solution (listing-12-07); each crate names itself `exercise` first.

use exercise::Tally;
use std::marker::PhantomData;
use std::panic::{self, AssertUnwindSafe};

// `Probe::<T>::send()` is the inherent method (true) when `T: Send` holds,
// and the trait's default (false) when it does not. So these tests compile
// for the starter too, and fail there at run time instead.
struct Probe<T>(PhantomData<T>);

trait Fallback {
    fn send(&self) -> bool {
        false
    }
}
impl<T> Fallback for Probe<T> {}

impl<T: Send> Probe<T> {
    fn send(&self) -> bool {
        true
    }
}

/// Probes for a future and for its output: `tokio::spawn` needs both `Send`.
fn probes<F: Future>(_: &F) -> (Probe<F>, Probe<F::Output>) {
    (Probe(PhantomData), Probe(PhantomData))
}

#[test]
fn the_probe_tells_send_apart() {
    assert!(Probe::<u64>(PhantomData).send());
    assert!(!Probe::<std::rc::Rc<u64>>(PhantomData).send());
}

#[test]
fn adjust_applies_the_rule_to_the_current_count() {
    let tally = Tally::new();
    tally.adjust("/home", |count| count + 2);
    tally.adjust("/home", |count| count * 10);
    assert_eq!(tally.get("/home"), 20);
    assert_eq!(tally.get("/about"), 0);
}

#[test]
fn a_panicking_rule_leaves_the_tally_usable() {
    let tally = Tally::new();
    tally.adjust("/home", |count| count + 1);
    let failed = panic::catch_unwind(AssertUnwindSafe(|| {
        tally.adjust("/home", |_| panic!("a rule with a bug"));
    }));
    assert!(failed.is_err(), "the rule's panic reaches the caller");
    assert_eq!(tally.get("/home"), 1, "the count is what it was before");
    tally.adjust("/home", |count| count + 1);
    assert_eq!(tally.get("/home"), 2);
}

#[tokio::test]
async fn import_adds_every_line_on_a_current_thread_runtime() {
    let tally = Tally::new();
    tally.adjust("/home", |count| count + 1);
    let added = tally
        .import(|| String::from("/home = 4\n/about = 2\n"))
        .await
        .expect("a valid export");
    assert_eq!(added, 2);
    assert_eq!(tally.get("/home"), 5);
    assert_eq!(tally.get("/about"), 2);
}

#[tokio::test]
async fn import_reports_a_bad_line() {
    let tally = Tally::new();
    let error = tally
        .import(|| String::from("/home = many\n"))
        .await
        .expect_err("`many` is not a number");
    assert_eq!(error.to_string(), "invalid digit found in string");
}

#[test]
fn import_can_run_in_a_spawned_task() {
    let tally = Tally::new();
    let import = tally.import(String::new);
    let (future, output) = probes(&import);
    assert!(future.send(), "the future of `import` must be `Send`");
    assert!(output.send(), "what `import` returns must be `Send`");
}
