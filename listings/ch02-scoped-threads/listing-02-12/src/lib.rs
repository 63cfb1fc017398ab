use std::thread;

/// Applies `update` to every element of `items`, in place, on scoped threads.
///
/// The slice is cut into at most `threads` contiguous chunks (a `threads` of
/// 0 counts as 1) and each chunk is updated by a thread of its own, while the
/// calling thread only waits. An empty slice starts no thread.
pub fn update_in_parallel<T, F>(items: &mut [T], threads: usize, update: F)
where
    T: Send,
    F: Fn(&mut T) + Sync,
{
    if items.is_empty() {
        return;
    }
    let chunk_len = items.len().div_ceil(threads.max(1));
    // Every thread calls the same closure through a shared reference, which
    // is why `F` must be `Sync`; each chunk is a `&mut [T]`, hence `T: Send`.
    let update = &update;
    thread::scope(|scope| {
        for chunk in items.chunks_mut(chunk_len) {
            scope.spawn(move || chunk.iter_mut().for_each(update));
        }
    });
}
