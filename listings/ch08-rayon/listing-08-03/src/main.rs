use rayon::ThreadPoolBuilder;

fn sum_of_squares(values: &[u64]) -> u64 {
    if values.len() <= 1_000 {
        return values.iter().map(|v| v * v).sum();
    }
    let (left, right) = values.split_at(values.len() / 2);
    let (left_sum, right_sum) = rayon::join(|| sum_of_squares(left), || sum_of_squares(right));
    left_sum + right_sum
}

fn main() {
    let readings: Vec<u64> = (1..=100_000).collect();
    let mut log = Vec::new();

    // Both closures borrow locals of `main`: no `Arc`, no `move`.
    let (total, ()) = rayon::join(
        || sum_of_squares(&readings),
        || log.push(format!("{} readings", readings.len())),
    );
    println!("{}: sum of squares {total}", log[0]);

    let single = ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let (first, second) =
        single.install(|| rayon::join(rayon::current_thread_index, rayon::current_thread_index));
    println!("one-thread pool: first closure on {first:?}, second on {second:?}");
}
