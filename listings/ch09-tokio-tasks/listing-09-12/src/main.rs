use std::time::Duration;
use tokio::time::{error::Elapsed, sleep, timeout};

const DEADLINE: Duration = Duration::from_secs(5);

async fn backend(latency: Duration) -> &'static str {
    sleep(latency).await;
    "200 OK"
}

async fn call_with_deadline(latency: Duration) -> Result<&'static str, Elapsed> {
    timeout(DEADLINE, backend(latency)).await
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", call_with_deadline(Duration::from_millis(120)).await);
    println!("{:?}", call_with_deadline(Duration::from_secs(60)).await);
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::time::Instant;

    #[tokio::test(start_paused = true)]
    async fn a_slow_backend_hits_the_deadline_exactly() {
        let start = Instant::now();
        assert!(call_with_deadline(Duration::from_secs(60)).await.is_err());
        assert_eq!(start.elapsed(), DEADLINE);
    }

    #[tokio::test(start_paused = true)]
    async fn a_fast_backend_answers_in_its_own_latency() {
        let start = Instant::now();
        let answer = call_with_deadline(Duration::from_millis(120)).await;
        assert_eq!(answer, Ok("200 OK"));
        assert_eq!(start.elapsed(), Duration::from_millis(120));
    }
}
