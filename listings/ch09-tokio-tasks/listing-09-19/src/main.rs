#[tokio::main]
async fn main() {
    let mut retries = 0;

    let handle = tokio::spawn(async {
        retries += 1;
        println!("attempt {retries}");
    });
    handle.await.unwrap();
}
