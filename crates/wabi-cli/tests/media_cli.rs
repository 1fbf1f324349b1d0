//! `wabi media check` and `wabi media fix` end to end: the fixed JSON shape, exit codes 0/1/2,
//! and a CMYK print file fixed into a JPEG that then passes the check.

mod common;

use common::{path_str, wabi};

use serde_json::Value;
use std::process::Output;

const CMYK_JPEG: &[u8] = include_bytes!("../../wabi-media/tests/fixtures/cmyk-imagemagick.jpg");
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <</Type /Page>> endobj\ntrailer <<>>\n%%EOF\n";

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

#[test]
fn check_json_has_the_fixed_keys_and_exit_1_for_a_fixable_cmyk_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("print.jpg");
    std::fs::write(&file, CMYK_JPEG).expect("write");
    let out = wabi(&["media", "check", path_str(&file), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    for key in [
        "file", "ok", "kind", "width", "height", "bytes", "problems", "fixable",
    ] {
        assert!(v.get(key).is_some(), "missing key {key}: {v}");
    }
    assert_eq!(v["ok"], false);
    assert_eq!(v["kind"], "image/jpeg");
    assert_eq!(
        (v["width"].as_u64(), v["height"].as_u64()),
        (Some(48), Some(32))
    );
    assert_eq!(v["bytes"].as_u64(), Some(CMYK_JPEG.len() as u64));
    assert_eq!(v["fixable"], true);
    assert_eq!(v["problems"][0]["rule"], "image.color_model");
    assert!(v["problems"][0]["message"]
        .as_str()
        .is_some_and(|m| m.contains("CMYK")));
}

#[test]
fn fix_writes_a_jpeg_that_then_checks_ok_with_exit_0() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("print.jpg");
    std::fs::write(&file, CMYK_JPEG).expect("write");
    let fixed = dir.path().join("fixed.jpg");
    let out = wabi(&["media", "fix", path_str(&file), "-o", path_str(&fixed)]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Converted CMYK colour to RGB"), "{text}");
    let out = wabi(&[
        "media",
        "check",
        path_str(&fixed),
        "--as",
        "header-image",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v = json_of(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["fixable"], false);
    assert_eq!(v["problems"].as_array().map(Vec::len), Some(0));
}

#[test]
fn fix_to_png_follows_the_extension_and_reports_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("print.jpg");
    std::fs::write(&file, CMYK_JPEG).expect("write");
    let fixed = dir.path().join("fixed.png");
    let out = wabi(&[
        "media",
        "fix",
        path_str(&file),
        "-o",
        path_str(&fixed),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v = json_of(&out);
    assert_eq!(v["kind"], "image/png");
    assert_eq!(v["ok"], true);
    assert!(std::fs::read(&fixed)
        .expect("output")
        .starts_with(b"\x89PNG"));
}

#[test]
fn pdf_named_jpg_is_the_wrong_kind_exit_1_and_not_fixable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("photo.jpg");
    std::fs::write(&file, PDF).expect("write");
    let out = wabi(&[
        "media",
        "check",
        path_str(&file),
        "--as",
        "header-image",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["kind"], "application/pdf");
    assert_eq!(v["fixable"], false);
    let fixed = dir.path().join("out.jpg");
    let out = wabi(&[
        "media",
        "fix",
        path_str(&file),
        "-o",
        path_str(&fixed),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["fixable"], false);
    assert!(
        v["error"].as_str().is_some_and(|e| e.contains("PDF")),
        "{v}"
    );
    assert!(!fixed.exists());
}

#[test]
fn pdf_checked_for_its_own_use_is_ok_with_exit_0() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("brochure.pdf");
    std::fs::write(&file, PDF).expect("write");
    let out = wabi(&["media", "check", path_str(&file)]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("application/pdf as header-document") && text.contains("ok"),
        "{text}"
    );
}

#[test]
fn truncated_jpeg_is_exit_1_and_not_fixable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("cut.jpg");
    std::fs::write(&file, &CMYK_JPEG[..CMYK_JPEG.len() - 100]).expect("write");
    let out = wabi(&["media", "check", path_str(&file), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["fixable"], false);
    let rules: Vec<&str> = v["problems"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["rule"].as_str())
        .collect();
    assert!(rules.contains(&"image.truncated"), "{rules:?}");
}

#[test]
fn png_claiming_100000_square_answers_from_its_header() {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(&13u32.to_be_bytes());
    png.extend_from_slice(b"IHDR");
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bomb.png");
    std::fs::write(&file, &png).expect("write");
    let out = wabi(&["media", "check", path_str(&file), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["problems"][0]["rule"], "image.dimensions");
    let out = wabi(&[
        "media",
        "fix",
        path_str(&file),
        "-o",
        path_str(&dir.path().join("x.png")),
    ]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn zero_byte_text_and_missing_files_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.jpg");
    std::fs::write(&empty, b"").expect("write");
    let text = dir.path().join("notes.png");
    std::fs::write(&text, b"this is not an image").expect("write");
    let missing = dir.path().join("missing.jpg");
    for file in [&empty, &text, &missing] {
        let out = wabi(&["media", "check", path_str(file), "--format", "json"]);
        assert_eq!(out.status.code(), Some(2), "{}", file.display());
        let v = json_of(&out);
        assert_eq!(v["ok"], false);
        assert!(v["error"].is_string());
        assert!(!out.stderr.is_empty());
    }
    let out = wabi(&[
        "media",
        "fix",
        path_str(&empty),
        "-o",
        path_str(&dir.path().join("o.jpg")),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn fix_to_an_unknown_extension_explains_the_choice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("print.jpg");
    std::fs::write(&file, CMYK_JPEG).expect("write");
    let out = wabi(&[
        "media",
        "fix",
        path_str(&file),
        "-o",
        path_str(&dir.path().join("o.webp")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains(".png"));
}
