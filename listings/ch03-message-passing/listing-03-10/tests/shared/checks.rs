// The tests of the chapter 3 exercise, shared by the starter (listing-03-10)
// and the solution (listing-03-11); each crate names itself `exercise` first.

use exercise::map_in_pool;
use std::collections::HashSet;
use std::thread;
use std::time::Duration;

#[test]
fn results_come_back_in_job_order() {
    // The first jobs are the slowest, so the workers finish them last: a pool
    // that returns results in the order they arrive fails here.
    let jobs: Vec<u64> = (1..=12).collect();
    let squares = map_in_pool(3, jobs, |n| {
        thread::sleep(Duration::from_millis(2 * (12 - n)));
        n * n
    });
    let expected: Vec<u64> = (1..=12).map(|n| n * n).collect();
    assert_eq!(squares, expected);
}

#[test]
fn no_job_runs_on_the_calling_thread() {
    let caller = thread::current().id();
    let ran_on = map_in_pool(2, vec![(); 10], |()| thread::current().id());
    assert!(ran_on.iter().all(|id| *id != caller));
}

#[test]
fn at_most_the_requested_number_of_threads_do_the_work() {
    let ran_on = map_in_pool(2, vec![(); 50], |()| thread::current().id());
    let distinct: HashSet<_> = ran_on.into_iter().collect();
    assert!((1..=2).contains(&distinct.len()), "{distinct:?}");
}

#[test]
fn errors_come_back_as_values_in_their_place() {
    let inputs = vec!["7", "seven", "70"];
    let parsed = map_in_pool(2, inputs, |text| {
        text.parse::<u8>().map_err(|e| e.to_string())
    });
    assert_eq!(parsed[0], Ok(7));
    assert_eq!(parsed[1], Err("invalid digit found in string".to_string()));
    assert_eq!(parsed[2], Ok(70));
}

#[test]
fn no_jobs_means_no_results_and_no_hang() {
    let results: Vec<u8> = map_in_pool(4, Vec::<u8>::new(), |n| n);
    assert!(results.is_empty());
}

#[test]
#[should_panic(expected = "at least one worker")]
fn zero_workers_is_a_bug() {
    map_in_pool(0, vec![1], |n: i32| n);
}
