use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let cache = Arc::new(Mutex::new(Vec::<Rc<String>>::new()));

    let worker_cache = Arc::clone(&cache);
    let handle = thread::spawn(move || {
        let page = Rc::new(String::from("<html>…</html>"));
        worker_cache.lock().unwrap().push(page);
    });
    handle.join().unwrap();
    println!("cached pages: {}", cache.lock().unwrap().len());
}
