use rayon::prelude::*;
use std::cell::Cell;

fn main() {
    let requests = ["GET /", "POST /login", "GET /health", "GET /metrics"];
    let gets = Cell::new(0);

    requests.par_iter().for_each(|request| {
        if request.starts_with("GET ") {
            gets.set(gets.get() + 1);
        }
    });
    println!("{} GET requests", gets.get());
}
