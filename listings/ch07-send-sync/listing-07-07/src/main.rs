use std::thread;

/// Audio samples in memory that this value alone owns, held as a raw
/// pointer the way a binding to a C library would hold it.
struct SampleBuffer {
    samples: *mut [f32],
}

// SAFETY: a `SampleBuffer` is the only pointer to its allocation, like a
// `Box<[f32]>`: moving it to another thread moves all access with it, and
// `f32` is `Send`.
unsafe impl Send for SampleBuffer {}

// SAFETY: through `&SampleBuffer` the only access is `as_slice`, a shared
// read; writing needs `&mut self`. Shared reads of `f32` are `Sync`.
unsafe impl Sync for SampleBuffer {}

impl SampleBuffer {
    fn new(len: usize) -> Self {
        let samples = Box::into_raw(vec![0.0; len].into_boxed_slice());
        SampleBuffer { samples }
    }

    fn fill(&mut self, value: f32) {
        // SAFETY: `samples` came from `Box::into_raw` and is freed only in `drop`.
        unsafe { (*self.samples).fill(value) }
    }

    fn as_slice(&self) -> &[f32] {
        // SAFETY: as in `fill`; the `&self` borrow keeps writers out.
        unsafe { &*self.samples }
    }
}

impl Drop for SampleBuffer {
    fn drop(&mut self) {
        // SAFETY: this is the only owner, and it drops exactly once.
        drop(unsafe { Box::from_raw(self.samples) });
    }
}

fn main() {
    let mut buffer = SampleBuffer::new(4);
    // Send: the buffer moves to a worker, which fills it and hands it back.
    let filler = thread::spawn(move || {
        buffer.fill(0.5);
        buffer
    });
    let buffer = filler.join().unwrap();

    // Sync: two scoped threads read the same buffer at once.
    let (sum, peak) = thread::scope(|scope| {
        let sum = scope.spawn(|| buffer.as_slice().iter().sum::<f32>());
        let peak = scope.spawn(|| buffer.as_slice().iter().copied().fold(0.0, f32::max));
        (sum.join().unwrap(), peak.join().unwrap())
    });
    println!("sum {sum}, peak {peak}");
}
