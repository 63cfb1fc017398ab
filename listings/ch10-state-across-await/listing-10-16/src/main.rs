use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio::time::sleep;
use tokio_util::sync::CancellationToken;

type Log = Arc<Mutex<Vec<String>>>;

async fn process(name: &str, job: u32, token: &CancellationToken, log: &Log) {
    sleep(Duration::from_millis(10)).await;
    let cancelled = token.is_cancelled();
    let line = format!("{name}: job {job} done (cancelled: {cancelled})");
    log.lock().unwrap().push(line);
}

async fn worker(name: &str, mut jobs: mpsc::Receiver<u32>, token: CancellationToken, log: Log) {
    loop {
        tokio::select! {
            biased;
            _ = token.cancelled() => break,
            job = jobs.recv() => match job {
                Some(job) => process(name, job, &token, &log).await, // not raced: runs to the end
                None => break,
            },
        }
    }
    jobs.close(); // refuse new jobs, but finish the ones already queued
    while let Some(job) = jobs.recv().await {
        process(name, job, &token, &log).await;
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (token, log) = (CancellationToken::new(), Log::default());
    let mut workers = JoinSet::new();
    for name in ["worker-a", "worker-b"] {
        let (jobs, queue) = mpsc::channel(8);
        for job in 1..=3 {
            jobs.send(job).await.unwrap();
        }
        workers.spawn(worker(name, queue, token.clone(), Arc::clone(&log)));
    }
    sleep(Duration::from_millis(15)).await; // both workers are in the middle of job 2
    token.cancel();
    workers.join_all().await;
    let mut lines = log.lock().unwrap().clone();
    lines.sort();
    println!("{}", lines.join("\n"));
}
