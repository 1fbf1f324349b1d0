//! Each WhatsApp limit is written once, in `src/limits.rs`: no other Rust source of the
//! repository (`crates/*/src`, `src-tauri/src`, test modules excluded) writes one of the limit
//! numbers as a literal, except the uses listed below that are not template limits.
//!
//! The scan reads code only: comments, strings and character literals are skipped, so messages
//! and docs may still say "60 characters" (the rules' messages take the number from the table).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use wabi_template::limits;

/// Literals that equal a limit but mean something else: (file, value, why).
const NOT_LIMITS: &[(&str, u64, &str)] = &[
    (
        "crates/wabi-template/src/preview/offer.rs",
        60,
        "minutes in an hour",
    ),
    (
        "crates/wabi-template/src/preview/client.rs",
        16,
        "iOS bubble corner radius",
    ),
    (
        "crates/wabi-template/src/rules/context.rs",
        20,
        "digits of the largest usize",
    ),
    (
        "crates/wabi-template/src/rules/risk.rs",
        15,
        "lines of a long body (a style heuristic, not a limit)",
    ),
    (
        "crates/wabi-media/src/limits.rs",
        1024,
        "bytes in a kibibyte",
    ),
    (
        "crates/wabi-media/src/pdf.rs",
        1024,
        "bytes of a PDF's tail read for its trailer",
    ),
    (
        "src-tauri/src/settings.rs",
        600,
        "smallest window height in pixels",
    ),
];

/// The limits whose numbers are distinctive enough to find everywhere; the small ones (2, 4, 5,
/// 10, 11, 15, 16, 20, 25, 60, 90) are looked for in `wabi-template` only, where a literal of
/// that size would be a limit written twice.
fn limit_values(everywhere: bool) -> BTreeSet<u64> {
    let all = [
        limits::NAME,
        limits::HEADER_TEXT,
        limits::BODY,
        limits::LTO_BODY,
        limits::REPORTED_BODY,
        limits::FOOTER,
        limits::BUTTON_LABEL,
        limits::URL,
        limits::PHONE,
        limits::COPY_CODE,
        limits::COPY_CODE_OLD,
        limits::LTO_COPY_CODE,
        limits::OFFER_TEXT,
        limits::CARD_BODY,
        limits::OTP,
        limits::PACKAGE_NAME,
        limits::SIGNATURE_HASH,
        limits::PARAM,
        limits::CODE_EXPIRATION_MAX as usize,
        limits::REPLY_TITLE,
        limits::INTERACTIVE_BODY,
        limits::INTERACTIVE_HEADER,
    ];
    all.into_iter()
        .map(|n| n as u64)
        .filter(|n| !everywhere || *n > 100)
        .collect()
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The integer literals of the code of `source` before its first `#[cfg(test)]`, skipping
/// comments, strings and character literals.
fn integer_literals(source: &str) -> Vec<u64> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) {
            // A raw string r"…" or r#"…"#, or an identifier starting with r.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') {
                j += 1;
                loop {
                    if j >= chars.len() {
                        break;
                    }
                    if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                        j += 1 + hashes;
                        break;
                    }
                    j += 1;
                }
                i = j;
            } else {
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c == '\'' {
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1; // a lifetime
            }
        } else if c.is_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let literal: String = chars[start..i].iter().collect();
            let digits: String = literal
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '_')
                .filter(|c| *c != '_')
                .collect();
            let hex = literal.starts_with("0x") || literal.starts_with("0b");
            if let (false, Ok(n)) = (hex, digits.parse::<u64>()) {
                out.push(n);
            }
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn the_scanner_skips_comments_strings_and_test_modules() {
    let source = r##"
        // 512 in a comment
        /* 1024 /* nested 2000 */ 600 */
        let a = "up to 60 characters";
        let b = r#"raw 160 "quoted" 25"#;
        let c = '\'';
        let d: &'static str = "x";
        let e = 1_024usize + x1024 + 0x200;
        #[cfg(test)]
        mod tests { const T: usize = 512; }
    "##;
    assert_eq!(integer_literals(source), vec![1024]);
}

#[test]
fn each_limit_number_is_written_only_in_the_limits_table() {
    let root = repository();
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut found = Vec::new();
    let mut scanned = 0;
    for path in files {
        let relative = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let in_src = relative.starts_with("src-tauri/src/")
            || relative.split('/').nth(2).is_some_and(|part| part == "src");
        if !in_src || relative == "crates/wabi-template/src/limits.rs" {
            continue;
        }
        let everywhere = !relative.starts_with("crates/wabi-template/");
        let values = limit_values(everywhere);
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{relative}: {e}"));
        scanned += 1;
        for n in integer_literals(&source) {
            let allowed = NOT_LIMITS
                .iter()
                .any(|(file, value, _)| *file == relative && *value == n);
            if values.contains(&n) && !allowed {
                found.push(format!("{relative}: {n}"));
            }
        }
    }
    assert!(scanned > 50, "only {scanned} files scanned");
    assert!(
        found.is_empty(),
        "limit numbers written outside src/limits.rs (use wabi_template::limits, or list a \
         literal that is not a limit in NOT_LIMITS):\n{}",
        found.join("\n")
    );
}
