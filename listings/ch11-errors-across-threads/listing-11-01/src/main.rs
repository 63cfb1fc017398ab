use std::error::Error;
use std::thread;

fn parse_quota(line: &str) -> Result<u32, Box<dyn Error>> {
    let (_user, quota) = line.split_once('=').ok_or("missing `=`")?;
    Ok(quota.trim().parse()?)
}

fn main() {
    let handle = thread::spawn(|| parse_quota("ann = 40"));

    match handle.join().expect("the parser does not panic") {
        Ok(quota) => println!("quota: {quota}"),
        Err(error) => println!("bad line: {error}"),
    }
}
