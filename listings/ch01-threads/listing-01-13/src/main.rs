use std::thread;

fn build_report() -> String {
    (1..=5)
        .map(|n| (n * n).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn main() {
    let handle = thread::spawn(|| {
        let report = build_report();
        println!("squares: {report}");
    });

    handle.join().expect("the report thread panicked");
    println!("done");
}
