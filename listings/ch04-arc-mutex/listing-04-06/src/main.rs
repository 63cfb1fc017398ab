use std::sync::{Arc, Mutex};
use std::thread;

/// Invariant: `count == items.len()`.
#[derive(Debug)]
struct Inventory {
    items: Vec<&'static str>,
    count: usize,
}

fn main() {
    let inventory = Arc::new(Mutex::new(Inventory {
        items: vec!["bolt"],
        count: 1,
    }));

    let worker = {
        let inventory = Arc::clone(&inventory);
        thread::spawn(move || {
            let mut guard = inventory.lock().unwrap();
            guard.items.push("nut");
            let added: usize = "one".parse().expect("quantity is not a number");
            guard.count += added; // never reached: the invariant stays broken
        })
    };
    println!("worker panicked: {}", worker.join().is_err());
    println!("poisoned: {}", inventory.is_poisoned());

    let mut guard = match inventory.lock() {
        Ok(guard) => guard,
        Err(poisoned) => {
            println!("lock() returned Err; taking the guard anyway");
            poisoned.into_inner()
        }
    };
    if guard.count != guard.items.len() {
        println!(
            "repairing: count {} but {} items",
            guard.count,
            guard.items.len()
        );
        guard.count = guard.items.len();
    }
    drop(guard);
    inventory.clear_poison();

    println!("poisoned: {}", inventory.is_poisoned());
    println!("{:?}", inventory.lock().unwrap());
}
