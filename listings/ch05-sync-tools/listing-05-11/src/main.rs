use std::sync::{Mutex, OnceLock};
use std::thread;

static INIT_RUNS: Mutex<u32> = Mutex::new(0);

fn build_table() -> Vec<u64> {
    *INIT_RUNS.lock().unwrap() += 1;
    (1..=10).map(|n| n * n).collect()
}

fn main() {
    let table: OnceLock<Vec<u64>> = OnceLock::new();

    let sums: Vec<u64> = thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| table.get_or_init(build_table).iter().sum()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    println!("sums: {sums:?}");
    println!("build_table ran {} time(s)", INIT_RUNS.lock().unwrap());
}
