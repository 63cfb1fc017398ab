use std::thread;

fn slow_square(n: u64) -> u64 {
    n * n
}

fn main() {
    let handles: Vec<_> = (1..=4)
        .map(|n| thread::spawn(move || slow_square(n)))
        .collect();

    let squares: Vec<u64> = handles
        .into_iter()
        .map(|handle| handle.join().expect("a squaring thread panicked"))
        .collect();
    println!("{squares:?}");
}
