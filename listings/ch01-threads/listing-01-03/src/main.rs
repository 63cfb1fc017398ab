use std::rc::Rc;
use std::thread;

fn main() {
    let labels = Rc::new(vec!["north", "south"]);
    let for_worker = Rc::clone(&labels);

    let handle = thread::spawn(move || {
        println!("worker sees {} labels", for_worker.len());
    });

    handle.join().unwrap();
    println!("main sees {} labels", labels.len());
}
