use std::thread;

fn main() {
    let words = vec!["scope", "spawn", "join", "borrow", "move"];
    let mut longest = "";
    let mut initials = String::new();

    let total_len = thread::scope(|scope| {
        scope.spawn(|| {
            longest = words
                .iter()
                .copied()
                .max_by_key(|word| word.len())
                .unwrap_or("");
        });
        scope.spawn(|| {
            for word in &words {
                initials.push_str(&word[..1]);
            }
        });
        words.iter().map(|word| word.len()).sum::<usize>()
    });

    println!("initials: {initials}");
    println!("longest: {longest}");
    println!("total length: {total_len}");
}
