use std::future::Future;

/// The task fetching `id` panicked, and this is what the panic said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchFailed {
    pub id: u32,
    pub message: String,
}

/// Fetches every id on its own Tokio task, with at most `max_in_flight`
/// tasks running at once (a limit of 0 counts as 1), and returns the results
/// in the order of `ids`.
/// Every task runs to the end even if some panic; then the failure of the
/// earliest id in `ids` is returned.
pub async fn fetch_all<F, Fut, T>(
    ids: &[u32],
    max_in_flight: usize,
    fetch: F,
) -> Result<Vec<T>, FetchFailed>
where
    F: Fn(u32) -> Fut,
    Fut: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    // TODO: this awaits each fetch in turn, inside the caller's task, so
    // nothing overlaps and a panic tears down the caller. Spawn one task per
    // id on a `JoinSet`, keep at most `max_in_flight` of them running, and
    // turn a panicking task into `FetchFailed`.
    let _ = max_in_flight;
    let mut results = Vec::with_capacity(ids.len());
    for &id in ids {
        results.push(fetch(id).await);
    }
    Ok(results)
}
