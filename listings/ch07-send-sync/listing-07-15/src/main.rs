use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

fn main() {
    let documents = ["the cat sat", "the dog ran", "a cat ran"];
    let tally: Rc<RefCell<BTreeMap<String, usize>>> = Rc::default();

    let counters: Vec<_> = documents
        .iter()
        .map(|document| {
            let tally = Rc::clone(&tally);
            move || {
                for word in document.split_whitespace() {
                    *tally.borrow_mut().entry(word.to_string()).or_default() += 1;
                }
            }
        })
        .collect();

    for count in counters {
        count();
    }

    for (word, n) in tally.borrow().iter() {
        println!("{word}: {n}");
    }
}
