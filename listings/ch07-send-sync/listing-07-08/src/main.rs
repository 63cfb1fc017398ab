use std::marker::PhantomData;
use std::thread;

/// Proof that this thread has entered the renderer. The renderer keeps its
/// state in thread-local storage, so the token must not leave this thread.
struct RenderToken {
    frame: u64,
    // Raw pointers are neither `Send` nor `Sync`; this zero-sized field
    // opts the whole struct out of both.
    _thread_bound: PhantomData<*const ()>,
}

impl RenderToken {
    fn frame(&self) -> u64 {
        self.frame
    }
}

fn main() {
    let token = RenderToken {
        frame: 1,
        _thread_bound: PhantomData,
    };
    let drawer = thread::spawn(move || println!("drawing frame {}", token.frame()));
    drawer.join().unwrap();
}
