//! `wabi send` and `wabi recipients` end to end: the real binary, a real library folder, and a
//! local server that answers like the Graph API and counts the requests it gets.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

const TOKEN: &str = "EAAcliSECRETtoken0123456789zz4f2a";
const PHONE_ID: &str = "106540352242922";

/// A one-answer-for-all server on 127.0.0.1; returns its base URL and the request bodies.
fn server(status: u16, body: &'static str) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut data = Vec::new();
            let mut chunk = [0u8; 8192];
            loop {
                let n = stream.read(&mut chunk).unwrap_or(0);
                if n == 0 {
                    break;
                }
                data.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&data).to_string();
                if let Some(end) = text.find("\r\n\r\n") {
                    let length = text
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    if data.len() >= end + 4 + length {
                        break;
                    }
                }
            }
            log.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&data).to_string());
            let response = format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
            let _ = stream.write_all(response.as_bytes());
        }
    });
    (base, seen)
}

const ACCEPTED: &str = r#"{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.CLI1"}]}"#;

fn template_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("order_update.json");
    std::fs::write(&path, r#"{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Hi {{1}}, your order shipped.","example":{"body_text":[["Ada"]]}}]}"#).unwrap();
    path
}

fn wabi(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wabi"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("WABI_ACCESS_TOKEN", TOKEN)
        .env_remove("WABI_PHONE_NUMBER_ID")
        .output()
        .unwrap()
}

fn send_args<'a>(file: &'a str, base: &'a str) -> Vec<&'a str> {
    vec![
        "send",
        "--to",
        "+16505551234",
        "--file",
        file,
        "--api-base",
        base,
        "--phone-number-id",
        PHONE_ID,
    ]
}

#[test]
fn send_with_opt_in_prints_the_message_id_and_posts_the_template() {
    let dir = tempfile::tempdir().unwrap();
    let file = template_file(dir.path());
    let (base, seen) = server(200, ACCEPTED);
    assert!(wabi(
        dir.path(),
        &["recipients", "add", "+16505551234", "--opt-in"]
    )
    .status
    .success());
    let out = wabi(dir.path(), &send_args(file.to_str().unwrap(), &base));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "wamid.CLI1");
    let requests = seen.lock().unwrap();
    assert_eq!(requests.len(), 1);
    assert!(requests[0].starts_with(&format!("POST /v23.0/{PHONE_ID}/messages ")));
    let body = &requests[0][requests[0].find("\r\n\r\n").unwrap() + 4..];
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(json["type"], "template");
    assert_eq!(json["template"]["name"], "order_update");
    assert_eq!(
        json["template"]["components"][0]["parameters"][0]["text"],
        "Ada"
    );
}

#[test]
fn send_without_opt_in_is_refused_with_no_http_request() {
    let dir = tempfile::tempdir().unwrap();
    let file = template_file(dir.path());
    let (base, seen) = server(200, ACCEPTED);
    assert!(wabi(dir.path(), &["recipients", "add", "+16505551234"])
        .status
        .success());
    let out = wabi(dir.path(), &send_args(file.to_str().unwrap(), &base));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no recorded opt-in"));
    assert!(seen.lock().unwrap().is_empty());
}

#[test]
fn withdrawn_opt_in_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = template_file(dir.path());
    let (base, seen) = server(200, ACCEPTED);
    wabi(
        dir.path(),
        &["recipients", "add", "+16505551234", "--opt-in"],
    );
    assert!(
        wabi(dir.path(), &["recipients", "withdraw", "+16505551234"])
            .status
            .success()
    );
    let out = wabi(dir.path(), &send_args(file.to_str().unwrap(), &base));
    assert_eq!(out.status.code(), Some(1));
    assert!(seen.lock().unwrap().is_empty());
}

#[test]
fn dry_run_prints_the_request_with_the_token_masked_and_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = template_file(dir.path());
    let (base, seen) = server(200, ACCEPTED);
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--dry-run", "--format", "json"]);
    let out = wabi(dir.path(), &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains(TOKEN));
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["method"], "POST");
    assert_eq!(json["url"], format!("{base}/v23.0/{PHONE_ID}/messages"));
    assert_eq!(json["headers"][0]["value"], "Bearer <ACCESS_TOKEN>");
    assert_eq!(json["body"]["to"], "+16505551234");
    assert!(seen.lock().unwrap().is_empty());
}

