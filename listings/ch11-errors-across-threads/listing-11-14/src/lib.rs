use std::error::Error;
use std::pin::Pin;
use std::time::Duration;
use thiserror::Error;
use tokio::task::JoinSet;

pub type BoxError = Box<dyn Error + Send + Sync + 'static>;
/// One unit of work: a `Send` future that yields a value or a boxed error.
pub type Job<T> = Pin<Box<dyn Future<Output = Result<T, BoxError>> + Send>>;

/// Why one job produced no value. `index` is the job's position in the input.
#[derive(Debug, Error)]
pub enum JobError {
    #[error("job {index} failed")]
    Failed {
        index: usize,
        #[source]
        source: BoxError,
    },
    #[error("job {index} panicked: {message}")]
    Panicked { index: usize, message: String },
    #[error("job {index} was cancelled at the time limit")]
    Cancelled { index: usize },
}

/// Every job that produced no value, in input order.
#[derive(Debug, Error)]
#[error("{} of {total} jobs failed", .failures.len())]
pub struct JobReport {
    pub total: usize,
    pub failures: Vec<JobError>,
}

/// Runs every job as a Tokio task. Returns all values in input order, or a
/// report of every failure in input order. Jobs still running after
/// `time_limit` are aborted and reported as cancelled.
pub async fn run_jobs<T: Send + 'static>(
    jobs: Vec<Job<T>>,
    time_limit: Duration,
) -> Result<Vec<T>, JobReport> {
    let _ = time_limit; // TODO: abort the jobs still running at the time limit.
    let total = jobs.len();
    let mut set = JoinSet::new();
    for (index, job) in jobs.into_iter().enumerate() {
        set.spawn(async move { (index, job.await) });
    }

    // TODO: this keeps completion order, not input order.
    let mut values = Vec::new();
    let mut failures = Vec::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((_, Ok(value))) => values.push(value),
            Ok((index, Err(source))) => failures.push(JobError::Failed { index, source }),
            // TODO: a panic or a cancellation lands here, and its index is lost.
            Err(_) => {}
        }
    }
    if failures.is_empty() {
        Ok(values)
    } else {
        Err(JobReport { total, failures })
    }
}
