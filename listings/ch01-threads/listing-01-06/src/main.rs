use std::fmt::Debug;
use std::thread::{self, JoinHandle};

fn report_later<T: Debug + Send>(value: T) -> JoinHandle<()> {
    thread::spawn(move || println!("{value:?}"))
}

fn main() {
    report_later(vec![18.5, 19.0]).join().unwrap();
}
