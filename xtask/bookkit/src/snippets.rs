//! Turns an expanded chapter into markdown that skeptic 0.14.2 tests the way
//! the book means it, closing the gaps listed in TOOLING.md:
//!
//! - admonish fences are unwrapped, so code inside an aside is tested too;
//! - `compile_fail` becomes `no_run,should_panic` (skeptic has no
//!   `compile_fail`; its compile step panics on failure). The exact error is
//!   checked by `tests/compile_fail.rs`;
//! - a block without `fn main` is wrapped in a hidden one, as rustdoc and the
//!   mdBook playground do.

/// Prepares one expanded chapter for skeptic.
pub fn for_skeptic(markdown: &str) -> String {
    let mut out = Vec::new();
    let mut admonish_fences: Vec<String> = Vec::new();
    let mut lines = markdown.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if let Some(fence) = admonish_open(trimmed) {
            admonish_fences.push(fence);
            continue;
        }
        if admonish_fences.last().is_some_and(|f| trimmed == f) {
            admonish_fences.pop();
            continue;
        }
        let Some((fence, info)) = code_open(trimmed) else {
            out.push(line.to_string());
            continue;
        };
        let mut body = Vec::new();
        for inner in lines.by_ref() {
            if inner.trim() == fence {
                break;
            }
            body.push(inner.to_string());
        }
        let is_rust = info.split(',').any(|w| w.trim() == "rust");
        if is_rust && !info.contains("ignore") {
            let info = info.replace("compile_fail", "no_run,should_panic");
            out.push(format!("{fence}{info}"));
            let has_main = body
                .iter()
                .any(|l| l.trim_start_matches("# ").contains("fn main("));
            if !has_main {
                out.push("# fn main() {".to_string());
            }
            out.extend(body);
            if !has_main {
                out.push("# }".to_string());
            }
        } else {
            out.push(format!("{fence}{info}"));
            out.extend(body);
        }
        out.push(fence);
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// ```` ```admonish note ```` or `~~~admonish …`: returns the closing fence.
fn admonish_open(line: &str) -> Option<String> {
    let (fence, info) = code_open(line)?;
    info.trim_start().starts_with("admonish").then_some(fence)
}

/// A fence line: its fence (``` or ~~~, possibly longer) and info string.
fn code_open(line: &str) -> Option<(String, String)> {
    let ch = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = line.chars().take_while(|c| *c == ch).count();
    if len < 3 {
        return None;
    }
    let fence: String = std::iter::repeat_n(ch, len).collect();
    Some((fence, line[len..].trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::for_skeptic;

    #[test]
    fn unwraps_admonitions_and_wraps_main_less_blocks() {
        let md = "~~~admonish tip\n```rust\nlet x = 1;\n```\n~~~\n";
        assert_eq!(
            for_skeptic(md),
            "```rust\n# fn main() {\nlet x = 1;\n# }\n```\n"
        );
    }

    #[test]
    fn compile_fail_is_expected_to_fail() {
        let md = "```rust,compile_fail\nfn main() {}\n```\n";
        assert_eq!(
            for_skeptic(md),
            "```rust,no_run,should_panic\nfn main() {}\n```\n"
        );
    }

    #[test]
    fn other_fences_are_left_alone() {
        let md = "```text\nfn x\n```\n```toml\na = 1\n```\n";
        assert_eq!(for_skeptic(md), md);
    }
}
