use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::thread;
use std::time::{Duration, Instant};

const THREADS: usize = 2;
/// A quick check in a debug build (what the book's tests run); a real
/// measurement with `--release`, which also prints the best time of 5 rounds.
const PER_THREAD: u64 = if cfg!(debug_assertions) {
    100_000
} else {
    20_000_000
};
const ROUNDS: usize = if cfg!(debug_assertions) { 1 } else { 5 };

/// Aligned to 128 bytes so that two of them never share a cache line.
#[repr(align(128))]
struct Padded(AtomicU64);

/// All the counters in one 64-byte-aligned block: on one cache line for sure.
#[repr(align(64))]
struct OneLine([AtomicU64; THREADS]);

/// Runs `work(thread_index)` on `THREADS` threads at once.
fn on_threads(work: impl Fn(usize) + Sync) {
    thread::scope(|scope| {
        for index in 0..THREADS {
            let work = &work;
            scope.spawn(move || work(index));
        }
    });
}

fn one_shared_counter() -> u64 {
    let shared = AtomicU64::new(0);
    on_threads(|_| {
        for _ in 0..PER_THREAD {
            shared.fetch_add(1, Relaxed);
        }
    });
    shared.load(Relaxed)
}

fn a_counter_each_same_line() -> u64 {
    let counters = OneLine(Default::default());
    on_threads(|i| {
        for _ in 0..PER_THREAD {
            counters.0[i].fetch_add(1, Relaxed);
        }
    });
    counters.0.iter().map(|c| c.load(Relaxed)).sum()
}

fn a_counter_each_padded() -> u64 {
    let counters: [Padded; THREADS] = std::array::from_fn(|_| Padded(AtomicU64::new(0)));
    on_threads(|i| {
        for _ in 0..PER_THREAD {
            counters[i].0.fetch_add(1, Relaxed);
        }
    });
    counters.iter().map(|c| c.0.load(Relaxed)).sum()
}

fn count_locally_add_once() -> u64 {
    let total = AtomicU64::new(0);
    on_threads(|_| {
        let mut local = 0u64;
        for _ in 0..PER_THREAD {
            local = black_box(local + 1); // keeps the loop from being folded away
        }
        total.fetch_add(local, Relaxed);
    });
    total.load(Relaxed)
}

type Variant = (&'static str, fn() -> u64);

fn main() {
    let variants: [Variant; 4] = [
        ("one shared counter", one_shared_counter),
        ("a counter each, one cache line", a_counter_each_same_line),
        ("a counter each, padded", a_counter_each_padded),
        ("count locally, add once", count_locally_add_once),
    ];
    for (label, count) in variants {
        let mut best = Duration::MAX;
        let mut total = 0;
        for _ in 0..ROUNDS {
            let start = Instant::now();
            total = count();
            best = best.min(start.elapsed());
        }
        if cfg!(debug_assertions) {
            println!("{label:<32} total {total}");
        } else {
            println!("{label:<32} total {total}  best {:>4} ms", best.as_millis());
        }
    }
}
