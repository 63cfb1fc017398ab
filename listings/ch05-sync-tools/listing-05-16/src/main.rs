use std::cell::Cell;
use std::sync::RwLock;

// How many cache hits so far; `Cell` lets a reader bump it in place.
static HITS: RwLock<Cell<u64>> = RwLock::new(Cell::new(0));

fn record_hit() {
    let hits = HITS.read().unwrap();
    hits.set(hits.get() + 1);
}

fn main() {
    record_hit();
    println!("hits: {}", HITS.read().unwrap().get());
}
