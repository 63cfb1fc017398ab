use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::task::JoinSet;

#[derive(Clone, Default)]
struct HitCounter {
    counts: Arc<Mutex<HashMap<String, u64>>>,
}

impl HitCounter {
    fn record(&self, path: &str) {
        let mut counts = self.counts.lock().unwrap();
        *counts.entry(path.to_owned()).or_default() += 1;
    }

    fn sorted(&self) -> Vec<(String, u64)> {
        let counts = self.counts.lock().unwrap();
        let mut report: Vec<_> = counts.iter().map(|(p, n)| (p.clone(), *n)).collect();
        report.sort();
        report
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hits = HitCounter::default();
    let mut requests = JoinSet::new();
    for path in ["/", "/about", "/", "/login", "/"] {
        let hits = hits.clone();
        requests.spawn(async move { hits.record(path) });
    }
    requests.join_all().await;
    println!("{:?}", hits.sorted());
}
