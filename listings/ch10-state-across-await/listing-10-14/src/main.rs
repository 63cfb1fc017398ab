use std::sync::Arc;
use tokio::task::JoinHandle;

trait ConfigStore {
    fn load(&self, key: &str) -> impl Future<Output = Option<String>> + Send;
}

struct InMemory;

impl ConfigStore for InMemory {
    // An `async fn` still implements it; the compiler checks that its future is `Send`.
    async fn load(&self, key: &str) -> Option<String> {
        (key == "port").then(|| String::from("8080"))
    }
}

fn spawn_lookup<S>(store: Arc<S>, key: &'static str) -> JoinHandle<Option<String>>
where
    S: ConfigStore + Send + Sync + 'static,
{
    tokio::spawn(async move { store.load(key).await })
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let port = spawn_lookup(Arc::new(InMemory), "port").await.unwrap();
    let user = spawn_lookup(Arc::new(InMemory), "user").await.unwrap();
    println!("port: {port:?}, user: {user:?}");
}
