use std::thread;

fn average(readings: &[i32]) -> i32 {
    let count = i32::try_from(readings.len()).expect("too many readings");
    readings.iter().sum::<i32>() / count
}

fn main() {
    let sensors = [vec![18, 21, 25], vec![], vec![23, 30]];

    let averages: Vec<Option<i32>> = thread::scope(|scope| {
        let handles: Vec<_> = sensors
            .iter()
            .map(|readings| scope.spawn(|| average(readings)))
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().ok())
            .collect()
    });

    for (sensor, average) in averages.iter().enumerate() {
        match average {
            Some(value) => println!("sensor {sensor}: {value}"),
            None => println!("sensor {sensor}: no average (its thread panicked)"),
        }
    }
}
