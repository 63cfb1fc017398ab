use std::thread;

/// Audio samples in memory that this value alone owns, held as a raw
/// pointer the way a binding to a C library would hold it.
struct SampleBuffer {
    samples: *mut [f32],
}

impl SampleBuffer {
    fn new(len: usize) -> Self {
        let samples = Box::into_raw(vec![0.0; len].into_boxed_slice());
        SampleBuffer { samples }
    }

    fn fill(&mut self, value: f32) {
        // SAFETY: `samples` came from `Box::into_raw` and is freed only in `drop`.
        unsafe { (*self.samples).fill(value) }
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
    let filler = thread::spawn(move || buffer.fill(0.5));
    filler.join().unwrap();
}
