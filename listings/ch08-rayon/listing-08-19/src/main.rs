use rayon::prelude::*;

fn hottest(readings: &[f64]) -> f64 {
    readings.par_iter().copied().reduce(|| f64::MIN, f64::max)
}

fn main() {
    let readings: Vec<f64> = (0..100_000).map(|i| (i % 4_001) as f64 / 100.0).collect();
    println!("hottest reading: {} °C", hottest(&readings));
}
