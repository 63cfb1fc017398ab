use std::thread;

fn count_matches(lines: &[String], needle: &str) -> usize {
    lines.iter().filter(|line| line.contains(needle)).count()
}

fn main() {
    let log: Vec<String> = (1..=12)
        .map(|n| format!("request {n}: {}", if n % 3 == 0 { "error" } else { "ok" }))
        .collect();
    let needles = ["error", "ok", "request 1"];

    let mut handles = Vec::new();
    for needle in needles {
        let log = log.clone();
        handles.push(thread::spawn(move || count_matches(&log, needle)));
    }
    for (needle, handle) in needles.iter().zip(handles) {
        let count = handle.join().expect("a counter panicked");
        println!("{needle:>9}: {count}");
    }
}
