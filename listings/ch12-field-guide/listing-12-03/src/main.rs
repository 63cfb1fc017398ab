// A synchronous wrapper, the kind a client library offers for scripts.
#[tokio::main(flavor = "current_thread")]
async fn fetch_price(item: &str) -> u32 {
    item.len() as u32 * 100
}

#[tokio::main]
async fn main() {
    println!("checking prices");
    let price = fetch_price("lamp");
    println!("lamp: {price}");
}
