use std::thread;

fn to_fahrenheit(celsius: &mut [i32]) {
    for degrees in celsius {
        *degrees = *degrees * 9 / 5 + 32;
    }
}

fn main() {
    let mut temperatures = vec![18, 21, 25, 19, 23, 30, 17, 22];
    let half = temperatures.len() / 2;

    thread::scope(|scope| {
        let (first, second) = temperatures.split_at_mut(half);
        scope.spawn(move || to_fahrenheit(first));
        scope.spawn(move || to_fahrenheit(second));
    });

    println!("{temperatures:?}");
}
