use std::thread;

fn main() {
    let names = vec![String::from("ada"), String::from("grace")];

    let handle = thread::spawn(move || names.len());

    println!("{} names", names.len());
    handle.join().unwrap();
}
