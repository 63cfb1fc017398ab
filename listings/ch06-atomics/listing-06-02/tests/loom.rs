//! A loom model check of the shared counter in `src/main.rs`: `fetch_add`
//! with `Relaxed`, written with loom's atomic so that loom can try every
//! interleaving of the increments.

use loom::sync::Arc;
use loom::sync::atomic::AtomicUsize;
use loom::thread;
use std::sync::atomic::Ordering;

struct Stats {
    requests: AtomicUsize,
}

#[test]
fn no_increment_is_lost() {
    loom::model(|| {
        let stats = Arc::new(Stats {
            requests: AtomicUsize::new(0),
        });
        let handles: Vec<_> = (0..2)
            .map(|_| {
                let stats = Arc::clone(&stats);
                thread::spawn(move || {
                    for _ in 0..2 {
                        stats.requests.fetch_add(1, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }
        assert_eq!(
            stats.requests.load(Ordering::Relaxed),
            4,
            "an increment was lost"
        );
    });
}

/// The model copies the listing's counter by hand: fail if the listing's
/// atomic operations change, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_listings_operations() {
    let listing: String = include_str!("../src/main.rs").split_whitespace().collect();
    for operation in [
        "stats.requests.fetch_add(1, Ordering::Relaxed);",
        "handle.join()",
        "stats.requests.load(Ordering::Relaxed)",
    ] {
        let wanted: String = operation.split_whitespace().collect();
        assert!(
            listing.contains(&wanted),
            "src/main.rs no longer has `{operation}`: update the model"
        );
    }
}
