use std::time::Duration;
use tokio::time::{Instant, sleep};

async fn lookup(region: &str, service: &str, millis: u64) -> Result<String, String> {
    sleep(Duration::from_millis(millis)).await;
    if service == "billing" {
        return Err(format!("{service} is down in {region}"));
    }
    Ok(format!("{service}@{region}"))
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let region = String::from("eu-west");
    let start = Instant::now();

    let (users, orders) = tokio::join!(
        lookup(&region, "users", 300),
        lookup(&region, "orders", 200),
    );
    println!("{users:?} {orders:?} after {:?}", start.elapsed());

    let start = Instant::now();
    let all = tokio::try_join!(
        lookup(&region, "users", 300),
        lookup(&region, "billing", 100),
    );
    println!("{all:?} after {:?}", start.elapsed());
}
