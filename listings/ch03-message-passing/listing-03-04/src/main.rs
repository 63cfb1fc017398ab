use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    for worker in 1..=3 {
        let tx = tx.clone();
        thread::spawn(move || {
            let checksum = worker * 1000 + 7;
            tx.send(format!("worker {worker}: checksum {checksum}"))
                .unwrap();
        });
    }

    // Waits for a hang-up that never comes: `main` still owns `tx`.
    let mut lines: Vec<String> = rx.iter().collect();
    lines.sort();
    for line in lines {
        println!("{line}");
    }
}
