//! A loom model check of the ticket counter in `src/main.rs`: the same
//! compare-exchange loop, written with loom's atomic so that loom can try
//! every interleaving of the askers and every value each load may return.

use loom::sync::Arc;
use loom::sync::atomic::AtomicUsize;
use loom::thread;
use std::sync::atomic::Ordering;

struct Tickets {
    issued: AtomicUsize,
    limit: usize,
}

impl Tickets {
    fn try_take(&self) -> Option<usize> {
        let mut current = self.issued.load(Ordering::Relaxed);
        loop {
            if current == self.limit {
                return None;
            }
            match self.issued.compare_exchange_weak(
                current,
                current + 1,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return Some(current),
                Err(now) => current = now,
            }
        }
    }
}

#[test]
fn three_askers_share_two_tickets_without_duplicates() {
    loom::model(|| {
        let tickets = Arc::new(Tickets {
            issued: AtomicUsize::new(0),
            limit: 2,
        });
        let askers: Vec<_> = (0..2)
            .map(|_| {
                let tickets = Arc::clone(&tickets);
                thread::spawn(move || tickets.try_take())
            })
            .collect();
        let mut outcomes = vec![tickets.try_take()];
        outcomes.extend(askers.into_iter().map(|asker| asker.join().unwrap()));

        let mut granted: Vec<usize> = outcomes.iter().flatten().copied().collect();
        granted.sort();
        assert_eq!(
            granted,
            [0, 1],
            "each ticket once, and no more than the limit"
        );
        assert_eq!(tickets.issued.load(Ordering::Relaxed), 2);
    });
}

/// The model copies the listing's protocol by hand: fail if the listing's
/// atomic operations change, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_listings_operations() {
    let listing: String = include_str!("../src/main.rs").split_whitespace().collect();
    for operation in [
        "let mut current = self.issued.load(Ordering::Relaxed);",
        "if current == self.limit { return None; }",
        "match self.issued.compare_exchange_weak( current, current + 1, Ordering::Relaxed, \
         Ordering::Relaxed, ) { Ok(_) => return Some(current),",
        "Err(now) => current = now,",
    ] {
        let wanted: String = operation.split_whitespace().collect();
        assert!(
            listing.contains(&wanted),
            "src/main.rs no longer has `{operation}`: update the model"
        );
    }
}
