//! A loom model check of the solution's `Quota` (`src/lib.rs`): the same
//! compare-exchange loop, written with loom's atomic so that loom can try
//! every interleaving of two racing takes.

use loom::sync::Arc;
use loom::sync::atomic::AtomicU64;
use loom::thread;
use std::sync::atomic::Ordering;

struct Quota {
    limit: u64,
    used: AtomicU64,
}

impl Quota {
    fn try_take(&self, amount: u64) -> bool {
        let mut current = self.used.load(Ordering::Relaxed);
        loop {
            let Some(wanted) = current.checked_add(amount).filter(|&w| w <= self.limit) else {
                return false;
            };
            match self.used.compare_exchange_weak(
                current,
                wanted,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(now) => current = now,
            }
        }
    }

    fn give_back(&self, amount: u64) {
        self.used.fetch_sub(amount, Ordering::Relaxed);
    }

    fn used(&self) -> u64 {
        self.used.load(Ordering::Relaxed)
    }
}

#[test]
fn two_takes_of_3_never_both_fit_in_5() {
    loom::model(|| {
        let quota = Arc::new(Quota {
            limit: 5,
            used: AtomicU64::new(0),
        });
        // Each thread takes 3, looks at what is in use while it holds them,
        // and gives them back, as the exercise's stress test does.
        let take_look_give_back = |quota: &Quota| {
            if !quota.try_take(3) {
                return None;
            }
            let seen = quota.used();
            quota.give_back(3);
            Some(seen)
        };
        let other = {
            let quota = Arc::clone(&quota);
            thread::spawn(move || take_look_give_back(&quota))
        };
        let mine = take_look_give_back(&quota);
        let theirs = other.join().unwrap();

        for seen in [mine, theirs].into_iter().flatten() {
            assert_eq!(seen, 3, "two takes of 3 bytes got past a limit of 5");
        }
        assert!(mine.is_some() || theirs.is_some(), "nobody got the bytes");
        assert_eq!(quota.used(), 0);
    });
}

/// The model copies the solution by hand: fail if the solution's atomic
/// operations change, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_solutions_operations() {
    let solution: String = include_str!("../src/lib.rs").split_whitespace().collect();
    for operation in [
        "let mut current = self.used.load(Ordering::Relaxed);",
        "let Some(wanted) = current.checked_add(amount).filter(|&w| w <= self.limit) else { \
         return false; };",
        "match self.used.compare_exchange_weak( current, wanted, Ordering::Relaxed, \
         Ordering::Relaxed, ) { Ok(_) => return true, Err(now) => current = now,",
        "self.used.fetch_sub(amount, Ordering::Relaxed);",
    ] {
        let wanted: String = operation.split_whitespace().collect();
        assert!(
            solution.contains(&wanted),
            "src/lib.rs no longer has `{operation}`: update the model"
        );
    }
}
