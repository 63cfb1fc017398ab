use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

#[tokio::main(flavor = "local", start_paused = true)]
async fn main() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let task_seen = Rc::clone(&seen);
    let handler = tokio::task::spawn_local(async move {
        for request in ["GET /", "GET /health"] {
            task_seen.borrow_mut().push(request);
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        task_seen.borrow().len()
    });
    println!("handled {}", handler.await.unwrap());
    println!("seen from main: {:?}", seen.borrow());
}
