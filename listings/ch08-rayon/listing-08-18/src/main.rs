use std::thread;

fn hottest(readings: &[f64]) -> f64 {
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let chunk_len = readings.len().div_ceil(workers).max(1);
    thread::scope(|scope| {
        let handles: Vec<_> = readings
            .chunks(chunk_len)
            .map(|chunk| scope.spawn(move || chunk.iter().copied().fold(f64::MIN, f64::max)))
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap())
            .fold(f64::MIN, f64::max)
    })
}

fn main() {
    let readings: Vec<f64> = (0..100_000).map(|i| (i % 4_001) as f64 / 100.0).collect();
    println!("hottest reading: {} °C", hottest(&readings));
}
