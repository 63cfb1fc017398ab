use std::thread;

fn count_vowels(text: &str) -> usize {
    text.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let chapters = [
        "threads own what they use",
        "scoped threads may borrow",
        "channels hand values over",
    ];

    let counts: Vec<usize> = thread::scope(|scope| {
        chapters
            .iter()
            .map(|chapter| scope.spawn(move || count_vowels(chapter)))
            .map(|handle| handle.join().expect("a counter panicked"))
            .collect()
    });

    println!("vowels per chapter: {counts:?}");
}
