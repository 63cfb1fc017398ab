use std::thread;

fn load_readings() -> Vec<f64> {
    vec![18.5, 19.0, 21.5, 20.0]
}

fn main() {
    let readings = load_readings();

    let handle = thread::spawn(|| {
        let total: f64 = readings.iter().sum();
        total / readings.len() as f64
    });

    let average = handle.join().unwrap();
    println!("average: {average}");
}
