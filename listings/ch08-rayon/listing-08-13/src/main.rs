use rayon::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};
use std::hint::black_box;
use std::sync::Mutex;
use std::time::Instant;

const RUNS: usize = 7;
const WIDTH: usize = 1200;
const HEIGHT: usize = 800;
const MAX_STEPS: u32 = 256;

/// Median wall time in milliseconds of `RUNS` runs, after one warm-up run.
fn median_ms(mut run: impl FnMut()) -> f64 {
    run();
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn pool(threads: usize) -> ThreadPool {
    ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool")
}

fn escape_steps(cx: f64, cy: f64) -> u32 {
    let (mut x, mut y) = (0.0_f64, 0.0_f64);
    for step in 0..MAX_STEPS {
        if x * x + y * y > 4.0 {
            return step;
        }
        (x, y) = (x * x - y * y + cx, 2.0 * x * y + cy);
    }
    MAX_STEPS
}

fn render_row(row: usize) -> Vec<u32> {
    let cy = 1.2 - 2.4 * row as f64 / HEIGHT as f64;
    let cx = |column| -2.2 + 3.0 * column as f64 / WIDTH as f64;
    (0..WIDTH)
        .map(|column| escape_steps(cx(column), cy))
        .collect()
}

fn mandelbrot(thread_counts: &[usize]) {
    println!("Mandelbrot {WIDTH}×{HEIGHT}, one row per task, median of {RUNS} runs");
    println!("threads | median ms | speedup | efficiency");
    let mut one_thread_ms = 0.0;
    for &threads in thread_counts {
        let pool = pool(threads);
        let ms = median_ms(|| {
            let rows = (0..HEIGHT).into_par_iter().with_max_len(1).map(render_row);
            black_box(pool.install(|| rows.collect::<Vec<_>>()));
        });
        if threads == 1 {
            one_thread_ms = ms;
        }
        let speedup = one_thread_ms / ms;
        let efficiency = 100.0 * speedup / threads as f64;
        println!("{threads:>7} | {ms:>9.1} | {speedup:>6.2}× | {efficiency:>8.0} %");
    }
}

fn tiny_work(pool: &ThreadPool) {
    let numbers: Vec<u64> = (0..1_000).collect();
    let per_sum_us = |total_ms: f64| total_ms * 1e3 / 1_000.0;
    let sequential = median_ms(|| {
        for _ in 0..1_000 {
            black_box(numbers.iter().map(|n| n * 3).sum::<u64>());
        }
    });
    // Each call comes from `main`, as it does when `main` uses the global pool.
    let parallel = median_ms(|| {
        for _ in 0..1_000 {
            black_box(pool.install(|| numbers.par_iter().map(|n| n * 3).sum::<u64>()));
        }
    });
    let threads = pool.current_num_threads();
    println!("tiny work: one sum of 1 000 numbers, called 1 000 times from main");
    println!(
        "sequential iter:            {:>6.2} µs per sum",
        per_sum_us(sequential)
    );
    println!(
        "par_iter, {threads} threads:        {:>6.2} µs per sum",
        per_sum_us(parallel)
    );
}

fn histogram(pool: &ThreadPool) {
    let latencies: Vec<u64> = (0..2_000_000).map(|i| i * 7_919 % 1_000).collect();
    let bucket = |ms: u64| (ms / 100) as usize;
    let sequential = median_ms(|| {
        let mut counts = [0u64; 10];
        latencies.iter().for_each(|&ms| counts[bucket(ms)] += 1);
        black_box(counts);
    });
    let locked = median_ms(|| {
        let counts = Mutex::new([0u64; 10]);
        let each = |&ms: &u64| counts.lock().unwrap()[bucket(ms)] += 1;
        pool.install(|| latencies.par_iter().for_each(each));
        black_box(counts);
    });
    let folded = median_ms(|| {
        let zero = || vec![0u64; 10];
        let add = |mut counts: Vec<u64>, &ms: &u64| {
            counts[bucket(ms)] += 1;
            counts
        };
        let merge = |a: Vec<u64>, b: Vec<u64>| a.iter().zip(&b).map(|(x, y)| x + y).collect();
        black_box(pool.install(|| latencies.par_iter().fold(zero, add).reduce(zero, merge)));
    });
    println!(
        "histogram of 2 000 000 latencies, {} threads",
        pool.current_num_threads()
    );
    println!("sequential loop:       {sequential:>7.1} ms");
    println!("Mutex locked per item: {locked:>7.1} ms");
    println!("fold + reduce:         {folded:>7.1} ms");
}

fn main() {
    // Other processes take cores from the measurement: say how busy the machine was.
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load
        .split_whitespace()
        .next()
        .unwrap_or("unknown")
        .to_owned();
    println!("load average (1 min) before the run: {load}");

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut thread_counts = vec![1, cores];
    if cores > 2 {
        thread_counts.insert(1, 2);
    }
    let every_core = pool(cores);
    println!();
    mandelbrot(&thread_counts);
    println!();
    tiny_work(&every_core);
    println!();
    histogram(&every_core);
}
