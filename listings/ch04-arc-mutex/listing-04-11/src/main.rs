use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread;

type Job = Box<dyn FnOnce() -> String + Send>;

fn worker(jobs: Arc<Mutex<Receiver<Job>>>, results: mpsc::Sender<String>) {
    loop {
        // `let` ends the statement, so the lock is released before the job runs.
        let next = jobs.lock().unwrap().recv();
        match next {
            Ok(job) => results.send(job()).unwrap(),
            Err(_) => break, // every sender is gone: no more work
        }
    }
}

fn main() {
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (result_tx, result_rx) = mpsc::channel();

    let workers: Vec<_> = (0..3)
        .map(|_| {
            let jobs = Arc::clone(&job_rx);
            let results = result_tx.clone();
            thread::spawn(move || worker(jobs, results))
        })
        .collect();
    drop(result_tx);

    for n in 1..=6_u64 {
        job_tx
            .send(Box::new(move || format!("{n} squared is {}", n * n)))
            .unwrap();
    }
    drop(job_tx);

    let mut results: Vec<String> = result_rx.iter().collect();
    results.sort();
    for handle in workers {
        handle.join().unwrap();
    }
    for line in results {
        println!("{line}");
    }
}
