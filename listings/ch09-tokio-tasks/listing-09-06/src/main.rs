use tokio::runtime::{Builder, Handle};

async fn serve() -> &'static str {
    let handle = Handle::current();
    println!("flavor: {:?}", handle.runtime_flavor());
    println!("workers: {}", handle.metrics().num_workers());
    "server stopped"
}

fn main() {
    let body = async { serve().await };
    let outcome = Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("Failed building the Runtime")
        .block_on(body);
    println!("{outcome}");

    let single = Builder::new_current_thread().build().expect("runtime");
    println!("{}", single.block_on(serve()));
}
