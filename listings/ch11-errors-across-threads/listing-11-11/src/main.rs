use std::error::Error;
use std::time::Duration;
use tokio::task::JoinSet;

type BoxError = Box<dyn Error + Send + Sync>;

async fn check_replica(replica: u32, latency_ms: u64, healthy: bool) -> Result<u32, BoxError> {
    tokio::time::sleep(Duration::from_millis(latency_ms)).await;
    if !healthy {
        return Err(format!("replica {replica} is {latency_ms} ms behind").into());
    }
    Ok(replica)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut checks = JoinSet::new();
    for (replica, latency_ms, healthy) in
        [(1, 30, true), (2, 10, true), (3, 20, false), (4, 50, true)]
    {
        checks.spawn(check_replica(replica, latency_ms, healthy));
    }

    let first_error: Option<BoxError> = loop {
        match checks.join_next().await {
            None => break None,
            Some(Ok(Ok(replica))) => println!("replica {replica} is healthy"),
            Some(Ok(Err(error))) => break Some(error),
            Some(Err(join_error)) => break Some(join_error.into()),
        }
    };

    // Fail fast: stop the checks still running, and wait until they have stopped.
    checks.abort_all();
    let mut cancelled = 0;
    while let Some(joined) = checks.join_next().await {
        if joined.is_err_and(|error| error.is_cancelled()) {
            cancelled += 1;
        }
    }
    match first_error {
        Some(error) => println!("failed: {error}; {cancelled} checks cancelled"),
        None => println!("all replicas are healthy"),
    }
}
