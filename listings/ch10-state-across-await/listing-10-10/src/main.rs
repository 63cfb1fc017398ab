use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{broadcast, watch};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (prices, mut slow_reader) = broadcast::channel::<u32>(2);
    for price in [101, 102, 103, 104, 105] {
        prices.send(price).expect("a receiver exists");
    }
    drop(prices);
    loop {
        match slow_reader.recv().await {
            Ok(price) => println!("broadcast: price {price}"),
            Err(RecvError::Lagged(missed)) => println!("broadcast: lagged, {missed} missed"),
            Err(RecvError::Closed) => break,
        }
    }

    let (config, mut reader) = watch::channel("v1");
    for version in ["v2", "v3", "v4"] {
        config.send(version).expect("a receiver exists");
    }
    reader.changed().await.expect("the sender is alive");
    println!("watch: sees {}", *reader.borrow_and_update());
    println!("watch: changed again? {}", reader.has_changed().unwrap());
}
