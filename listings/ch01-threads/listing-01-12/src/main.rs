use std::thread;
use std::time::Duration;

fn build_report() -> String {
    (1..=5)
        .map(|n| (n * n).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn main() {
    thread::spawn(|| {
        let report = build_report();
        println!("squares: {report}");
    });

    thread::sleep(Duration::from_millis(50));
    println!("done");
}
