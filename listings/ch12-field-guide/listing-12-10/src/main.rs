use std::sync::Arc;
use std::thread;

fn main() {
    let readings = Arc::new(vec![18, 21, 25, 19]);
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let readings = Arc::clone(&readings);
            thread::spawn(move || readings.iter().sum::<u32>())
        })
        .collect();
    for handle in handles {
        println!("total: {}", handle.join().unwrap());
    }
}
