use std::thread::{self, JoinHandle};

fn start_reporter(station: &str) -> JoinHandle<()> {
    thread::spawn(move || {
        println!("reporting for {station}");
    })
}

fn main() {
    let station = String::from("north-station");
    start_reporter(&station).join().unwrap();
}
