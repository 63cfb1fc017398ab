use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (jobs, mut queue) = mpsc::channel::<u32>(2);
    let worker = tokio::spawn(async move {
        let mut done = 0;
        while let Some(_job) = queue.recv().await {
            tokio::time::sleep(Duration::from_millis(100)).await; // slow work
            done += 1;
        }
        done
    });

    for job in 1..=6 {
        jobs.send(job).await.expect("the worker is running");
        println!("t={:>3} ms  job {job} queued", start.elapsed().as_millis());
    }
    drop(jobs); // no more jobs: the worker's `recv` returns `None` once the queue is empty
    let done = worker.await.unwrap();
    println!("t={:>3} ms  {done} jobs done", start.elapsed().as_millis());
}
