// The tests of exercise 1, shared by the starter (listing-01-10) and the
// solution (listing-01-11); each crate names itself `exercise` first.

use exercise::{WorkerFailed, run_all};
use std::thread;

#[test]
fn results_come_back_in_job_order() {
    let jobs: Vec<_> = (1..=5u64).map(|n| move || n * n).collect();
    assert_eq!(run_all(jobs), Ok(vec![1, 4, 9, 16, 25]));
}

#[test]
fn each_job_runs_on_its_own_named_thread() {
    let jobs: Vec<_> = (0..3)
        .map(|_| || thread::current().name().map(str::to_owned))
        .collect();
    let names = run_all(jobs).expect("no job panics");
    let expected: Vec<_> = (0..3).map(|i| Some(format!("worker-{i}"))).collect();
    assert_eq!(names, expected);
}

type Job = Box<dyn FnOnce() -> u32 + Send>;

#[test]
fn a_panic_becomes_an_error_that_names_the_worker() {
    let jobs: Vec<Job> = vec![
        Box::new(|| 1),
        Box::new(|| panic!("disk full")),
        Box::new(|| 3),
    ];
    let failure = WorkerFailed {
        worker: "worker-1".to_string(),
        message: "disk full".to_string(),
    };
    assert_eq!(run_all(jobs), Err(failure));
}

#[test]
fn a_formatted_panic_message_is_kept_and_the_first_failure_wins() {
    let jobs: Vec<Job> = vec![
        Box::new(|| 1),
        Box::new(|| {
            // A runtime value makes the payload a `String`, not a `&str`.
            let shard = std::hint::black_box(7);
            panic!("shard {shard} is corrupt")
        }),
        Box::new(|| panic!("too late to matter")),
    ];
    let failure = run_all(jobs).expect_err("two jobs panic");
    assert_eq!(failure.worker, "worker-1");
    assert_eq!(failure.message, "shard 7 is corrupt");
}

#[test]
fn no_jobs_means_no_results() {
    let jobs: Vec<fn() -> u8> = Vec::new();
    assert_eq!(run_all(jobs), Ok(Vec::new()));
}
