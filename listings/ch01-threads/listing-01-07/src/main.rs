use std::any::Any;
use std::thread;

fn parse_port(text: &str) -> u16 {
    text.parse().expect("port must be a number")
}

fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text
    } else {
        "(the payload is not a string)"
    }
}

fn main() {
    let handle = thread::spawn(|| parse_port("80a"));

    match handle.join() {
        Ok(port) => println!("listening on port {port}"),
        Err(payload) => println!("the parser thread panicked: {}", panic_message(&*payload)),
    }
    println!("main carries on");
}
