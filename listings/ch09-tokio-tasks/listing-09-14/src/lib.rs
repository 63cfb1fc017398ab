use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use tokio::task::{Id, JoinError, JoinSet};

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
    let mut set = JoinSet::new();
    let mut outcomes = Outcomes {
        position_of: HashMap::new(),
        values: ids.iter().map(|_| None).collect(),
        panics: BTreeMap::new(),
    };
    for (position, &id) in ids.iter().enumerate() {
        if set.len() >= max_in_flight.max(1)
            && let Some(joined) = set.join_next_with_id().await
        {
            outcomes.record(joined);
        }
        let task = set.spawn(fetch(id));
        outcomes.position_of.insert(task.id(), position);
    }
    while let Some(joined) = set.join_next_with_id().await {
        outcomes.record(joined);
    }

    if let Some((position, message)) = outcomes.panics.into_iter().next() {
        let id = ids[position];
        return Err(FetchFailed { id, message });
    }
    let values = outcomes.values.into_iter();
    Ok(values.map(|v| v.expect("every task finished")).collect())
}

struct Outcomes<T> {
    position_of: HashMap<Id, usize>,
    values: Vec<Option<T>>,
    panics: BTreeMap<usize, String>,
}

impl<T> Outcomes<T> {
    fn record(&mut self, joined: Result<(Id, T), JoinError>) {
        match joined {
            Ok((task, value)) => self.values[self.position_of[&task]] = Some(value),
            Err(error) => {
                let position = self.position_of[&error.id()];
                self.panics.insert(position, panic_message(error));
            }
        }
    }
}

fn panic_message(error: JoinError) -> String {
    if !error.is_panic() {
        return error.to_string(); // cancelled: the runtime is shutting down
    }
    let payload: Box<dyn Any + Send> = error.into_panic();
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "(the payload is not a string)".to_string()
    }
}
