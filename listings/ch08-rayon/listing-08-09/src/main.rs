use rayon::prelude::*;

fn main() {
    // Sixteen deposits onto an opening balance of 100.
    let deposits: Vec<u64> = (1..=16).collect();
    let sequential = deposits.iter().fold(100, |balance, d| balance + d);

    // Exactly four pieces of four items, on any machine and any pool size.
    let parallel = deposits
        .par_iter()
        .copied()
        .with_min_len(4)
        .with_max_len(4)
        .reduce(|| 100, |a, b| a + b);
    println!("balance: sequential {sequential}, parallel {parallel}");

    // Floating-point addition is not associative either.
    let amounts = [1e16, 1.0, -1e16, 1.0];
    let in_order: f64 = amounts.iter().sum();
    let in_halves: f64 = amounts.par_iter().with_min_len(2).with_max_len(2).sum();
    println!("float sum: in order {in_order}, in two halves {in_halves}, exact 2");
}
