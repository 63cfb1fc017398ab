fn checksum(data: &[u8]) -> u64 {
    data.iter().map(|&byte| u64::from(byte)).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let upload = vec![7_u8; 4096];
    let sum = tokio::task::block_in_place(|| checksum(&upload));
    println!("checksum: {sum}");
}
