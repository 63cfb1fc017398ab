use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep};

async fn fetch_price(sku: u32) -> (u32, u32) {
    // Later SKUs answer sooner, so completion order is not spawn order.
    sleep(Duration::from_millis(u64::from(500 - sku * 100))).await;
    (sku, sku * 250)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    for sku in 1..=4 {
        set.spawn(fetch_price(sku));
    }

    let mut prices = Vec::new();
    while let Some(joined) = set.join_next().await {
        prices.push(joined.expect("price task panicked"));
    }
    prices.sort();
    println!("{prices:?} after {:?}", start.elapsed());

    let again: JoinSet<_> = (1..=4).map(fetch_price).collect();
    let mut prices = again.join_all().await;
    prices.sort();
    println!("{prices:?} again");
}
