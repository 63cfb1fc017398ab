use crossbeam_channel::unbounded;
use std::thread;

/// Runs `work` on every job using `workers` threads that all pull from one
/// shared job queue, and returns the results in the order of `jobs`.
///
/// # Panics
///
/// If `workers` is zero, or if `work` panics.
pub fn map_in_pool<J, R, F>(workers: usize, jobs: Vec<J>, work: F) -> Vec<R>
where
    J: Send + 'static,
    R: Send + 'static,
    F: Fn(J) -> R + Clone + Send + 'static,
{
    assert!(workers > 0, "a pool needs at least one worker");
    let job_count = jobs.len();
    let (job_tx, job_rx) = unbounded::<(usize, J)>();
    let (result_tx, result_rx) = unbounded::<(usize, R)>();

    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let jobs = job_rx.clone();
            let results = result_tx.clone();
            let work = work.clone();
            thread::spawn(move || {
                for (index, job) in jobs {
                    if results.send((index, work(job))).is_err() {
                        break;
                    }
                }
            })
        })
        .collect();
    // Only the workers may keep the channels open, or the result loop
    // below would wait forever.
    drop((job_rx, result_tx));

    for indexed_job in jobs.into_iter().enumerate() {
        if job_tx.send(indexed_job).is_err() {
            break; // every worker has panicked; `join` below reports it
        }
    }
    drop(job_tx);

    let mut slots: Vec<Option<R>> = (0..job_count).map(|_| None).collect();
    for (index, result) in result_rx {
        slots[index] = Some(result);
    }
    for handle in handles {
        if let Err(panic) = handle.join() {
            std::panic::resume_unwind(panic);
        }
    }
    slots
        .into_iter()
        .map(|slot| slot.expect("every job sent back a result"))
        .collect()
}
