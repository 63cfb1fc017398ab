use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    for job in 1..=6 {
        tx.send(job).unwrap();
    }
    drop(tx);

    let rx = &rx;
    thread::scope(|scope| {
        for worker in 0..2 {
            scope.spawn(move || {
                for job in rx.iter() {
                    println!("worker {worker} took job {job}");
                }
            });
        }
    });
}
