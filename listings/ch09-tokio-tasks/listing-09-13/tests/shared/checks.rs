// The tests of exercise 9, shared by the starter (listing-09-13) and the
// solution (listing-09-14); each crate names itself `exercise` first. They run
// on Tokio's paused clock, so every duration below is virtual: exact, and free.

use exercise::{FetchFailed, fetch_all};
use std::time::Duration;
use tokio::time::{Instant, sleep};

fn millis(n: u64) -> Duration {
    Duration::from_millis(n)
}

async fn label_after_100ms(id: u32) -> String {
    sleep(millis(100)).await;
    format!("item-{id}")
}

#[tokio::test(start_paused = true)]
async fn results_come_back_in_the_order_of_ids() {
    // Larger ids answer sooner, so tasks finish in the reverse order.
    let slower_for_small_ids = |id: u32| async move {
        sleep(millis(u64::from(100 - id))).await;
        id * 10
    };
    let results = fetch_all(&[5, 3, 9, 1], 4, slower_for_small_ids).await;
    assert_eq!(results, Ok(vec![50, 30, 90, 10]));
}

#[tokio::test(start_paused = true)]
async fn tasks_overlap_up_to_the_limit_and_no_further() {
    let start = Instant::now();
    let results = fetch_all(&[1, 2, 3, 4, 5, 6], 3, label_after_100ms).await;
    assert_eq!(results.expect("no task panics").len(), 6);
    // Six 100 ms fetches, three at a time: two rounds. One at a time would
    // take 600 ms; all six at once, 100 ms.
    assert_eq!(start.elapsed(), millis(200));
}

#[tokio::test(start_paused = true)]
async fn every_fetch_runs_on_a_spawned_task() {
    let on_a_task = |_id: u32| async { tokio::task::try_id().is_some() };
    assert_eq!(fetch_all(&[1, 2], 2, on_a_task).await, Ok(vec![true, true]));
}

#[tokio::test(start_paused = true)]
async fn a_panicking_task_becomes_an_error_naming_its_id() {
    let flaky = |id: u32| async move {
        sleep(millis(10)).await;
        if id == 7 {
            panic!("upstream returned 503");
        }
        id
    };
    let failure = FetchFailed {
        id: 7,
        message: "upstream returned 503".to_string(),
    };
    assert_eq!(fetch_all(&[4, 7, 9], 2, flaky).await, Err(failure));
}

#[tokio::test(start_paused = true)]
async fn the_earliest_id_wins_and_formatted_messages_are_kept() {
    let two_failures = |id: u32| async move {
        // The later id in the list panics first.
        sleep(millis(if id == 2 { 50 } else { 10 })).await;
        if id > 1 {
            panic!("shard {id} is corrupt");
        }
        id
    };
    let failure = fetch_all(&[1, 2, 3], 3, two_failures)
        .await
        .expect_err("two tasks panic");
    assert_eq!(failure.id, 2);
    assert_eq!(failure.message, "shard 2 is corrupt");
}

#[tokio::test(start_paused = true)]
async fn no_ids_means_no_results() {
    assert_eq!(fetch_all(&[], 3, label_after_100ms).await, Ok(Vec::new()));
}
