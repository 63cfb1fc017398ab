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
        scope.spawn(|| to_fahrenheit(&mut temperatures[..half]));
        scope.spawn(|| to_fahrenheit(&mut temperatures[half..]));
    });

    println!("{temperatures:?}");
}
