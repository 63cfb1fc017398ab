use std::cell::Cell;
use std::thread;

fn main() {
    let processed = Cell::new(0u32);

    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| processed.set(processed.get() + 1));
        }
    });

    println!("processed {} batches", processed.get());
}
