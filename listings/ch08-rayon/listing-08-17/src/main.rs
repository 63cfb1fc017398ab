use rayon::prelude::*;

fn bucket(latency_ms: u64) -> usize {
    (latency_ms / 100).min(9) as usize
}

fn add_counts(mut total: Vec<u64>, counts: Vec<u64>) -> Vec<u64> {
    for (sum, n) in total.iter_mut().zip(counts) {
        *sum += n;
    }
    total
}

fn main() {
    let latencies_ms: Vec<u64> = (0..200_000).map(|i| i * 7_919 % 1_000).collect();

    let histogram = latencies_ms
        .par_iter()
        .fold(
            || vec![0u64; 10],
            |mut counts, &ms| {
                counts[bucket(ms)] += 1;
                counts
            },
        )
        .reduce(|| vec![0u64; 10], add_counts);

    println!("requests per 100 ms bucket: {histogram:?}");
}