#[test]
fn graph_error_exits_1_with_the_decoded_reason_and_the_token_is_nowhere() {
    let dir = tempfile::tempdir().unwrap();
    let file = template_file(dir.path());
    let (base, _) = server(
        400,
        r#"{"error":{"message":"(#132001) Template name does not exist in the translation","type":"OAuthException","code":132001,"error_data":{"messaging_product":"whatsapp","details":"template name (order_update) does not exist in en_US"},"fbtrace_id":"AbCdEf"}}"#,
    );
    wabi(
        dir.path(),
        &["recipients", "add", "+16505551234", "--opt-in"],
    );
    let out = wabi(dir.path(), &send_args(file.to_str().unwrap(), &base));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not approved in this language")
            || stderr.contains("does not exist in this language"),
        "{stderr}"
    );
    assert!(stderr.contains("AbCdEf"));
    assert!(!stderr.contains(TOKEN) && !String::from_utf8_lossy(&out.stdout).contains(TOKEN));
    // No database byte carries the token (WAL and main file).
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !bytes.windows(TOKEN.len()).any(|w| w == TOKEN.as_bytes()),
                "token found in {}",
                path.display()
            );
        }
    }
}

#[test]
fn bad_recipient_number_is_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = wabi(dir.path(), &["recipients", "add", "6505551234", "--opt-in"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("country code"));
}

#[test]
fn recipients_list_shows_opt_in() {
    let dir = tempfile::tempdir().unwrap();
    wabi(
        dir.path(),
        &["recipients", "add", "+1 650 555 1234", "--opt-in"],
    );
    let out = wabi(dir.path(), &["recipients", "list"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("+16505551234\topted in "), "{stdout}");
}

#[test]
fn account_check_prints_number_name_and_quality() {
    let dir = tempfile::tempdir().unwrap();
    let (base, seen) = server(
        200,
        r#"{"display_phone_number":"+1 555-010-0123","verified_name":"Wabi Test","quality_rating":"GREEN","id":"106540352242922"}"#,
    );
    let out = wabi(
        dir.path(),
        &[
            "account",
            "check",
            "--api-base",
            &base,
            "--phone-number-id",
            PHONE_ID,
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Wabi Test") && stdout.contains("GREEN"),
        "{stdout}"
    );
    assert!(seen.lock().unwrap()[0].contains(&format!("authorization: Bearer {TOKEN}")));
}

#[test]
fn templates_pull_lists_name_language_and_status() {
    let dir = tempfile::tempdir().unwrap();
    let (base, _) = server(
        200,
        r#"{"data":[{"name":"order_update","language":"en_US","status":"APPROVED","category":"UTILITY"}],"paging":{"cursors":{}}}"#,
    );
    let out = Command::new(env!("CARGO_BIN_EXE_wabi"))
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "templates",
            "pull",
            "--api-base",
            &base,
            "--phone-number-id",
            PHONE_ID,
        ])
        .env("WABI_ACCESS_TOKEN", TOKEN)
        .env("WABI_WABA_ID", "102290129340398")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "order_update\ten_US\tAPPROVED\tUTILITY"
    );
}

#[test]
fn proof_of_a_template_with_quick_replies_posts_interactive_reply_buttons() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("proof.json");
    std::fs::write(&file, r#"{"name":"survey","language":"en","category":"MARKETING","components":[{"type":"BODY","text":"Did you like it?"},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Yes"},{"type":"QUICK_REPLY","text":"Absolutely not, never again"}]}]}"#).unwrap();
    let (base, seen) = server(200, ACCEPTED);
    wabi(
        dir.path(),
        &["recipients", "add", "+16505551234", "--opt-in"],
    );
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--mode", "proof"]);
    let out = wabi(dir.path(), &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("24 hours") && stderr.contains("limited to 20"),
        "{stderr}"
    );
    let requests = seen.lock().unwrap();
    let body = &requests[0][requests[0].find("\r\n\r\n").unwrap() + 4..];
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(json["type"], "interactive");
    assert_eq!(json["interactive"]["type"], "button");
    assert_eq!(
        json["interactive"]["action"]["buttons"][1]["reply"]["title"],
        "Absolutely not, neve"
    );
}
