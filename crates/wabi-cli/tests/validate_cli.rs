//! `wabi validate` through the real binary: output formats, exit codes, and never a panic
//! whatever the bytes in the files.
//!
//! The arbitrary-bytes test uses a seeded generator (xorshift) so failures reproduce; run more
//! rounds with `WABI_FUZZ_ROUNDS=5000 cargo test -p wabi-cli --test validate_cli`.

mod common;

use common::{path_str as s, wabi, write};

use serde_json::Value;
use std::path::PathBuf;

const VALID: &str = r#"{"name": "order_update", "language": "en_US", "category": "UTILITY",
  "components": [{"type": "BODY", "text": "Hi {{1}}, your order has shipped today.",
                  "example": {"body_text": [["Pablo"]]}}]}"#;

const INVALID: &str = r#"{"name": "Order Update", "language": "en_US", "category": "UTILITY",
  "components": [{"type": "BODY", "text": "Hi {{1}}, your order has shipped today."}]}"#;

const WARNING_ONLY: &str = r#"{"name": "order_update", "language": "en_US", "category": "UTILITY",
  "components": [{"type": "BODY", "text": "Hi {{1}}, your order has shipped today.",
                  "example": {"body_text": [["Pablo"]]}},
                 {"type": "FOOTER", "text": "Thanks! 🌿"}]}"#;

#[test]
fn valid_file_exits_0_with_a_text_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = write(dir.path(), "ok.json", VALID.as_bytes());
    let out = wabi(&["validate", s(&f)]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("ok.json: valid (0 errors, 0 warnings)"),
        "{stdout}"
    );
}

