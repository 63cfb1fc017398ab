use std::cell::RefCell;

// Every user name seen so far.
static SEEN: RefCell<Vec<String>> = RefCell::new(Vec::new());

fn main() {
    SEEN.borrow_mut().push("ada".to_string());
    println!("{:?}", SEEN.borrow());
}
