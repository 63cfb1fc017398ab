use std::collections::VecDeque;
use std::sync::Mutex;

fn main() {
    let queue = Mutex::new(VecDeque::from(["resize", "upload"]));

    while let Some(job) = queue.lock().unwrap().pop_front() {
        println!("running {job}");
        if job == "upload" {
            // The guard from the condition is still alive: this second
            // lock on the same thread never returns.
            queue.lock().unwrap().push_back("notify");
        }
    }
}
