// The tests of exercise 2, shared by the starter (listing-02-11) and the
// solution (listing-02-12); each crate names itself `exercise` first.

use exercise::update_in_parallel;
use std::collections::HashSet;
use std::sync::Mutex;
use std::thread::{self, ThreadId};

/// Doubles every number with `update_in_parallel` and returns the ids of the
/// threads that did the work. (The `Mutex` lets those threads share the set;
/// chapter 4 covers it.)
fn double_and_watch(numbers: &mut [u64], threads: usize) -> HashSet<ThreadId> {
    let workers = Mutex::new(HashSet::new());
    update_in_parallel(numbers, threads, |number| {
        workers.lock().unwrap().insert(thread::current().id());
        *number *= 2;
    });
    workers.into_inner().unwrap()
}

#[test]
fn every_element_is_updated_exactly_once() {
    let mut numbers: Vec<u64> = (1..=10).collect();
    double_and_watch(&mut numbers, 3);
    let doubled: Vec<u64> = (1..=10).map(|n| n * 2).collect();
    assert_eq!(numbers, doubled);
}

#[test]
fn the_calling_thread_does_none_of_the_updates() {
    let mut numbers = vec![1, 2, 3, 4];
    let workers = double_and_watch(&mut numbers, 2);
    assert!(!workers.is_empty());
    assert!(!workers.contains(&thread::current().id()));
}

#[test]
fn each_chunk_gets_a_thread_of_its_own() {
    let mut numbers: Vec<u64> = (1..=8).collect();
    let workers = double_and_watch(&mut numbers, 4);
    assert_eq!(workers.len(), 4);
}

#[test]
fn never_more_threads_than_asked_or_than_elements() {
    let mut numbers: Vec<u64> = (1..=10).collect();
    assert!(double_and_watch(&mut numbers, 3).len() <= 3);
    let mut few = vec![1, 2, 3];
    assert_eq!(double_and_watch(&mut few, 8).len(), 3);
    assert_eq!(few, [2, 4, 6]);
}

#[test]
fn zero_threads_counts_as_one_worker_thread() {
    let mut numbers = vec![5, 6, 7];
    let workers = double_and_watch(&mut numbers, 0);
    assert_eq!(numbers, [10, 12, 14]);
    assert_eq!(workers.len(), 1);
    assert!(!workers.contains(&thread::current().id()));
}

#[test]
fn an_empty_slice_starts_no_thread() {
    let mut numbers: Vec<u64> = Vec::new();
    assert!(double_and_watch(&mut numbers, 4).is_empty());
}

#[test]
fn items_need_not_be_copy() {
    let mut words: Vec<String> = ["scope", "spawn", "join"].map(String::from).to_vec();
    update_in_parallel(&mut words, 2, |word| word.push('!'));
    assert_eq!(words, ["scope!", "spawn!", "join!"]);
}
