use std::num::NonZeroUsize;
use std::thread;

fn main() {
    let workers = thread::available_parallelism()
        .map(NonZeroUsize::get)
        .unwrap_or(1);
    let numbers: Vec<u64> = (1..=10_000).collect();
    let chunk_len = numbers.len().div_ceil(workers);

    let handles: Vec<_> = numbers
        .chunks(chunk_len)
        .map(|chunk| {
            let chunk = chunk.to_vec();
            thread::spawn(move || chunk.iter().sum::<u64>())
        })
        .collect();

    let total: u64 = handles
        .into_iter()
        .map(|handle| handle.join().expect("a worker panicked"))
        .sum();
    // The worker count depends on the machine; the total does not.
    println!("sum of 1..=10000 = {total}");
}
