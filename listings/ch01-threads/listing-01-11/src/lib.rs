use std::any::Any;
use std::thread;

/// A job that panicked: which worker ran it, and what the panic said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerFailed {
    pub worker: String,
    pub message: String,
}

/// Runs each job on its own thread, named `worker-0`, `worker-1`, …, and
/// returns the results in job order. If jobs panic, every thread is still
/// joined, and the first failure in job order is returned.
pub fn run_all<T, F>(jobs: Vec<F>) -> Result<Vec<T>, WorkerFailed>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    // Start every thread before joining any, so the jobs overlap.
    let mut handles = Vec::with_capacity(jobs.len());
    for (index, job) in jobs.into_iter().enumerate() {
        let worker = format!("worker-{index}");
        let handle = thread::Builder::new()
            .name(worker.clone())
            .spawn(job)
            .expect("the OS refused to start a thread");
        handles.push((worker, handle));
    }

    // Join all of them, even after a failure, so no thread outlives this call.
    let mut results = Vec::with_capacity(handles.len());
    let mut first_failure = None;
    for (worker, handle) in handles {
        match handle.join() {
            Ok(value) => results.push(value),
            Err(payload) => {
                first_failure.get_or_insert_with(|| WorkerFailed {
                    worker,
                    message: panic_message(payload.as_ref()),
                });
            }
        }
    }
    match first_failure {
        Some(failure) => Err(failure),
        None => Ok(results),
    }
}

/// A fixed message (`panic!("…")`, `Option::unwrap`) arrives as `&'static str`;
/// one formatted at run time (`Result::unwrap`, any `expect`) as a `String`.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "(the payload is not a string)".to_string()
    }
}
