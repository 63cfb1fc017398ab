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
    // TODO: this runs every job on the calling thread. Start `workers`
    // threads that share one `crossbeam_channel` job queue, send each job
    // with its index, hang up, and put the results back in job order.
    jobs.into_iter().map(work).collect()
}
