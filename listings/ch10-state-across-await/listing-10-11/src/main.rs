use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep};

/// A frame is two messages: a command, then its value.
async fn read_frame(wire: &mut mpsc::Receiver<&'static str>) -> Option<String> {
    let command = wire.recv().await?;
    let value = wire.recv().await?;
    Some(format!("{command} = {value}"))
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (sender, mut wire) = mpsc::channel(8);
    tokio::spawn(async move {
        for (command, value) in [("SET a", "1"), ("SET b", "2")] {
            sender.send(command).await.unwrap();
            sleep(Duration::from_millis(130)).await; // the value arrives later
            sender.send(value).await.unwrap();
        }
    });

    let mut stats = interval(Duration::from_millis(100));
    let mut frames = Vec::new();
    loop {
        tokio::select! {
            biased;
            frame = read_frame(&mut wire) => match frame {
                Some(frame) => frames.push(frame),
                None => break,
            },
            _ = stats.tick() => {} // report statistics
        }
    }
    println!("frames: {frames:?}");
}
