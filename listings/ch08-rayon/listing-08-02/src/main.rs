use rayon::prelude::*;

fn checksum(block: &[u8]) -> u64 {
    block.iter().map(|&byte| u64::from(byte)).sum()
}

fn main() {
    let blocks: Vec<Vec<u8>> = (0..64u8).map(|i| vec![i; 4096]).collect();

    let total: u64 = blocks.par_iter().map(|block| checksum(block)).sum();

    let sequential: u64 = blocks.iter().map(|block| checksum(block)).sum();
    assert_eq!(total, sequential);
    println!("checksum of all blocks: {total}");
}
