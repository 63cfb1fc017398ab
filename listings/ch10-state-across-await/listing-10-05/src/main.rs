use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::task::JoinSet;

/// One connection to a database: statements of one transaction must not interleave.
struct Connection {
    wire: Vec<String>,
}

impl Connection {
    async fn execute(&mut self, statement: String) {
        tokio::time::sleep(Duration::from_millis(3)).await; // the round trip
        self.wire.push(statement);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let conn = Arc::new(Mutex::new(Connection { wire: Vec::new() }));
    let mut clients = JoinSet::new();
    for client in 1..=3 {
        let conn = Arc::clone(&conn);
        clients.spawn(async move {
            let mut conn = conn.lock().await; // held across the three awaits below
            conn.execute(format!("BEGIN {client}")).await;
            conn.execute(format!("UPDATE {client}")).await;
            conn.execute(format!("COMMIT {client}")).await;
        });
    }
    clients.join_all().await;

    let wire = &conn.lock().await.wire;
    let mut transactions: Vec<String> = wire.chunks(3).map(|tx| tx.join(", ")).collect();
    transactions.sort();
    for tx in &transactions {
        println!("{tx}");
    }
}
