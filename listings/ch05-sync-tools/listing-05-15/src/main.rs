use std::sync::{Condvar, Mutex};
use std::thread;

fn build_report() -> String {
    "42 orders, 3 refunds".to_string()
}

fn main() {
    let report: Mutex<Option<String>> = Mutex::new(None);
    let report_ready = Condvar::new();

    thread::scope(|s| {
        s.spawn(|| {
            *report.lock().unwrap() = Some(build_report());
            report_ready.notify_one();
        });

        let guard = report.lock().unwrap();
        let mut slot = report_ready
            .wait_while(guard, |slot| slot.is_none())
            .unwrap();
        let text = slot.take().expect("wait_while returned, so it is Some");
        println!("got: {text}");
    });
}
