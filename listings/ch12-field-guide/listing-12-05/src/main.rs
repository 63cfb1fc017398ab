use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let hits_per_day = Arc::new(Mutex::new([0_u32; 7]));

    let recorder = {
        let hits_per_day = Arc::clone(&hits_per_day);
        thread::spawn(move || {
            for day in [1, 3, 7] {
                hits_per_day.lock().unwrap()[day] += 1;
            }
        })
    };
    if recorder.join().is_err() {
        println!("the recorder failed");
    }
    println!("{:?}", hits_per_day.lock().unwrap());
}
