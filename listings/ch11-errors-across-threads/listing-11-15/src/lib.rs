use std::any::Any;
use std::collections::HashMap;
use std::error::Error;
use std::pin::Pin;
use std::time::Duration;
use thiserror::Error;
use tokio::task::{Id, JoinError, JoinSet};

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
    let total = jobs.len();
    let mut set = JoinSet::new();
    let mut index_of = HashMap::new();
    for (index, job) in jobs.into_iter().enumerate() {
        index_of.insert(set.spawn(job).id(), index);
    }

    let mut outcomes: Vec<Option<Result<T, JobError>>> = (0..total).map(|_| None).collect();
    // `join_next_with_id` is cancel safe: the timeout loses no finished job.
    let within_limit = drain(&mut set, &index_of, &mut outcomes);
    let _ = tokio::time::timeout(time_limit, within_limit).await;
    set.abort_all();
    drain(&mut set, &index_of, &mut outcomes).await;

    let mut values = Vec::with_capacity(total);
    let mut failures = Vec::new();
    for outcome in outcomes.into_iter().flatten() {
        match outcome {
            Ok(value) => values.push(value),
            Err(failure) => failures.push(failure),
        }
    }
    if failures.is_empty() {
        Ok(values)
    } else {
        Err(JobReport { total, failures })
    }
}

/// Joins tasks until the set is empty, storing each outcome at its job's index.
async fn drain<T: 'static>(
    set: &mut JoinSet<Result<T, BoxError>>,
    index_of: &HashMap<Id, usize>,
    outcomes: &mut [Option<Result<T, JobError>>],
) {
    while let Some(joined) = set.join_next_with_id().await {
        let (index, outcome) = match joined {
            Ok((id, result)) => {
                let index = index_of[&id];
                (
                    index,
                    result.map_err(|source| JobError::Failed { index, source }),
                )
            }
            Err(join_error) => {
                let index = index_of[&join_error.id()];
                (index, Err(from_join_error(index, join_error)))
            }
        };
        outcomes[index] = Some(outcome);
    }
}

fn from_join_error(index: usize, join_error: JoinError) -> JobError {
    match join_error.try_into_panic() {
        Ok(payload) => JobError::Panicked {
            index,
            message: panic_message(payload.as_ref()),
        },
        Err(_cancelled) => JobError::Cancelled { index },
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "(the payload is not a string)".to_string()
    }
}
