use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

enum Command {
    Add(&'static str, u32),
    Get(&'static str, oneshot::Sender<u32>),
}

/// The only code that ever touches `scores`: no lock anywhere.
async fn scoreboard(mut inbox: mpsc::Receiver<Command>) {
    let mut scores: HashMap<&str, u32> = HashMap::new();
    while let Some(command) = inbox.recv().await {
        match command {
            Command::Add(player, points) => *scores.entry(player).or_default() += points,
            Command::Get(player, reply) => {
                let _ = reply.send(scores.get(player).copied().unwrap_or(0));
            }
        }
    }
}

async fn get(board: &mpsc::Sender<Command>, player: &'static str) -> u32 {
    let (reply, answer) = oneshot::channel();
    let request = Command::Get(player, reply);
    board.send(request).await.expect("scoreboard running");
    answer.await.expect("the scoreboard answers every Get")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (board, inbox) = mpsc::channel(16);
    let actor = tokio::spawn(scoreboard(inbox));
    let mut games = tokio::task::JoinSet::new();
    for game in 1..=3 {
        let board = board.clone();
        games.spawn(async move { board.send(Command::Add("ada", game * 10)).await });
    }
    for sent in games.join_all().await {
        sent.expect("scoreboard running");
    }
    println!(
        "ada: {}, bob: {}",
        get(&board, "ada").await,
        get(&board, "bob").await
    );
    drop(board); // the last sender: the actor's loop ends
    actor.await.unwrap();
}
