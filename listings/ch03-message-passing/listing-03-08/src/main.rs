use crossbeam_channel::{bounded, unbounded};
use std::thread;

/// One unit of work: its position in the input, and the text to parse.
type Job = (usize, String);
/// What comes back: the same position, and the square or why there is none.
type Outcome = (usize, Result<u64, String>);

fn square(input: &str) -> Result<u64, String> {
    let number: u64 = input.parse().map_err(|e| format!("{input:?}: {e}"))?;
    number
        .checked_mul(number)
        .ok_or_else(|| format!("{input:?}: square overflows u64"))
}

fn main() {
    let inputs = ["4", "9", "x", "16", "-1", "25", "5000000000"];

    // A small job queue: the feeder waits when the workers fall behind.
    let (job_tx, job_rx) = bounded::<Job>(2);
    let (outcome_tx, outcome_rx) = unbounded::<Outcome>();

    let workers: Vec<_> = (0..3)
        .map(|_| {
            let jobs = job_rx.clone(); // MPMC: every worker pulls from one queue
            let outcomes = outcome_tx.clone();
            thread::spawn(move || {
                for (index, input) in jobs {
                    if outcomes.send((index, square(&input))).is_err() {
                        break; // nobody is listening any more
                    }
                }
            })
        })
        .collect();
    drop(outcome_tx); // keep only the workers' senders

    for (index, input) in inputs.iter().enumerate() {
        job_tx.send((index, input.to_string())).unwrap();
    }
    drop(job_tx); // hang up: each worker's loop ends once the queue is empty

    let mut outcomes: Vec<Outcome> = outcome_rx.iter().collect();
    outcomes.sort_by_key(|(index, _)| *index);
    for worker in workers {
        worker.join().unwrap();
    }

    for (index, outcome) in outcomes {
        match outcome {
            Ok(square) => println!("job {index}: {square}"),
            Err(reason) => println!("job {index}: error: {reason}"),
        }
    }
}
