use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// Hands out ticket numbers `0..limit`, each once, to whoever asks first.
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
                // Another thread got there first (or a spurious failure):
                // retry from the value the atomic holds now.
                Err(now) => current = now,
            }
        }
    }
}

fn main() {
    let tickets = Tickets {
        issued: AtomicUsize::new(0),
        limit: 3,
    };

    let outcomes: Vec<Option<usize>> = thread::scope(|scope| {
        let askers: Vec<_> = (0..8).map(|_| scope.spawn(|| tickets.try_take())).collect();
        askers
            .into_iter()
            .map(|asker| asker.join().expect("an asker panicked"))
            .collect()
    });

    let mut granted: Vec<usize> = outcomes.iter().flatten().copied().collect();
    granted.sort();
    let refused = outcomes.iter().filter(|o| o.is_none()).count();
    println!("granted tickets: {granted:?}");
    println!("refused: {refused}");
    println!("counter: {}", tickets.issued.load(Ordering::Relaxed));
}
