use crossbeam_channel::{never, select, unbounded};
use std::thread;

fn main() {
    let (reading_tx, mut readings) = unbounded::<f64>();
    let (alarm_tx, mut alarms) = unbounded::<String>();

    let sensor = thread::spawn(move || {
        for celsius in [20.5, 21.0, 22.5, 24.0] {
            reading_tx.send(celsius).unwrap();
        }
    });
    let watchdog = thread::spawn(move || {
        alarm_tx.send("fan 2 stopped".to_string()).unwrap();
    });

    let mut total = 0.0;
    let mut count = 0_u32;
    let mut alarm_log = Vec::new();
    let mut open = 2;
    while open > 0 {
        select! {
            recv(readings) -> message => match message {
                Ok(celsius) => {
                    total += celsius;
                    count += 1;
                }
                // A closed channel is always ready; swap in one that never is.
                Err(_) => {
                    readings = never();
                    open -= 1;
                }
            },
            recv(alarms) -> message => match message {
                Ok(alarm) => alarm_log.push(alarm),
                Err(_) => {
                    alarms = never();
                    open -= 1;
                }
            },
        }
    }

    sensor.join().unwrap();
    watchdog.join().unwrap();
    println!("{count} readings, mean {:.1} °C", total / f64::from(count));
    println!("alarms: {alarm_log:?}");
}
