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
    // TODO: this runs every job on the calling thread, one after another.
    // Give each job a thread named `worker-N`, start them all, then join them
    // in order and turn a panic into `WorkerFailed`.
    Ok(jobs.into_iter().map(|job| job()).collect())
}
