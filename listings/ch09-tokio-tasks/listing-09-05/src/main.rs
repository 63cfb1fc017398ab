use std::mem::size_of_val;
use tokio::task::yield_now;

async fn wait_while_holding() -> u32 {
    let buffer = [7u8; 4096];
    yield_now().await;
    buffer.iter().map(|&b| u32::from(b)).sum()
}

async fn sum_then_wait() -> u32 {
    let sum = {
        let buffer = [7u8; 4096];
        buffer.iter().map(|&b| u32::from(b)).sum()
    };
    yield_now().await;
    sum
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let holding = wait_while_holding();
    let scoped = sum_then_wait();
    let (held, gone) = (size_of_val(&holding), size_of_val(&scoped));
    println!("buffer held across the await: {held} bytes");
    println!("buffer gone before the await: {gone} bytes");
    println!("same sum: {}", holding.await == scoped.await);
}
