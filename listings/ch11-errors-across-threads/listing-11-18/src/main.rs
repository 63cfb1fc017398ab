use std::error::Error as _;
use std::num::ParseIntError;
use thiserror::Error;

#[derive(Debug, Error)]
enum SettingError {
    #[error("`{0}` is not a port setting")]
    NotAPort(String),
    #[error("bad port `{value}`")]
    BadPort {
        value: String,
        #[source]
        cause: ParseIntError,
    },
}

fn read_port(line: &str) -> Result<u16, SettingError> {
    let value = line
        .strip_prefix("port=")
        .ok_or_else(|| SettingError::NotAPort(line.to_string()))?;
    value.parse().map_err(|cause| SettingError::BadPort {
        value: value.to_string(),
        cause,
    })
}

fn main() {
    for line in ["port=80a", "host=db"] {
        match read_port(line) {
            Ok(port) => println!("port {port}"),
            Err(error @ SettingError::BadPort { .. }) => {
                let cause = error.source().expect("`BadPort` has a source");
                println!("typo? {error} (because: {cause})");
            }
            Err(error @ SettingError::NotAPort(_)) => println!("skipped: {error}"),
        }
    }
}
