use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

type Pending = Arc<Mutex<Vec<String>>>;

fn write_to_disk(batch: &[String]) -> usize {
    thread::sleep(Duration::from_millis(2)); // stands in for slow I/O
    batch.len()
}

/// Another thread tries to queue an event right now, without waiting.
fn producer_gets_in(pending: &Pending) -> bool {
    let pending = Arc::clone(pending);
    let producer = thread::spawn(move || match pending.try_lock() {
        Ok(mut guard) => {
            guard.push("late event".to_string());
            true
        }
        Err(_) => false,
    });
    producer.join().unwrap()
}

fn main() {
    let pending: Pending = Arc::new(Mutex::new(vec!["login".into(), "search".into()]));

    {
        let guard = pending.lock().unwrap();
        let written = write_to_disk(&guard);
        let got_in = producer_gets_in(&pending);
        println!("guard held: wrote {written}, producer got in: {got_in}");
    } // the guard is dropped only here

    let batch = {
        let mut guard = pending.lock().unwrap();
        std::mem::take(&mut *guard)
    }; // the guard is dropped here, before the slow part
    let written = write_to_disk(&batch);
    let got_in = producer_gets_in(&pending);
    println!("guard dropped: wrote {written}, producer got in: {got_in}");

    println!("pending now: {:?}", pending.lock().unwrap());
}
