// Your CI runs with `-D warnings`; this attribute does the same for one lint.
#![deny(unused_must_use)]

async fn send_receipt(order: u32) {
    println!("receipt for order {order} sent");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    send_receipt(1041);
    println!("order 1041 done");
}
