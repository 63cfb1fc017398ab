use std::thread;

fn average(readings: &[i32]) -> i32 {
    let count = i32::try_from(readings.len()).expect("too many readings");
    readings.iter().sum::<i32>() / count
}

fn main() {
    let sensors = [vec![18, 21, 25], vec![23, 30]];

    let averages: Vec<i32> = thread::scope(|scope| {
        let handles: Vec<_> = sensors
            .iter()
            .map(|readings| {
                scope.spawn(|| {
                    println!("averaging {readings:?}");
                    average(readings)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap())
            .collect()
    });

    println!("averages: {averages:?}");
}
