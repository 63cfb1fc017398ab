//! A loom model check of the promises behind `unsafe impl Send` and
//! `unsafe impl Sync` for `SampleBuffer` (`src/main.rs`). loom cannot see
//! through a raw pointer, so the model keeps the listing's pointer and adds
//! a loom `UnsafeCell<()>` beside it that records each access the pointer
//! makes: `fill` as a write, every read as a read. loom then checks, in every
//! interleaving, that no write is unordered with another access: the buffer
//! moves to a worker that fills it, comes back through `join`, and two
//! threads read it at once.

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;

struct SampleBuffer {
    samples: *mut [f32],
    accesses: UnsafeCell<()>,
}

// SAFETY: as in the listing; these are the claims the model checks.
unsafe impl Send for SampleBuffer {}
unsafe impl Sync for SampleBuffer {}

impl SampleBuffer {
    fn new(len: usize) -> Self {
        let samples = Box::into_raw(vec![0.0; len].into_boxed_slice());
        SampleBuffer {
            samples,
            accesses: UnsafeCell::new(()),
        }
    }

    fn fill(&mut self, value: f32) {
        // SAFETY: as in the listing.
        self.accesses
            .with_mut(|_| unsafe { (*self.samples).fill(value) })
    }

    /// The listing's `as_slice` hands out `&[f32]`; loom can only record an
    /// access for the length of a closure, so the model reads inside one.
    fn read<R>(&self, reader: impl FnOnce(&[f32]) -> R) -> R {
        // SAFETY: as in the listing.
        self.accesses.with(|_| reader(unsafe { &*self.samples }))
    }
}

impl Drop for SampleBuffer {
    fn drop(&mut self) {
        // SAFETY: as in the listing.
        drop(unsafe { Box::from_raw(self.samples) });
    }
}

#[test]
fn moving_then_sharing_the_buffer_never_races() {
    loom::model(|| {
        let mut buffer = SampleBuffer::new(4);
        let filler = thread::spawn(move || {
            buffer.fill(0.5);
            buffer
        });
        let buffer = Arc::new(filler.join().unwrap());

        let summer = {
            let buffer = Arc::clone(&buffer);
            thread::spawn(move || buffer.read(|s| s.iter().sum::<f32>()))
        };
        let peak = buffer.read(|s| s.iter().copied().fold(0.0, f32::max));
        assert_eq!((summer.join().unwrap(), peak), (2.0, 0.5));
    });
}

/// The model copies the listing's type by hand: fail if the listing's
/// unsafe promises or accesses change, so that the two cannot drift apart.
#[test]
fn the_model_uses_the_listings_accesses() {
    let listing: String = include_str!("../src/main.rs").split_whitespace().collect();
    for access in [
        "unsafe impl Send for SampleBuffer {}",
        "unsafe impl Sync for SampleBuffer {}",
        "fn fill(&mut self, value: f32) {",
        "unsafe { (*self.samples).fill(value) }",
        "fn as_slice(&self) -> &[f32] {",
        "unsafe { &*self.samples }",
    ] {
        let wanted: String = access.split_whitespace().collect();
        assert!(
            listing.contains(&wanted),
            "src/main.rs no longer has `{access}`: update the model"
        );
    }
}
