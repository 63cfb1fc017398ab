use std::collections::BTreeMap;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio_util::sync::CancellationToken;

/// How long writing one `Set` to disk takes.
pub const PERSIST_TIME: Duration = Duration::from_millis(10);

pub enum Command {
    Set {
        key: String,
        value: String,
    },
    Get {
        key: String,
        reply: oneshot::Sender<Option<String>>,
    },
}

async fn apply(store: &mut BTreeMap<String, String>, command: Command) {
    match command {
        Command::Set { key, value } => {
            tokio::time::sleep(PERSIST_TIME).await; // write-ahead log first
            store.insert(key, value);
        }
        Command::Get { key, reply } => {
            let _ = reply.send(store.get(&key).cloned());
        }
    }
}

/// Serves commands until every sender is gone or `shutdown` is cancelled,
/// and returns what the store holds at the end.
pub async fn run_store(
    mut commands: mpsc::Receiver<Command>,
    shutdown: CancellationToken,
) -> BTreeMap<String, String> {
    let mut store = BTreeMap::new();
    loop {
        tokio::select! {
            biased;
            // TODO: stopping here loses every command still in the queue, and
            // drops the reply senders of queued `Get`s.
            _ = shutdown.cancelled() => return store,
            command = commands.recv() => match command {
                Some(command) => apply(&mut store, command).await,
                None => return store,
            },
        }
    }
}
