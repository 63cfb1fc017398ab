use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let lines = ["the cat sat", "the dog sat", "a cat ran", "the end"];
    let counts = Arc::new(Mutex::new(BTreeMap::new()));

    let mut handles = Vec::new();
    for line in lines {
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || {
            for word in line.split_whitespace() {
                let mut guard = counts.lock().unwrap();
                *guard.entry(word).or_insert(0) += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }

    println!("owners left: {}", Arc::strong_count(&counts));
    let totals = counts.lock().unwrap();
    for (word, count) in totals.iter() {
        println!("{word}: {count}");
    }
}