#[test]
fn lang_it_words_the_messages_in_italian_with_the_same_rules_and_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = write(dir.path(), "bad.json", INVALID.as_bytes());
    let en = wabi(&["validate", "--format", "json", s(&f)]);
    let it = wabi(&["validate", "--format", "json", "--lang", "it", s(&f)]);
    assert_eq!(it.status.code(), en.status.code());
    let en: Value = serde_json::from_slice(&en.stdout).expect("json");
    let it: Value = serde_json::from_slice(&it.stdout).expect("json");
    let list = |v: &Value, key: &str| -> Vec<String> {
        v[0]["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| d[key].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(list(&en, "rule"), list(&it, "rule"));
    assert_eq!(list(&en, "pointer"), list(&it, "pointer"));
    let charset = list(&it, "message")
        .into_iter()
        .find(|m| m.starts_with("Il nome contiene"))
        .unwrap_or_default();
    assert!(charset.contains("\"order_update\""), "{charset}");
    let text = wabi(&["validate", "--lang", "it", s(&f)]);
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(
        stdout.contains("[name.charset] Il nome contiene"),
        "{stdout}"
    );
    assert!(stdout.contains("bad.json: invalid ("), "{stdout}");
    let unknown = wabi(&["validate", "--lang", "fr", s(&f)]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn warnings_alone_still_exit_0() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = write(dir.path(), "warn.json", WARNING_ONLY.as_bytes());
    let out = wabi(&["validate", s(&f)]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("warning: /components/1/text [footer.style]"),
        "{stdout}"
    );
}

#[test]
fn text_output_lists_file_pointer_rule_and_message_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = write(dir.path(), "bad.json", INVALID.as_bytes());
    let out = wabi(&["validate", "--format", "text", s(&f)]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.contains("[name.charset]"))
        .expect("a name.charset line");
    assert!(
        line.starts_with(&format!("{}: error: /name [name.charset] ", s(&f))),
        "{line}"
    );
    assert!(
        stdout.contains("/components/0 [example.missing]"),
        "{stdout}"
    );
    assert!(stdout.contains("bad.json: invalid (2 errors"), "{stdout}");
}

#[test]
fn json_output_is_one_object_per_file_in_the_documented_shape() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ok = write(dir.path(), "ok.json", VALID.as_bytes());
    let bad = write(dir.path(), "bad.json", INVALID.as_bytes());
    let out = wabi(&["validate", "--format", "json", s(&ok), s(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let files = report.as_array().expect("an array");
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["file"], s(&ok));
    assert_eq!(files[0]["valid"], true);
    assert_eq!(files[0]["diagnostics"], serde_json::json!([]));
    assert_eq!(files[1]["valid"], false);
    let first = &files[1]["diagnostics"][0];
    let keys: Vec<&str> = first
        .as_object()
        .expect("diagnostic object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["rule", "severity", "pointer", "message"]);
    assert_eq!(first["rule"], "name.charset");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["pointer"], "/name");
}

#[test]
fn utf8_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(VALID.as_bytes());
    let f = write(dir.path(), "bom.json", &bytes);
    assert_eq!(wabi(&["validate", s(&f)]).status.code(), Some(0));
}

#[test]
fn file_that_is_not_json_exits_2_with_a_message_naming_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = write(dir.path(), "broken.json", b"{\"name\": ");
    let out = wabi(&["validate", s(&f)]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.json is not valid JSON"), "{stderr}");
}

#[test]
fn missing_file_exits_2_even_when_another_file_has_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(dir.path(), "bad.json", INVALID.as_bytes());
    let missing = dir.path().join("nope.json");
    let out = wabi(&["validate", "--format", "json", s(&bad), s(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot read") && stderr.contains("nope.json"),
        "{stderr}"
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(report.as_array().map(Vec::len), Some(1));
}

#[test]
fn json_that_is_not_a_template_is_checked_not_rejected() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = write(dir.path(), "array.json", b"[1, 2, 3]");
    let out = wabi(&["validate", "--format", "json", s(&f)]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(report[0]["diagnostics"][0]["rule"], "template.not_object");
    assert_eq!(report[0]["diagnostics"][0]["pointer"], "");
}

/// xorshift64*: a small seeded generator, so a failing input can be reproduced from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes of three kinds: pure noise, a valid template with bytes flipped, and JSON fragments
/// glued together.
fn arbitrary_bytes(rng: &mut Rng) -> Vec<u8> {
    const PIECES: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"type\"",
        "\"BODY\"",
        "\"text\"",
        "\"{{1}}\"",
        "\"components\"",
        "null",
        "true",
        "1e999",
        "-0",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "😀",
        "\"buttons\"",
        "\"URL\"",
        "\"url\"",
        "\"name\"",
        "\"category\"",
        "\"AUTHENTICATION\"",
    ];
    match rng.below(3) {
        0 => (0..rng.below(512)).map(|_| rng.next() as u8).collect(),
        1 => {
            let mut bytes = VALID.as_bytes().to_vec();
            for _ in 0..=rng.below(8) {
                let i = rng.below(bytes.len());
                if let Some(b) = bytes.get_mut(i) {
                    *b = rng.next() as u8;
                }
            }
            bytes
        }
        _ => {
            let mut s = String::new();
            for _ in 0..rng.below(64) {
                s.push_str(PIECES[rng.below(PIECES.len())]);
            }
            s.into_bytes()
        }
    }
}

#[test]
fn arbitrary_bytes_never_make_wabi_panic() {
    let rounds: usize = std::env::var("WABI_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..rounds {
        // Several files per run keeps the number of processes small.
        let paths: Vec<PathBuf> = (0..8)
            .map(|k| {
                write(
                    dir.path(),
                    &format!("f{round}_{k}.json"),
                    arbitrary_bytes(&mut rng),
                )
            })
            .collect();
        let mut args = vec!["validate", "--format", "json"];
        args.extend(paths.iter().map(|p| s(p)));
        let out = wabi(&args);
        let code = out.status.code();
        assert!(
            matches!(code, Some(0..=2)),
            "round {round}: exit {code:?}, stderr {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "round {round}: {stderr}");
        let _: Value = serde_json::from_slice(&out.stdout).expect("stdout stays valid JSON");
    }
}
