use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let seen = Arc::new(RefCell::new(Vec::new()));

    let workers: Vec<_> = (0..2)
        .map(|id| {
            let seen = Arc::clone(&seen);
            thread::spawn(move || seen.borrow_mut().push(id))
        })
        .collect();

    for worker in workers {
        worker.join().unwrap();
    }
    println!("{:?}", seen.borrow());
}
