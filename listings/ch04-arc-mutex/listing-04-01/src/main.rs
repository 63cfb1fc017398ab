use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::thread;

fn main() {
    let lines = ["the cat sat", "the dog sat", "a cat ran", "the end"];
    let counts = Rc::new(RefCell::new(BTreeMap::new()));

    let handles = lines.map(|line| {
        let counts = Rc::clone(&counts);
        thread::spawn(move || {
            for word in line.split_whitespace() {
                *counts.borrow_mut().entry(word).or_insert(0) += 1;
            }
        })
    });
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{:?}", counts.borrow());
}
