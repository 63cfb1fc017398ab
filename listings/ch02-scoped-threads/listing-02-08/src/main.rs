use std::thread;

fn main() {
    let temperatures = vec![18, 21, 25, 19, 23, 30, 17, 22];

    let highest = thread::spawn(move || temperatures.iter().max().copied());
    let lowest = temperatures.iter().min().copied();
    // Joined right here, long before `temperatures` is dropped.
    let highest = highest.join().unwrap();

    println!("highest: {highest:?}, lowest: {lowest:?}");
}
