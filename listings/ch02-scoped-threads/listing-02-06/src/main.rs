use std::thread;

fn average(readings: &[i32]) -> i32 {
    let count = i32::try_from(readings.len()).expect("too many readings");
    readings.iter().sum::<i32>() / count
}

fn main() {
    let sensors = [vec![18, 21, 25], vec![], vec![23, 30]];
    let mut averages = vec![0; sensors.len()];

    thread::scope(|scope| {
        for (readings, slot) in sensors.iter().zip(&mut averages) {
            scope.spawn(move || *slot = average(readings));
        }
    });

    println!("averages: {averages:?}");
}
