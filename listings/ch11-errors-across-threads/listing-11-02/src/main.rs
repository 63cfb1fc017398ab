use std::error::Error;

async fn parse_quota(line: &str) -> Result<u32, Box<dyn Error>> {
    let (_user, quota) = line.split_once('=').ok_or("missing `=`")?;
    Ok(quota.trim().parse()?)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let future = parse_quota("alice = 40");
    let handle = tokio::spawn(future);

    match handle.await.expect("the task does not panic") {
        Ok(quota) => println!("quota: {quota}"),
        Err(error) => println!("bad line: {error}"),
    }
}
