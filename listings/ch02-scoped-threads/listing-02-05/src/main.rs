use std::num::NonZeroUsize;
use std::thread;

fn brighten(pixels: &mut [u8]) {
    for pixel in pixels {
        *pixel = pixel.saturating_add(40);
    }
}

fn main() {
    let mut image: Vec<u8> = (0..=250).step_by(25).collect();
    let workers = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    // Never zero: `chunks_mut(0)` panics, and `image` is not empty.
    let chunk_len = image.len().div_ceil(workers);

    thread::scope(|scope| {
        for chunk in image.chunks_mut(chunk_len) {
            scope.spawn(move || brighten(chunk));
        }
    });

    // The number of workers depends on the machine; the pixels do not.
    println!("{image:?}");
}
