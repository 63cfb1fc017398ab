async fn send_receipt(order: u32) {
    println!("receipt for order {order} sent");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let first = send_receipt(1041);
    println!("future for order 1041 created");
    first.await;

    let second = send_receipt(1042);
    println!("future for order 1042 created");
    drop(second);
    println!("future for order 1042 dropped");
}
