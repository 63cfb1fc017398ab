use std::cell::Cell;
use std::thread;

fn main() {
    let requests = Cell::new(0);

    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..1000 {
                    requests.set(requests.get() + 1);
                }
            });
        }
    });

    println!("requests: {}", requests.get());
}
