use std::thread;

fn main() {
    let mut processed = Vec::new();
    thread::scope(|scope| {
        scope.spawn(|| {
            for id in 1..=3 {
                processed.push(id);
            }
        });
        println!("processed so far: {}", processed.len());
    });
    println!("{processed:?}");
}
