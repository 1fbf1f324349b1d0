//! `wabi payload` end to end: the printed send JSON and the exit codes (0 ok, 1 a send-time rule
//! broken, 2 bad input).

mod common;

use common::{stderr, wabi, write};

use std::path::PathBuf;
use tempfile::TempDir;

const ORDER: &str = r#"{"name": "order_update", "language": "en_US", "category": "UTILITY",
  "components": [
    {"type": "BODY", "text": "Hi {{1}}, order {{2}} ships today.", "example": {"body_text": [["Pablo", "860198"]]}},
    {"type": "BUTTONS", "buttons": [
      {"type": "URL", "text": "Track", "url": "https://shop.example/track/{{1}}", "example": ["860198"]}]}]}"#;

#[test]
fn payload_prints_the_send_json() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "order.json", ORDER);
    let values = write(
        &dir,
        "values.json",
        r#"{"body": {"1": "Ada", "2": "42"}, "buttons": {"0": "order-42"}}"#,
    );
    let out = wabi(&[
        "payload",
        file.to_str().expect("utf-8"),
        "--to",
        "+16505551234",
        "--values",
        values.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        printed,
        serde_json::json!({
            "messaging_product": "whatsapp", "recipient_type": "individual", "to": "+16505551234", "type": "template",
            "template": {"name": "order_update", "language": {"code": "en_US"}, "components": [
                {"type": "body", "parameters": [{"type": "text", "text": "Ada"}, {"type": "text", "text": "42"}]},
                {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "order-42"}]}]}
        })
    );
}

#[test]
fn value_breaking_a_send_rule_exits_1_and_names_the_field() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "order.json", ORDER);
    let values = write(&dir, "values.json", r#"{"body": {"1": "Ada\nLovelace"}}"#);
    let out = wabi(&[
        "payload",
        file.to_str().expect("utf-8"),
        "--to",
        "+16505551234",
        "--values",
        values.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("error: body.1: contains a line break"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn recipient_without_country_code_exits_1() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "order.json", ORDER);
    let out = wabi(&[
        "payload",
        file.to_str().expect("utf-8"),
        "--to",
        "6505551234",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("error: to:"), "{}", stderr(&out));
}

#[test]
fn otp_over_15_characters_exits_1_and_15_exits_0() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(
        &dir,
        "auth.json",
        r#"{"name": "auth", "language": "en_US", "category": "AUTHENTICATION", "components": [
        {"type": "BODY", "add_security_recommendation": true},
        {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}"#,
    );
    let ok = write(&dir, "ok.json", r#"{"body": {"1": "123456789012345"}}"#);
    let long = write(&dir, "long.json", r#"{"body": {"1": "1234567890123456"}}"#);
    let run = |values: &PathBuf| {
        wabi(&[
            "payload",
            file.to_str().expect("utf-8"),
            "--to",
            "+447700900123",
            "--values",
            values.to_str().expect("utf-8"),
        ])
    };
    assert_eq!(run(&ok).status.code(), Some(0));
    let out = run(&long);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("at most 15"), "{}", stderr(&out));
}

#[test]
fn unknown_values_key_is_bad_input() {
    let dir = TempDir::new().expect("temp dir");
    let file = write(&dir, "order.json", ORDER);
    let values = write(&dir, "values.json", r#"{"bdy": {"1": "Ada"}}"#);
    let out = wabi(&[
        "payload",
        file.to_str().expect("utf-8"),
        "--to",
        "+16505551234",
        "--values",
        values.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("values.json: bdy: unknown key"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_template_file_is_bad_input() {
    let out = wabi(&["payload", "/nonexistent/x.json", "--to", "+16505551234"]);
    assert_eq!(out.status.code(), Some(2));
}
