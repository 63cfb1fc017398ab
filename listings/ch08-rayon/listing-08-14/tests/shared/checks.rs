// The tests of exercise 8, shared by the starter (listing-08-14) and the
// solution (listing-08-15); each crate names itself `exercise` first.

use exercise::{Invalid, first_invalid};
use rayon::ThreadPoolBuilder;
use std::collections::BTreeSet;
use std::sync::{Condvar, Mutex};
use std::time::Duration;

const RECORDS: usize = 64;
const LAST: usize = RECORDS - 1;

/// Makes the check of record 0 wait until record `LAST` has been checked.
/// Sequential code cannot get past the wait, so it times out instead.
#[derive(Default)]
struct Rendezvous {
    last_checked: Mutex<bool>,
    signal: Condvar,
}

impl Rendezvous {
    /// Returns `false` only for record 0, and only if it waited in vain.
    fn arrive(&self, index: usize) -> bool {
        let mut last_checked = self.last_checked.lock().unwrap();
        match index {
            0 => {
                let timeout = Duration::from_secs(1);
                let wait = self
                    .signal
                    .wait_timeout_while(last_checked, timeout, |done| !*done);
                *wait.unwrap().0
            }
            LAST => {
                *last_checked = true;
                self.signal.notify_all();
                true
            }
            _ => true,
        }
    }
}

fn two_workers() -> rayon::ThreadPool {
    ThreadPoolBuilder::new().num_threads(2).build().unwrap()
}

#[test]
fn every_record_valid_means_none() {
    let records: Vec<u32> = (0..100).collect();
    let result = two_workers().install(|| first_invalid(&records, |_| Ok(())));
    assert_eq!(result, None);
}

#[test]
fn the_checks_run_on_both_workers_of_the_pool() {
    let records: Vec<usize> = (0..RECORDS).collect();
    let rendezvous = Rendezvous::default();
    let workers = Mutex::new(BTreeSet::new());
    let result = two_workers().install(|| {
        first_invalid(&records, |&index| {
            workers
                .lock()
                .unwrap()
                .insert(rayon::current_thread_index());
            match rendezvous.arrive(index) {
                true => Ok(()),
                false => Err("record 0 waited in vain for the last record".into()),
            }
        })
    });
    assert_eq!(result, None, "the records were checked one after another");
    assert_eq!(workers.into_inner().unwrap().len(), 2);
}

#[test]
fn the_lowest_index_wins_even_when_a_later_failure_is_found_first() {
    let records: Vec<usize> = (0..RECORDS).collect();
    let rendezvous = Rendezvous::default();
    let result = two_workers().install(|| {
        first_invalid(&records, |&index| {
            // Record 0 is valid, but its check cannot finish before `LAST` is checked.
            if !rendezvous.arrive(index) {
                return Err("record 0 waited in vain for the last record".into());
            }
            match index {
                1 | 17 | LAST => Err(format!("bad record {index}")),
                _ => Ok(()),
            }
        })
    });
    let expected = Invalid {
        index: 1,
        reason: "bad record 1".into(),
    };
    assert_eq!(result, Some(expected));
}

#[test]
fn reports_the_position_and_the_reason() {
    let ports = ["8080", "443", "http", "22", "", "65536"];
    let check = |text: &&str| text.parse::<u16>().map(drop).map_err(|e| e.to_string());
    let result = two_workers().install(|| first_invalid(&ports, check));
    let expected = Invalid {
        index: 2,
        reason: "invalid digit found in string".into(),
    };
    assert_eq!(result, Some(expected));
}
