use std::sync::Arc;
use tokio::task::JoinHandle;

trait ConfigStore {
    async fn load(&self, key: &str) -> Option<String>;
}

struct InMemory;

impl ConfigStore for InMemory {
    async fn load(&self, key: &str) -> Option<String> {
        (key == "port").then(|| String::from("8080"))
    }
}

fn spawn_lookup<S>(store: Arc<S>, key: &'static str) -> JoinHandle<Option<String>>
where
    S: ConfigStore + Send + Sync + 'static,
{
    tokio::spawn(async move {
        // The trait says nothing about this future's `Send`-ness.
        store.load(key).await
    })
}

#[tokio::main]
async fn main() {
    let port = spawn_lookup(Arc::new(InMemory), "port").await.unwrap();
    println!("port: {port:?}");
}
