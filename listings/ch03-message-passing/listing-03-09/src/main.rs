use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;

/// Stage 1: emits raw lines, and stops early if the next stage hangs up.
fn read_lines(lines: Vec<String>, out: SyncSender<String>) {
    for line in lines {
        if out.send(line).is_err() {
            return;
        }
    }
}

/// Stage 2: turns each line into a reading, or into an error that says why
/// not. Errors travel downstream as values; they do not stop the pipeline.
fn parse(input: Receiver<String>, out: SyncSender<Result<f64, String>>) {
    for (number, line) in input.iter().enumerate() {
        let parsed = line
            .trim()
            .parse::<f64>()
            .map_err(|e| format!("line {}: {line:?}: {e}", number + 1));
        if out.send(parsed).is_err() {
            return;
        }
    }
}

fn main() {
    let raw: Vec<String> = ["21.5", "22.0", "hot", "23.5", "", "24.0"]
        .map(String::from)
        .to_vec();

    let (line_tx, line_rx) = sync_channel(8);
    let (reading_tx, reading_rx) = sync_channel(8);
    let reader = thread::spawn(move || read_lines(raw, line_tx));
    let parser = thread::spawn(move || parse(line_rx, reading_tx));

    // Stage 3 runs on `main`: it ends when the parser drops `reading_tx`,
    // which happens after the reader dropped `line_tx`.
    let mut readings = Vec::new();
    let mut errors = Vec::new();
    for result in reading_rx {
        match result {
            Ok(celsius) => readings.push(celsius),
            Err(error) => errors.push(error),
        }
    }
    reader.join().unwrap();
    parser.join().unwrap();

    let mean = readings.iter().sum::<f64>() / readings.len() as f64;
    println!("{} readings, mean {mean:.2} °C", readings.len());
    for error in errors {
        println!("skipped {error}");
    }
}
