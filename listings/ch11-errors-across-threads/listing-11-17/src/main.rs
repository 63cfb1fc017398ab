fn read_port(line: &str) -> Result<u16, String> {
    let value = line
        .strip_prefix("port=")
        .ok_or_else(|| format!("`{line}` is not a port setting"))?;
    value
        .parse()
        .map_err(|error| format!("bad port `{value}`: {error}"))
}

fn main() {
    for line in ["port=80a", "host=db"] {
        match read_port(line) {
            Ok(port) => println!("port {port}"),
            // The caller can only tell the failures apart by their wording.
            Err(message) if message.starts_with("bad port") => println!("typo? {message}"),
            Err(message) => println!("skipped: {message}"),
        }
    }
}
