use std::error::Error;
use std::io;
use std::num::ParseIntError;

/// Any error that may cross a thread or task boundary.
pub type BoxError = Box<dyn Error + Send + Sync + 'static>;
/// `Result<T>` means `Result<T, BoxError>`; `Result<T, io::Error>` still works.
pub type Result<T, E = BoxError> = std::result::Result<T, E>;

fn parse_port(text: &str) -> Result<u16> {
    let port: u16 = text.trim().parse()?;
    if port < 1024 {
        return Err(format!("port {port} needs root").into());
    }
    Ok(port)
}

fn bind(port: u16) -> Result<(), io::Error> {
    // `io::Error::other` takes anything that converts into a `BoxError`.
    Err(io::Error::other(format!("port {port} is already in use")))
}

fn start(text: &str) -> Result<u16> {
    let port = parse_port(text)?;
    bind(port)?;
    Ok(port)
}

fn main() {
    for input in ["http", "80", "8080"] {
        let error = start(input).expect_err("every input fails somewhere");
        let kind = if error.downcast_ref::<ParseIntError>().is_some() {
            "parse"
        } else if error.downcast_ref::<io::Error>().is_some() {
            "io"
        } else {
            "message"
        };
        println!("{input:>4}: [{kind}] {error}");
    }
}
