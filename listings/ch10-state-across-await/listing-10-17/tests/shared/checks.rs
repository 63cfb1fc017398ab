// The tests of exercise 10, shared by the starter (listing-10-17) and the
// solution (listing-10-18); each crate names itself `exercise` first.

use exercise::{Command, PERSIST_TIME, run_store};
use std::collections::BTreeMap;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

fn set(key: &str, value: &str) -> Command {
    Command::Set {
        key: key.to_owned(),
        value: value.to_owned(),
    }
}

fn get(key: &str) -> (Command, oneshot::Receiver<Option<String>>) {
    let (reply, answer) = oneshot::channel();
    (
        Command::Get {
            key: key.to_owned(),
            reply,
        },
        answer,
    )
}

fn contents(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test(start_paused = true)]
async fn a_get_sees_an_earlier_set() {
    let (commands, inbox) = mpsc::channel(8);
    let store = tokio::spawn(run_store(inbox, CancellationToken::new()));
    commands.send(set("port", "8080")).await.unwrap();
    let (request, answer) = get("port");
    commands.send(request).await.unwrap();
    assert_eq!(answer.await.unwrap().as_deref(), Some("8080"));
    let (request, answer) = get("user");
    commands.send(request).await.unwrap();
    assert_eq!(answer.await.unwrap(), None);
    drop(commands);
    assert_eq!(store.await.unwrap(), contents(&[("port", "8080")]));
}

#[tokio::test(start_paused = true)]
async fn sets_queued_before_the_cancel_are_still_applied() {
    let (commands, inbox) = mpsc::channel(8);
    for (key, value) in [("a", "1"), ("b", "2"), ("c", "3")] {
        commands.send(set(key, value)).await.unwrap();
    }
    let shutdown = CancellationToken::new();
    shutdown.cancel();
    let start = Instant::now();
    let store = run_store(inbox, shutdown).await;
    assert_eq!(store, contents(&[("a", "1"), ("b", "2"), ("c", "3")]));
    assert_eq!(
        start.elapsed(),
        3 * PERSIST_TIME,
        "each set is persisted once"
    );
}

#[tokio::test(start_paused = true)]
async fn a_get_queued_before_the_cancel_is_answered() {
    let (commands, inbox) = mpsc::channel(8);
    commands.send(set("port", "8080")).await.unwrap();
    let (request, answer) = get("port");
    commands.send(request).await.unwrap();
    let shutdown = CancellationToken::new();
    shutdown.cancel();
    let store = tokio::spawn(run_store(inbox, shutdown));
    let reply = answer.await.expect("the store must not drop a queued Get");
    assert_eq!(reply.as_deref(), Some("8080"));
    store.await.unwrap();
}

#[tokio::test(start_paused = true)]
async fn a_command_sent_after_the_cancel_is_refused() {
    let (commands, inbox) = mpsc::channel(8);
    for (key, value) in [("a", "1"), ("b", "2")] {
        commands.send(set(key, value)).await.unwrap();
    }
    let shutdown = CancellationToken::new();
    shutdown.cancel();
    let store = tokio::spawn(run_store(inbox, shutdown));
    tokio::time::sleep(PERSIST_TIME / 2).await; // the store is persisting "a"
    assert!(
        commands.send(set("late", "x")).await.is_err(),
        "after the cancel, the store must refuse new commands"
    );
    assert_eq!(store.await.unwrap(), contents(&[("a", "1"), ("b", "2")]));
}

#[tokio::test(start_paused = true)]
async fn an_in_flight_set_finishes_and_shutdown_ends_the_store() {
    let (commands, inbox) = mpsc::channel(8);
    let shutdown = CancellationToken::new();
    let start = Instant::now();
    let store = tokio::spawn(run_store(inbox, shutdown.clone()));
    commands.send(set("a", "1")).await.unwrap();
    tokio::time::sleep(PERSIST_TIME / 2).await; // the set is being persisted
    shutdown.cancel();
    // `commands` is still alive: only the token can end the store here.
    assert_eq!(store.await.unwrap(), contents(&[("a", "1")]));
    assert_eq!(start.elapsed(), PERSIST_TIME);
}

#[tokio::test(start_paused = true)]
async fn the_store_stops_when_every_sender_is_gone() {
    let (commands, inbox) = mpsc::channel(8);
    commands.send(set("a", "1")).await.unwrap();
    drop(commands);
    let store = run_store(inbox, CancellationToken::new()).await;
    assert_eq!(store, contents(&[("a", "1")]));
}
