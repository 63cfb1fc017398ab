async fn upload(file: &'static str) -> Result<usize, String> {
    match file {
        "" => panic!("upload called with an empty path"),
        "backup.iso" => Err(format!("{file}: larger than the 4 GiB limit")),
        _ => Ok(file.len() * 1000),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let files = ["notes.txt", "backup.iso", "photo.jpg", ""];
    let handles: Vec<_> = files.into_iter().map(|f| tokio::spawn(upload(f))).collect();

    let mut uploaded = Vec::new();
    for handle in handles {
        if let Ok(Ok(bytes)) = handle.await {
            uploaded.push(bytes);
        }
    }
    let total: usize = uploaded.iter().sum();
    println!("batch done: {} uploads, {total} bytes", uploaded.len());
}
