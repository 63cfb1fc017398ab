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
    // TODO: this updates every element on the calling thread. Cut `items`
    // with `chunks_mut` and give each chunk its own thread inside
    // `std::thread::scope`. Mind the chunk length: `chunks_mut(0)` panics.
    let _ = threads;
    items.iter_mut().for_each(update);
}
