use std::thread;

fn main() {
    let temperatures = vec![18, 21, 25, 19, 23, 30, 17, 22];

    let (highest, lowest) = thread::scope(|scope| {
        let highest = scope.spawn(|| temperatures.iter().max().copied());
        let lowest = temperatures.iter().min().copied();
        (highest.join().unwrap(), lowest)
    });

    println!("highest: {highest:?}, lowest: {lowest:?}");
    println!("still ours: {temperatures:?}");
}
