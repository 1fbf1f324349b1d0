//! The desktop shell stays thin: templates, rules, drafts, media and sending live in the domain
//! crates under `crates/`, so that the app and `wabi` share one implementation. This test guards
//! that by size: no file of `src-tauri/src` has more than [`FILE_MAX`] lines of non-test code,
//! and all of them together no more than [`TOTAL_MAX`]. A file over the limit is a sign that
//! domain logic is growing in the shell; move it to the crate it belongs to.
//!
//! Test code does not count: files named `tests.rs`, files under a `tests/` folder, and every
//! item marked `#[cfg(test)]` (a `mod tests;` declaration or a braced item such as
//! `mod tests { ... }`).

use std::path::{Path, PathBuf};

/// Most lines of non-test code one file of the shell may have.
const FILE_MAX: usize = 400;
/// Most lines of non-test code the whole shell may have.
const TOTAL_MAX: usize = 2_400;

/// Every `.rs` file under `dir`, sorted, as paths relative to `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path.strip_prefix(dir).expect("under dir").to_path_buf());
            }
        }
    }
    files.sort();
    files
}

/// Whether `relative` (a path under `src/`) holds only test code.
fn is_test_file(relative: &Path) -> bool {
    relative.file_name().is_some_and(|name| name == "tests.rs")
        || relative
            .parent()
            .is_some_and(|dir| dir.components().any(|c| c.as_os_str() == "tests"))
}

/// Lines of `source` outside `#[cfg(test)]` items.
fn non_test_lines(source: &str) -> usize {
    let lines: Vec<&str> = source.split('\n').collect();
    let mut counted = 0;
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].trim().starts_with("#[cfg(test)]") {
            counted += 1;
            i += 1;
            continue;
        }
        // Skip the item: its other attributes, then a `mod x;` line or a braced block.
        i += 1;
        while i < lines.len() && lines[i].trim().starts_with("#[") {
            i += 1;
        }
        if i < lines.len() && lines[i].trim_end().ends_with(';') {
            i += 1;
            continue;
        }
        let mut depth = 0i64;
        let mut opened = false;
        while i < lines.len() {
            let line = lines[i];
            depth += line.matches('{').count() as i64 - line.matches('}').count() as i64;
            opened |= line.contains('{');
            i += 1;
            if opened && depth <= 0 {
                break;
            }
        }
    }
    counted
}

#[test]
fn counting_leaves_out_test_items_and_test_files() {
    let source = "use a;\n#[cfg(test)]\nmod tests;\n\
                  #[cfg(test)]\n#[allow(dead_code)]\nconst X: &[&str] = &[\"a\"];\n\
                  fn f() {}\n#[cfg(test)]\nmod more {\n    fn g() {}\n}\nfn h() {}";
    // Counted: `use a;`, `fn f() {}` and `fn h() {}`.
    assert_eq!(non_test_lines(source), 3);
    assert!(is_test_file(Path::new("sending/tests.rs")));
    assert!(is_test_file(Path::new("commands/tests/media.rs")));
    assert!(!is_test_file(Path::new("commands/media.rs")));
}

#[test]
fn the_shell_holds_no_domain_logic() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut total = 0;
    let mut too_long = Vec::new();
    for relative in rust_files(&src) {
        if is_test_file(&relative) {
            continue;
        }
        let path = src.join(&relative);
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let lines = non_test_lines(&source);
        total += lines;
        if lines > FILE_MAX {
            too_long.push(format!(
                "src-tauri/src/{} ({lines} lines)",
                relative.display()
            ));
        }
    }
    assert!(
        too_long.is_empty(),
        "these shell files have more than {FILE_MAX} lines of non-test code; move their domain logic into crates/: {too_long:?}"
    );
    assert!(
        total <= TOTAL_MAX,
        "src-tauri/src has {total} lines of non-test code, more than {TOTAL_MAX}; move domain logic into crates/"
    );
}
