use std::sync::Arc;
use std::thread;

struct Report {
    title: String,
    lines: Arc<Vec<String>>,
}

impl Report {
    fn summary(&self) -> String {
        format!("{}: {} lines", self.title, self.lines.len())
    }
}

// These only type-check if the bound holds, so a field that breaks
// `Send` or `Sync` later fails the build here, next to the type.
const fn assert_send<T: Send>() {}
const fn assert_sync<T: Sync>() {}
const _: () = assert_send::<Report>();
const _: () = assert_sync::<Report>();

fn main() {
    let lines = Arc::new(vec!["disk ok".to_string(), "network ok".to_string()]);

    let mut printers = Vec::new();
    for title in ["nightly", "weekly"] {
        let report = Report {
            title: title.to_string(),
            lines: Arc::clone(&lines),
        };
        printers.push(thread::spawn(move || report.summary()));
    }

    for printer in printers {
        println!("{}", printer.join().unwrap());
    }
}
