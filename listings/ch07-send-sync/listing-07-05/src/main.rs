use std::sync::Mutex;
use std::thread;

static AUDIT_LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn main() {
    let mut log = AUDIT_LOG.lock().unwrap();
    log.push("main: started".to_string());

    // Hand the already-locked log to a worker so it can append too.
    let worker = thread::spawn(move || {
        log.push("worker: finished".to_string());
    });
    worker.join().unwrap();
}
