use std::any::Any;
use std::time::Duration;
use tokio::task::JoinError;

fn describe(joined: Result<Result<u32, String>, JoinError>) -> String {
    match joined {
        Ok(Ok(value)) => format!("returned {value}"),
        Ok(Err(error)) => format!("returned an error: {error}"),
        Err(error) if error.is_cancelled() => format!("cancelled ({error})"),
        Err(error) => match error.try_into_panic() {
            Ok(payload) => format!("panicked: {}", panic_message(payload.as_ref())),
            Err(error) => format!("failed: {error}"),
        },
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text
    } else {
        "(not a string)"
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let succeeds = tokio::spawn(async { Ok(7) });
    let fails = tokio::spawn(async { Err("disk quota exceeded".to_string()) });
    let panics = tokio::spawn(async { panic!("index out of sync") });
    let hangs = tokio::spawn(async {
        tokio::time::sleep(Duration::from_secs(3600)).await;
        Ok(0)
    });
    hangs.abort();

    let outcomes = [succeeds.await, fails.await, panics.await, hangs.await];
    for (name, joined) in ["succeeds", "fails", "panics", "hangs"]
        .into_iter()
        .zip(outcomes)
    {
        println!("{name:>8}: {}", describe(joined));
    }
}
