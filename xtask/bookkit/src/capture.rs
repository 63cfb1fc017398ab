//! Captured output (`output.txt`) made independent of the machine and the
//! run that produced it. `tests/listings.rs` and `cargo xtask soak` both
//! compare a listing's output with its capture through [`normalise`], so they
//! agree on what counts as a difference.

use std::path::Path;

/// Makes captured output independent of the machine and the run that made
/// it: the book's folder (`root`) goes, the OS thread id that panic messages
/// carry (`thread 'main' (18516) panicked at`) becomes `<tid>`, and Tokio's
/// task ids (`task 12 panicked`, `Id(12)`), which depend on how many tasks
/// the process has made, become `<id>`.
pub fn normalise(root: &Path, text: &str) -> String {
    let text = strip_root(root, text);
    let text = replace_number_after(&text, "' (", "<tid>", &[") panicked"]);
    let text = replace_number_after(&text, "task ", "<id>", &[" panicked", " was cancelled"]);
    replace_number_after(&text, "Id(", "<id>", &[")"])
}

/// Replaces the digits that follow `prefix` with `with`, where one of `ends`
/// follows them.
fn replace_number_after(text: &str, prefix: &str, with: &str, ends: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let after = &rest[at + prefix.len()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        out.push_str(&rest[..at + prefix.len()]);
        if digits > 0 && ends.iter().any(|e| after[digits..].starts_with(e)) {
            out.push_str(with);
            rest = &after[digits..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// `root/x` becomes `x`, and `root` alone becomes `.`.
fn strip_root(root: &Path, text: &str) -> String {
    let root = root.to_string_lossy();
    text.replace(&format!("{root}/"), "")
        .replace(root.as_ref(), ".")
}

#[cfg(test)]
mod tests {
    use super::normalise;
    use std::path::Path;

    #[test]
    fn root_thread_ids_and_task_ids_are_normalised() {
        let root = Path::new("/home/reader/send-sync");
        let raw = "\
thread 'main' (18516) panicked at /home/reader/send-sync/listings/ch01/src/main.rs:4:5:
boom
thread '<unnamed>' (7) panicked at src/main.rs:9:1:
task 12 panicked with message \"x\"
task 3 was cancelled
JoinError::Panic(Id(41), \"x\", ..)
cwd is /home/reader/send-sync
";
        let want = "\
thread 'main' (<tid>) panicked at listings/ch01/src/main.rs:4:5:
boom
thread '<unnamed>' (<tid>) panicked at src/main.rs:9:1:
task <id> panicked with message \"x\"
task <id> was cancelled
JoinError::Panic(Id(<id>), \"x\", ..)
cwd is .
";
        assert_eq!(normalise(root, raw), want);
    }

    #[test]
    fn numbers_elsewhere_are_left_alone() {
        let root = Path::new("/r");
        for text in [
            "task 12 finished\n",
            "sum (42) panicked? no\n",
            "Id(x)\n",
            "thread 'a' (12) exited\n",
            "task  panicked\n",
            "Id(12\n",
        ] {
            assert_eq!(normalise(root, text), text);
        }
    }
}
