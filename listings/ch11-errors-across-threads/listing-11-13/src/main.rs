use rayon::prelude::*;

fn parse_reading(line: &str) -> Result<f64, String> {
    line.trim()
        .parse()
        .map_err(|error| format!("`{line}`: {error}"))
}

fn main() {
    // Fail fast: exactly one bad line, so the error returned is known.
    let batch = ["20.5", "21.0", "2l.5", "22.0"];
    let readings: Result<Vec<f64>, String> = batch.par_iter().map(|l| parse_reading(l)).collect();
    println!("fail fast: {readings:?}");

    // Collect all: one `Result` per line, in input order, then split them.
    let batch = ["20.5", "n/a", "21.0", "", "22.0"];
    let outcomes: Vec<Result<f64, String>> = batch.par_iter().map(|l| parse_reading(l)).collect();
    let (good, bad): (Vec<_>, Vec<_>) = outcomes
        .into_iter()
        .enumerate()
        .partition(|(_, outcome)| outcome.is_ok());
    println!("collect all: {} good", good.len());
    for (line, outcome) in bad {
        println!("  line {}: {}", line + 1, outcome.unwrap_err());
    }
}
