// The tests of exercise 11, shared by the starter (listing-11-14) and the
// solution (listing-11-15); each crate names itself `exercise` first.

use exercise::{BoxError, Job, JobError, JobReport, run_jobs};
use std::error::Error;
use std::time::Duration;
use tokio::time::sleep;

const LIMIT: Duration = Duration::from_secs(1);

/// A job that takes `millis` of (paused) Tokio time, then returns `outcome`.
fn job<T: Send + 'static>(millis: u64, outcome: Result<T, &'static str>) -> Job<T> {
    Box::pin(async move {
        sleep(Duration::from_millis(millis)).await;
        outcome.map_err(BoxError::from)
    })
}

fn describe(report: &JobReport) -> Vec<String> {
    report.failures.iter().map(ToString::to_string).collect()
}

#[tokio::test(start_paused = true)]
async fn values_come_back_in_input_order_not_completion_order() {
    let jobs = vec![job(30, Ok(1)), job(20, Ok(2)), job(10, Ok(3))];
    assert_eq!(run_jobs(jobs, LIMIT).await.expect("no job fails"), [1, 2, 3]);
}

#[tokio::test(start_paused = true)]
async fn every_failure_is_reported_in_input_order() {
    let jobs = vec![job(30, Err("disk full")), job(20, Ok(2)), job(10, Err("timeout"))];
    let report = run_jobs(jobs, LIMIT).await.expect_err("two jobs fail");
    assert_eq!(report.total, 3);
    assert_eq!(describe(&report), ["job 0 failed", "job 2 failed"]);
    let causes: Vec<String> = report
        .failures
        .iter()
        .map(|failure| failure.source().expect("a failure has a source").to_string())
        .collect();
    assert_eq!(causes, ["disk full", "timeout"]);
}

#[tokio::test(start_paused = true)]
async fn a_panic_becomes_an_error_that_keeps_its_message() {
    let disk = std::hint::black_box(2);
    let jobs: Vec<Job<u32>> = vec![
        job(10, Ok(1)),
        Box::pin(async move { panic!("disk {disk} is full") }),
        Box::pin(async { panic!("index out of sync") }),
    ];
    let report = run_jobs(jobs, LIMIT).await.expect_err("two jobs panic");
    assert_eq!(
        describe(&report),
        ["job 1 panicked: disk 2 is full", "job 2 panicked: index out of sync"]
    );
    assert!(matches!(report.failures[0], JobError::Panicked { index: 1, .. }));
}

#[tokio::test(start_paused = true)]
async fn jobs_still_running_at_the_time_limit_are_cancelled() {
    let jobs = vec![job(10, Ok(1)), job(3_600_000, Ok(2)), job(20, Err("bad input"))];
    let report = run_jobs(jobs, LIMIT).await.expect_err("one job is too slow");
    assert!(matches!(report.failures[0], JobError::Cancelled { index: 1 }));
    assert_eq!(
        describe(&report),
        ["job 1 was cancelled at the time limit", "job 2 failed"]
    );
}

#[tokio::test(start_paused = true)]
async fn the_report_counts_the_failures() {
    let jobs = vec![job(10, Ok(1)), job(10, Err("bad input"))];
    let report = run_jobs(jobs, LIMIT).await.expect_err("one job fails");
    assert_eq!(report.to_string(), "1 of 2 jobs failed");
}

#[tokio::test(start_paused = true)]
async fn no_jobs_means_no_values() {
    let jobs: Vec<Job<u8>> = Vec::new();
    assert_eq!(run_jobs(jobs, LIMIT).await.expect("nothing can fail"), []);
}

#[test]
fn the_report_can_cross_threads_as_a_boxed_error() {
    fn assert_sendable_error<E: Error + Send + Sync + 'static>() {}
    assert_sendable_error::<JobReport>();
    assert_sendable_error::<JobError>();
}
