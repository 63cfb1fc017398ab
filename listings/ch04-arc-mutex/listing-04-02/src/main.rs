use std::collections::BTreeMap;
use std::sync::Arc;
use std::thread;

fn main() {
    let lines = ["the cat sat", "the dog sat", "a cat ran", "the end"];
    let counts = Arc::new(BTreeMap::new());

    let mut handles = Vec::new();
    for line in lines {
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || {
            for word in line.split_whitespace() {
                *counts.entry(word).or_insert(0) += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{counts:?}");
}
