use rayon::ThreadPoolBuilder;
use rayon::prelude::*;

fn main() -> Result<(), rayon::ThreadPoolBuildError> {
    let thumbnails = ThreadPoolBuilder::new()
        .num_threads(3)
        .thread_name(|index| format!("thumbnailer-{index}"))
        .build()?;

    let (threads, named) = thumbnails.install(|| {
        let named = (0..100).into_par_iter().all(|_| {
            let name = std::thread::current().name().map(str::to_owned);
            name.is_some_and(|n| n.starts_with("thumbnailer-"))
        });
        (rayon::current_num_threads(), named)
    });
    println!("inside install: {threads} threads, every item on a thumbnailer: {named}");
    println!(
        "main is a pool worker: {}",
        rayon::current_thread_index().is_some()
    );

    // The global pool can be configured once, before anything uses it.
    ThreadPoolBuilder::new().num_threads(2).build_global()?;
    println!("global pool: {} threads", rayon::current_num_threads());

    if let Err(error) = ThreadPoolBuilder::new().num_threads(8).build_global() {
        println!("second build_global: {error}");
    }
    Ok(())
}
