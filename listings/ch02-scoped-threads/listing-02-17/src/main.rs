use std::thread;

fn main() {
    let samples: Vec<u32> = (1..=12).collect();
    let workers = 3;
    let chunk_len = samples.len() / workers;

    let sums: Vec<u32> = thread::scope(|scope| {
        let mut handles = Vec::new();
        for worker in 0..workers {
            handles.push(scope.spawn(|| {
                let mine = &samples[worker * chunk_len..(worker + 1) * chunk_len];
                mine.iter().sum::<u32>()
            }));
        }
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    println!("sums: {sums:?}");
}
