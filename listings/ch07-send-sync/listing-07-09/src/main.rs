use std::sync::mpsc;
use std::thread::{self, JoinHandle};

type Job = Box<dyn FnOnce() -> String + Send + 'static>;

/// One background thread that runs submitted jobs in submission order.
struct Background {
    jobs: mpsc::Sender<Job>,
    worker: JoinHandle<Vec<String>>,
}

impl Background {
    fn start() -> Self {
        let (jobs, queue) = mpsc::channel::<Job>();
        let worker = thread::spawn(move || queue.into_iter().map(|job| job()).collect());
        Background { jobs, worker }
    }

    /// The job runs later, on the worker thread: so it must own what it
    /// uses (`'static`) and be allowed to move there (`Send`).
    fn submit<F>(&self, job: F)
    where
        F: FnOnce() -> String + Send + 'static,
    {
        self.jobs
            .send(Box::new(job))
            .expect("the worker outlives `self`");
    }

    fn finish(self) -> Vec<String> {
        drop(self.jobs); // hang up, so the worker's loop ends
        self.worker.join().expect("a job panicked")
    }
}

fn main() {
    let background = Background::start();

    let user = String::from("ada");
    background.submit(move || format!("welcome mail sent to {user}"));
    background.submit(|| "search index rebuilt".to_string());

    for line in background.finish() {
        println!("{line}");
    }
}
