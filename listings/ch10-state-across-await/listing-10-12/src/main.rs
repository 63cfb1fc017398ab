use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (sender, mut wire) = mpsc::channel(8);
    tokio::spawn(async move {
        for (command, value) in [("SET a", "1"), ("SET b", "2")] {
            sender.send(command).await.unwrap();
            sleep(Duration::from_millis(130)).await;
            sender.send(value).await.unwrap();
        }
    });

    let mut stats = interval(Duration::from_millis(100));
    let mut frames = Vec::new();
    let mut pending_command: Option<&str> = None; // survives every cancelled `recv`
    loop {
        tokio::select! {
            biased;
            message = wire.recv() => {
                let Some(message) = message else { break };
                match pending_command.take() {
                    None => pending_command = Some(message),
                    Some(command) => frames.push(format!("{command} = {message}")),
                }
            }
            _ = stats.tick() => {}
        }
    }
    println!("frames: {frames:?}");
}
