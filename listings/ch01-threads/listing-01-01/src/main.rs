use std::thread;

fn main() {
    let readings = vec![18.5, 19.0, 21.5, 20.0];

    let handle = thread::spawn(|| {
        let total: f64 = readings.iter().sum();
        total / readings.len() as f64
    });

    let average = handle.join().unwrap();
    println!("average: {average}");
}
