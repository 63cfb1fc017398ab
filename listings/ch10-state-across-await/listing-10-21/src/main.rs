use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::task::JoinSet;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hits: Arc<Mutex<HashMap<String, u64>>> = Arc::default();
    let mut requests = JoinSet::new();
    for path in ["/", "/about", "/", "/login", "/"] {
        let hits = Arc::clone(&hits);
        requests.spawn(async move {
            let mut counts = hits.lock().await;
            *counts.entry(path.to_owned()).or_default() += 1;
        });
    }
    requests.join_all().await;

    let counts = hits.lock().await;
    let mut report: Vec<_> = counts.iter().collect();
    report.sort();
    println!("{report:?}");
}
