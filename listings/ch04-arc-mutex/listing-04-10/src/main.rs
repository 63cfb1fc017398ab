use std::collections::VecDeque;
use std::sync::Mutex;

fn main() {
    let queue = Mutex::new(VecDeque::from(["resize", "upload"]));

    loop {
        let next = queue.lock().unwrap().pop_front(); // guard dropped at the `;`
        let Some(job) = next else { break };
        println!("running {job}");
        if job == "upload" {
            queue.lock().unwrap().push_back("notify");
        }
    }
    println!("queue drained: {}", queue.lock().unwrap().is_empty());
}
