use std::rc::Rc;
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<Rc<String>>();

    let printer = thread::spawn(move || {
        for line in rx {
            println!("{line}");
        }
    });

    let banner = Rc::new(String::from("config loaded"));
    tx.send(Rc::clone(&banner)).unwrap();
    drop(tx);
    printer.join().unwrap();
}
