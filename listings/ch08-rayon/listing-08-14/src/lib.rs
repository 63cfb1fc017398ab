/// A record that failed validation: its position in the input, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub index: usize,
    pub reason: String,
}

/// Checks every record with `check` on the current rayon pool and returns the
/// invalid record with the lowest index, or `None` if every record is valid.
pub fn first_invalid<T, F>(records: &[T], check: F) -> Option<Invalid>
where
    T: Sync,
    F: Fn(&T) -> Result<(), String> + Sync + Send,
{
    // TODO: this checks the records one after another on the calling thread.
    // Spread the checks over the pool, and still return the lowest index.
    records
        .iter()
        .enumerate()
        .find_map(|(index, record)| check(record).err().map(|reason| Invalid { index, reason }))
}
