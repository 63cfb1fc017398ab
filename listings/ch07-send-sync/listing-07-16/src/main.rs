use std::collections::BTreeMap;
use std::thread;

fn count_words(document: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for word in document.split_whitespace() {
        *counts.entry(word.to_string()).or_default() += 1;
    }
    counts
}

fn main() {
    let documents = ["the cat sat", "the dog ran", "a cat ran"];

    let counters: Vec<_> = documents
        .into_iter()
        .map(|document| thread::spawn(move || count_words(document)))
        .collect();

    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    for counter in counters {
        for (word, n) in counter.join().unwrap() {
            *tally.entry(word).or_default() += n;
        }
    }

    for (word, n) in &tally {
        println!("{word}: {n}");
    }
}
