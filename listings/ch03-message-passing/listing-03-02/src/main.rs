use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    let producer = thread::spawn(move || {
        let mut bytes_sent = 0;
        for (disk, percent) in [("sda", 92), ("sdb", 41), ("sdc", 78)] {
            let report = format!("{disk}: {percent}% full");
            bytes_sent += report.len(); // read what you need before the handoff
            tx.send(report).unwrap();
        }
        bytes_sent
    });

    for report in rx {
        println!("received: {report}");
    }
    let bytes_sent = producer.join().unwrap();
    println!("channel closed; the producer sent {bytes_sent} bytes");
}
