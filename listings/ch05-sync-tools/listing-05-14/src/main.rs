use std::sync::Mutex;
use std::thread;

fn build_report() -> String {
    "42 orders, 3 refunds".to_string()
}

fn main() {
    let report: Mutex<Option<String>> = Mutex::new(None);

    thread::scope(|s| {
        s.spawn(|| {
            *report.lock().unwrap() = Some(build_report());
        });

        // Keep asking until the report is there.
        let text = loop {
            if let Some(text) = report.lock().unwrap().take() {
                break text;
            }
            thread::yield_now();
        };
        println!("got: {text}");
    });
}
