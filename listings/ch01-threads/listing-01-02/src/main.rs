use std::thread;

fn main() {
    let readings = vec![18.5, 19.0, 21.5, 20.0];

    let handle = thread::spawn(move || {
        let total: f64 = readings.iter().sum();
        total / readings.len() as f64
    });

    println!("main is free to do other work here");
    let average = handle.join().expect("the averaging thread panicked");
    println!("average: {average}");
}
