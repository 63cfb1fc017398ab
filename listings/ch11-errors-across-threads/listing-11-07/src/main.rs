use std::error::Error as _;
use std::num::ParseIntError;
use std::str::Utf8Error;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("the config is not valid UTF-8")]
    Encoding(#[from] Utf8Error),
    #[error("line {line}: `{text}` is not a port number")]
    BadPort {
        line: usize,
        text: String,
        #[source]
        cause: ParseIntError,
    },
    #[error("no `port =` line")]
    MissingPort,
}

pub fn read_port(bytes: &[u8]) -> Result<u16, ConfigError> {
    let text = std::str::from_utf8(bytes)?;
    for (index, line) in text.lines().enumerate() {
        if let Some(value) = line.strip_prefix("port =") {
            let text = value.trim().to_string();
            return text.parse().map_err(|cause| ConfigError::BadPort {
                line: index + 1,
                cause,
                text,
            });
        }
    }
    Err(ConfigError::MissingPort)
}

fn main() {
    let inputs: [&[u8]; 3] = [b"host = db\nport = 54x2", b"port = \xff", b"host = db"];
    for input in inputs {
        // The error is `Send`, so it can come back from a thread.
        let error = std::thread::spawn(move || read_port(input))
            .join()
            .expect("the parser does not panic")
            .expect_err("every input is broken");
        print!("{error}");
        let mut cause = error.source();
        while let Some(inner) = cause {
            print!(" <- {inner}");
            cause = inner.source();
        }
        println!();
    }
}
