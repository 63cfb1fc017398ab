use std::rc::Rc;
use std::thread;

struct Readings(Rc<Vec<u32>>);

// SAFETY: the threads only read the vector.
unsafe impl Send for Readings {}

impl Readings {
    fn total(&self) -> u32 {
        self.0.iter().sum()
    }
}

fn main() {
    let readings = Rc::new(vec![18, 21, 25, 19]);
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let readings = Readings(Rc::clone(&readings));
            thread::spawn(move || readings.total())
        })
        .collect();
    for handle in handles {
        println!("total: {}", handle.join().unwrap());
    }
}
