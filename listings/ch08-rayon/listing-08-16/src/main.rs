use rayon::prelude::*;
use std::sync::Mutex;

fn bucket(latency_ms: u64) -> usize {
    (latency_ms / 100).min(9) as usize
}

fn main() {
    let latencies_ms: Vec<u64> = (0..200_000).map(|i| i * 7_919 % 1_000).collect();

    let histogram = Mutex::new([0u64; 10]);
    latencies_ms.par_iter().for_each(|&ms| {
        histogram.lock().unwrap()[bucket(ms)] += 1;
    });

    let histogram = histogram.into_inner().unwrap();
    println!("requests per 100 ms bucket: {histogram:?}");
}
