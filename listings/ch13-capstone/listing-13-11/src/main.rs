use crossbeam_channel::bounded;
use scraper::{Html, Selector};
use std::thread;

fn main() {
    let (results, parsed) = bounded::<Html>(1);
    let worker = thread::spawn(move || {
        let body = r#"<a href="about.html">About</a> <a href="news/">News</a>"#;
        results.send(Html::parse_document(body)).unwrap();
    });
    let page = parsed.recv().unwrap();
    let links = Selector::parse("a[href]").unwrap();
    println!("{} links", page.select(&links).count());
    worker.join().unwrap();
}
