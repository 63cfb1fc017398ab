use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::thread;

#[derive(Debug)]
enum Stop {
    Cancelled,
    ReceiverGone,
}

fn is_prime(n: u64) -> bool {
    let mut divisors = (2..).take_while(|d| d * d <= n);
    n >= 2 && divisors.all(|d| !n.is_multiple_of(d))
}

/// Sends every prime it finds. The search has no end of its own: it only
/// stops when asked to, or when nobody listens any more.
fn search_primes(cancel: &AtomicBool, found: Sender<u64>) -> Stop {
    for candidate in 2.. {
        if cancel.load(Ordering::Relaxed) {
            return Stop::Cancelled;
        }
        if is_prime(candidate) && found.send(candidate).is_err() {
            return Stop::ReceiverGone;
        }
    }
    unreachable!("the candidates ran out")
}

fn main() {
    let cancel = AtomicBool::new(false);
    let (found_tx, found_rx) = mpsc::channel();

    thread::scope(|scope| {
        let searcher = scope.spawn(|| search_primes(&cancel, found_tx));

        let first: Vec<u64> = found_rx.iter().take(10).collect();
        println!("first ten primes: {first:?}");

        cancel.store(true, Ordering::Relaxed);
        let stop = searcher.join().expect("the searcher panicked");
        println!("searcher stopped: {stop:?}");
    });
}
