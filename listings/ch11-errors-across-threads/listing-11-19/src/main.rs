use std::error::Error;
use std::thread;

fn parse_port(s: &str) -> Result<u16, Box<dyn Error + Send>> {
    Ok(s.trim().parse::<u16>()?)
}

fn main() {
    let handle = thread::spawn(|| parse_port("8080"));
    match handle.join().expect("the parser does not panic") {
        Ok(port) => println!("port {port}"),
        Err(error) => println!("bad port: {error}"),
    }
}
