use std::error::Error;
use std::time::Duration;

type BoxError = Box<dyn Error + Send + Sync>;

// An older, synchronous helper: its error type was never meant to travel.
fn fetch(attempt: u32) -> Result<String, Box<dyn Error>> {
    if attempt < 3 {
        return Err(format!("attempt {attempt}: connection refused").into());
    }
    Ok("200 OK".to_string())
}

async fn fetch_with_retry() -> Result<String, BoxError> {
    let mut last_error: Option<Box<dyn Error>> = None;
    for attempt in 1..=3 {
        match fetch(attempt) {
            Ok(body) => return Ok(body),
            Err(error) => last_error = Some(error),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("gave up: {}", last_error.expect("three failures")).into())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(fetch_with_retry());
    println!("{:?}", handle.await.expect("the task does not panic"));
}
