use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    let producer = thread::spawn(move || {
        let report = String::from("sda: 92% full");
        tx.send(report).unwrap();
        println!("sent {} bytes", report.len());
    });

    println!("received: {}", rx.recv().unwrap());
    producer.join().unwrap();
}
