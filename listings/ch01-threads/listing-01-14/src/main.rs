use std::thread;

fn slow_square(n: u64) -> u64 {
    n * n
}

fn main() {
    let mut squares = Vec::new();
    for n in 1..=4 {
        let handle = thread::spawn(move || slow_square(n));
        squares.push(handle.join().expect("a squaring thread panicked"));
    }
    println!("{squares:?}");
}
