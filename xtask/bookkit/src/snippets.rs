//! Turns an expanded chapter into markdown that skeptic 0.14.2 tests the way
//! the book means it, closing the gaps described in docs/tooling.md:
//!
//! - admonish fences are unwrapped, so code inside an aside is tested too;
//! - `compile_fail` becomes `no_run,should_panic` (skeptic has no
//!   `compile_fail`; its compile step panics on failure). The exact error is
//!   checked by `tests/compile_fail.rs`;
//! - a block without `fn main` is wrapped in a hidden one, as rustdoc and the
//!   mdBook playground do;
//! - a listing figure's code (info string ending in `listing`) is skipped:
//!   it is a listing crate's own file, which cargo builds with its real
//!   `Cargo.toml` and the listings, compile-fail and clippy tests check, so
//!   skeptic tests the Rust blocks written in the chapters themselves.

use crate::markdown;

/// Prepares one expanded chapter for skeptic.
pub fn for_skeptic(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for block in markdown::fences(text) {
        out.push_str(&text[at..block.range.start]);
        at = block.range.end;
        let content = &text[block.content.clone()];
        if block.is_admonition() {
            out.push_str(&for_skeptic(content));
            continue;
        }
        let is_listing = block.info.split(',').any(|w| w.trim() == "listing");
        let (info, body) = if is_listing {
            (format!("{},ignore", block.info), content.to_string())
        } else if block.is_rust() && !block.info.contains("ignore") {
            let info = block.info.replace("compile_fail", "no_run,should_panic");
            let has_main = content
                .lines()
                .any(|l| l.trim_start_matches("# ").contains("fn main("));
            let body = if has_main {
                content.to_string()
            } else {
                format!("# fn main() {{\n{content}# }}\n")
            };
            (info, body)
        } else {
            (block.info.clone(), content.to_string())
        };
        let end = if text[block.range.clone()].ends_with('\n') {
            "\n"
        } else {
            ""
        };
        out.push_str(&format!(
            "{}{info}\n{body}{}{end}",
            block.fence, block.fence
        ));
    }
    out.push_str(&text[at..]);
    out
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
    fn listing_figures_are_left_to_cargo() {
        let md = "```rust,compile_fail,listing\nfn main() { x }\n```\n";
        assert_eq!(
            for_skeptic(md),
            "```rust,compile_fail,listing,ignore\nfn main() { x }\n```\n"
        );
    }

    #[test]
    fn other_fences_are_left_alone() {
        let md = "```text\nfn x\n```\n```toml\na = 1\n```\n";
        assert_eq!(for_skeptic(md), md);
    }
}
