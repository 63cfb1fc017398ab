use std::thread;

static STATION: &str = "north-station";

struct Reading {
    celsius: f64,
}

impl Reading {
    fn describe(&self) -> String {
        format!("{:.1} °C", self.celsius)
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        println!("reading dropped on {:?}", thread::current().name());
    }
}

fn main() {
    // Owns everything it holds, so `Reading: 'static`, yet it will not live forever.
    let reading = Reading { celsius: 21.5 };
    // A string literal is baked into the binary: a genuine `&'static str`.
    let source: &'static str = "sensor 7";

    let handle = thread::spawn(move || format!("{STATION}, {source}: {}", reading.describe()));

    let report = handle.join().expect("the reporting thread panicked");
    println!("{report}");
}
