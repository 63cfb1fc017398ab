use std::sync::{Barrier, Mutex};
use std::thread;

fn main() {
    let chunks = [vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9, 10]];
    let sums = Mutex::new(vec![0u32; chunks.len()]);
    let barrier = Barrier::new(chunks.len());
    let leaders = Mutex::new(0);

    let shares: Vec<String> = thread::scope(|s| {
        let handles: Vec<_> = chunks
            .iter()
            .enumerate()
            .map(|(i, chunk)| {
                let (sums, barrier, leaders) = (&sums, &barrier, &leaders);
                s.spawn(move || {
                    // Phase 1: each thread sums its own chunk.
                    sums.lock().unwrap()[i] = chunk.iter().sum();

                    // Nobody reads the sums until every thread has written one.
                    if barrier.wait().is_leader() {
                        *leaders.lock().unwrap() += 1;
                    }

                    // Phase 2: all the sums are in place now.
                    let sums = sums.lock().unwrap();
                    let total: u32 = sums.iter().sum();
                    format!("chunk {i}: {} of {total}", sums[i])
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    for line in &shares {
        println!("{line}");
    }
    println!("leaders: {}", leaders.lock().unwrap());
}
