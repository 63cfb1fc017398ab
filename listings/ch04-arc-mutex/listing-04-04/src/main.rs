use std::sync::{Mutex, MutexGuard};

fn main() {
    let guard: MutexGuard<'_, Vec<u32>>;
    {
        let scores = Mutex::new(vec![7, 9]);
        guard = scores.lock().unwrap();
    }
    println!("first score: {}", guard[0]);
}
