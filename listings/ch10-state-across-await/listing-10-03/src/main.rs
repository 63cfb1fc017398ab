use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handler = tokio::spawn(async {
        let seen = Rc::new(RefCell::new(Vec::new()));
        for request in ["GET /", "GET /health"] {
            seen.borrow_mut().push(request);
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        seen.borrow().len()
    });
    println!("handled {}", handler.await.unwrap());
}
