use std::rc::Rc;
use std::thread;

struct Report {
    title: String,
    lines: Rc<Vec<String>>,
}

impl Report {
    fn summary(&self) -> String {
        format!("{}: {} lines", self.title, self.lines.len())
    }
}

fn main() {
    let lines = Rc::new(vec!["disk ok".to_string(), "network ok".to_string()]);
    let report = Report {
        title: "nightly".to_string(),
        lines: Rc::clone(&lines),
    };

    let printer = thread::spawn(move || report.summary());
    println!("{}", printer.join().unwrap());
}
