use rayon::prelude::*;
use tokio::sync::oneshot;

fn checksum(block: &[u8]) -> u64 {
    block
        .iter()
        .fold(17_u64, |acc, &byte| acc.wrapping_mul(31) ^ u64::from(byte))
}

/// Hashes on rayon's pool; the calling task waits without holding a thread.
async fn checksum_blocks(data: Vec<u8>) -> u64 {
    let (reply, answer) = oneshot::channel();
    rayon::spawn(move || {
        let total = data
            .par_chunks(4096)
            .map(checksum)
            .reduce(|| 0, u64::wrapping_add);
        // An error only means the requester stopped waiting; nothing to do then.
        let _ = reply.send(total);
    });
    answer.await.expect("the rayon job ran to completion")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let upload: Vec<u8> = (0..1_000_000_u32).map(|i| (i % 251) as u8).collect();
    let copy = upload.clone();
    let (first, second) = tokio::join!(checksum_blocks(upload), checksum_blocks(copy));
    println!("checksum {first:#018x}");
    println!("same on both requests: {}", first == second);
}
