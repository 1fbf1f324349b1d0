//! `wabi preview` end to end: real files, the real binary, exit codes and messages.

mod common;

use common::{stderr, stdout, wabi, write};

use tempfile::TempDir;

const PROMO: &str = r#"{"name": "seasonal_promotion", "language": "en", "category": "MARKETING",
  "components": [
    {"type": "HEADER", "format": "TEXT", "text": "Our {{1}} is on!", "example": {"header_text": ["Summer Sale"]}},
    {"type": "BODY", "text": "Hi {{1}}, use code *{{2}}*.", "example": {"body_text": [["Pablo", "25OFF"]]}},
    {"type": "FOOTER", "text": "Reply STOP to opt out"},
    {"type": "BUTTONS", "buttons": [
      {"type": "QUICK_REPLY", "text": "Stop"}, {"type": "QUICK_REPLY", "text": "More"},
      {"type": "QUICK_REPLY", "text": "Later"}, {"type": "QUICK_REPLY", "text": "Never"}]}]}"#;

#[test]
fn text_preview_fills_values_and_lays_out_buttons() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "promo.json", PROMO);
    let values = write(&dir, "values.json", r#"{"body": {"1": "Ada"}}"#);
    let out = wabi(&[
        "preview",
        file.to_str().expect("utf-8"),
        "--values",
        values.to_str().expect("utf-8"),
        "--time",
        "10:42",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Our Summer Sale is on!"), "{text}");
    assert!(text.contains("Hi Ada, use code 25OFF."), "{text}");
    assert!(text.contains("~ Reply STOP to opt out"), "{text}");
    assert!(text.contains("10:42"), "{text}");
    assert!(
        text.contains("[list] See all options (4 buttons:)"),
        "{text}"
    );
    assert!(text.contains("example values"), "{text}");
}

#[test]
fn json_preview_is_the_ui_model_and_desktop_hides_four_buttons() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "promo.json", PROMO);
    let out = wabi(&[
        "preview",
        file.to_str().expect("utf-8"),
        "--client",
        "desktop",
        "--format",
        "json",
        "--time",
        "09:00",
        "--now-ms",
        "0",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON output");
    assert_eq!(value["client"], "desktop");
    assert_eq!(value["display"]["kind"], "notShown");
    assert_eq!(value["timestamp"], "09:00");
    assert_eq!(value["buttons"]["shown"].as_array().map(Vec::len), Some(2));
}

#[test]
fn missing_file_is_bad_input_naming_it() {
    let out = wabi(&["preview", "/nonexistent/t.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot read /nonexistent/t.json"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn not_json_is_bad_input_naming_the_file() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "broken.json", "{\"name\": ");
    let out = wabi(&["preview", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("broken.json is not valid JSON"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_values_are_bad_input_naming_file_and_field() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "promo.json", PROMO);
    let values = write(&dir, "v.json", r#"{"body": {"9": "x", "1": 3}}"#);
    let out = wabi(&[
        "preview",
        file.to_str().expect("utf-8"),
        "--values",
        values.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("v.json: body.9: unknown variable {{9}}"),
        "{err}"
    );
    assert!(err.contains("v.json: body.1: must be a string"), "{err}");
}

#[test]
fn values_file_that_is_not_json_is_bad_input() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "promo.json", PROMO);
    let values = write(&dir, "v.json", "body: 1");
    let out = wabi(&[
        "preview",
        file.to_str().expect("utf-8"),
        "--values",
        values.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("v.json is not valid JSON"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn half_written_draft_still_previews() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(
        &dir,
        "draft.json",
        r#"{"components": [{"type": "BODY", "text": "Hi {{1}}"}, {"type": "BUTTONS", "buttons": [{"type": "URL"}]}, 7]}"#,
    );
    let out = wabi(&["preview", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Hi {{1}}"));
}

#[test]
fn template_list_needs_a_name_when_it_holds_several() {
    let dir = TempDir::new().expect("temp dir");
    let list = format!(
        r#"{{"data": [{PROMO}, {{"name": "other", "components": [{{"type": "BODY", "text": "Other"}}]}}]}}"#
    );
    let file = write(&dir, "list.json", &list);
    let out = wabi(&["preview", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("holds 2 templates; pick one with --name"));
    let out = wabi(&["preview", file.to_str().expect("utf-8"), "--name", "other"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Other"));
}

#[test]
fn json_that_is_not_an_object_is_bad_input() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "array.json", "[1, 2]");
    let out = wabi(&["preview", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("array.json: a template must be a JSON object, found an array"),
        "{}",
        stderr(&out)
    );
}
