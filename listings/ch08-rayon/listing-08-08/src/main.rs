use rayon::prelude::*;
use std::collections::BTreeMap;

fn main() {
    let log_lines = [
        "GET /index.html 200",
        "GET /missing 404",
        "POST /login 200",
        "GET /index.html 200",
        "GET /admin 403",
        "GET /missing 404",
    ];

    // `map` + `sum`: each item becomes a number, rayon adds the numbers.
    let bytes: usize = log_lines.par_iter().map(|line| line.len()).sum();

    // `fold` + `reduce`: one map per piece of work, not one per line.
    let by_status = log_lines
        .par_iter()
        .filter_map(|line| line.rsplit(' ').next())
        .fold(BTreeMap::new, |mut counts, status| {
            *counts.entry(status).or_insert(0) += 1;
            counts
        })
        .reduce(BTreeMap::new, |mut merged, counts| {
            for (status, n) in counts {
                *merged.entry(status).or_insert(0) += n;
            }
            merged
        });

    println!("{bytes} bytes of log");
    println!("{by_status:?}");
}
