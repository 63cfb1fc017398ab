use loom::sync::Arc;
use loom::sync::atomic::{AtomicBool, AtomicU64};
use loom::thread;
use std::sync::atomic::Ordering::{self, Acquire, Relaxed, Release};

/// The protocol of Listing 6-5, with the flag's orderings as parameters.
/// loom runs this closure once per possible execution.
fn message_passing(flag_store: Ordering, flag_load: Ordering) {
    let payload = Arc::new(AtomicU64::new(0));
    let ready = Arc::new(AtomicBool::new(false));

    let writer = {
        let (payload, ready) = (Arc::clone(&payload), Arc::clone(&ready));
        thread::spawn(move || {
            payload.store(42, Relaxed);
            ready.store(true, flag_store);
        })
    };

    if ready.load(flag_load) {
        assert_eq!(payload.load(Relaxed), 42, "flag seen, payload missing");
    }
    writer.join().unwrap();
}

fn main() {
    loom::model(|| message_passing(Release, Acquire));
    println!("Release/Acquire: no execution sees the flag without the payload");

    // loom reports a failing execution by panicking: catch it, without the
    // default panic message, and report it in one line.
    std::panic::set_hook(Box::new(|_| {}));
    let relaxed = std::panic::catch_unwind(|| loom::model(|| message_passing(Relaxed, Relaxed)));
    let _ = std::panic::take_hook();
    match relaxed {
        Ok(()) => println!("Relaxed: no failing execution found"),
        Err(panic) => {
            let message = panic.downcast_ref::<String>().map_or("?", String::as_str);
            println!("Relaxed: loom found a failing execution:\n{message}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_acquire_always_delivers_the_payload() {
        loom::model(|| message_passing(Release, Acquire));
    }

    #[test]
    #[should_panic(expected = "flag seen, payload missing")]
    fn relaxed_can_lose_the_payload() {
        loom::model(|| message_passing(Relaxed, Relaxed));
    }
}
