use rayon::prelude::*;

fn checksum(block: &[u8]) -> u64 {
    block.iter().map(|&byte| u64::from(byte)).sum()
}

fn main() {
    let blocks: Vec<Vec<u8>> = (0..64u8).map(|i| vec![i; 4096]).collect();

    let mut total = 0;
    blocks.par_iter().for_each(|block| {
        total += checksum(block);
    });
    println!("checksum of all blocks: {total}");
}
