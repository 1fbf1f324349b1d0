//! `wabi send` and `wabi recipients` end to end: the real binary, a real library folder, and a
//! local server that answers like the Graph API and counts the requests it gets. The requests of
//! the media-header tests are checked against Meta's OpenAPI file too.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use wabi_test_support::openapi;

const TOKEN: &str = "EAAcliSECRETtoken0123456789zz4f2a";
const PHONE_ID: &str = "106540352242922";

/// A one-answer-for-all server on 127.0.0.1; returns its base URL and the requests.
fn server(status: u16, body: &'static str) -> (String, Arc<Mutex<Vec<String>>>) {
    scripted_server(vec![(status, body)])
}

/// A server answering with `script` in order (the last answer repeats).
fn scripted_server(script: Vec<(u16, &'static str)>) -> (String, Arc<Mutex<Vec<String>>>) {
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
            let answered = {
                let mut log = log.lock().unwrap();
                log.push(String::from_utf8_lossy(&data).to_string());
                log.len() - 1
            };
            let (status, body) = script[answered.min(script.len() - 1)];
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

const UPLOADED: &str = r#"{"id":"4490709327384033"}"#;

/// A PNG's first bytes: enough for the MIME sniffing (which never looks at the name).
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

fn image_template_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("summer_sale.json");
    std::fs::write(&path, r#"{"name":"summer_sale","language":"en_US","category":"MARKETING","components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2U="]}},{"type":"BODY","text":"Hi {{1}}, the sale is on.","example":{"body_text":[["Ada"]]}}]}"#).unwrap();
    path
}

/// Method and path, content type, and body of a raw request.
fn parts(raw: &str) -> (String, String, String) {
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let first = head.lines().next().unwrap();
    let content_type = head
        .lines()
        .find_map(|l| {
            l.split_once(':')
                .filter(|(n, _)| n.eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_default();
    (first.to_owned(), content_type, body.to_owned())
}

/// What Meta's OpenAPI file says against a raw request (empty when it matches).
fn spec_complaints(raw: &str) -> Vec<String> {
    let (first, content_type, body) = parts(raw);
    let mut words = first.split(' ');
    let (method, path) = (words.next().unwrap(), words.next().unwrap());
    openapi::check_request(method, path, &content_type, body.as_bytes())
}

fn opt_in(dir: &Path) {
    assert!(
        wabi(dir, &["recipients", "add", "+16505551234", "--opt-in"])
            .status
            .success()
    );
}

#[test]
fn media_header_file_is_uploaded_then_sent_by_the_returned_id() {
    let dir = tempfile::tempdir().unwrap();
    let file = image_template_file(dir.path());
    // Named .jpg, but PNG inside: the upload says what the bytes are.
    let photo = dir.path().join("photo.jpg");
    std::fs::write(&photo, PNG).unwrap();
    let (base, seen) = scripted_server(vec![(200, UPLOADED), (200, ACCEPTED)]);
    opt_in(dir.path());
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--media", photo.to_str().unwrap()]);
    let out = wabi(dir.path(), &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "wamid.CLI1");
    let requests = seen.lock().unwrap();
    assert_eq!(requests.len(), 2);
    let (upload_line, upload_type, upload_body) = parts(&requests[0]);
    assert!(upload_line.starts_with(&format!("POST /v23.0/{PHONE_ID}/media ")));
    assert!(
        upload_type.starts_with("multipart/form-data"),
        "{upload_type}"
    );
    assert!(upload_body.contains("name=\"messaging_product\"\r\n\r\nwhatsapp"));
    assert!(upload_body.contains("name=\"type\"\r\n\r\nimage/png"));
    assert!(upload_body.contains("filename=\"photo.jpg\""));
    let (send_line, _, send_body) = parts(&requests[1]);
    assert!(send_line.starts_with(&format!("POST /v23.0/{PHONE_ID}/messages ")));
    let json: serde_json::Value = serde_json::from_str(&send_body).unwrap();
    assert_eq!(
        json["template"]["components"][0]["parameters"][0],
        serde_json::json!({"type": "image", "image": {"id": "4490709327384033"}})
    );
    for request in requests.iter() {
        assert_eq!(spec_complaints(request), Vec::<String>::new());
    }
}

#[test]
fn a_header_path_in_values_is_uploaded_from_beside_the_values_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = image_template_file(dir.path());
    let inputs = dir.path().join("inputs");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(inputs.join("banner.png"), PNG).unwrap();
    let values = inputs.join("values.json");
    std::fs::write(
        &values,
        r#"{"header": "banner.png", "body": {"1": "Grace"}}"#,
    )
    .unwrap();
    let (base, seen) = scripted_server(vec![(200, UPLOADED), (200, ACCEPTED)]);
    opt_in(dir.path());
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--values", values.to_str().unwrap()]);
    let out = wabi(dir.path(), &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let requests = seen.lock().unwrap();
    assert_eq!(requests.len(), 2);
    assert!(parts(&requests[0]).2.contains("filename=\"banner.png\""));
    let json: serde_json::Value = serde_json::from_str(&parts(&requests[1]).2).unwrap();
    assert_eq!(
        json["template"]["components"][0]["parameters"][0]["image"]["id"],
        "4490709327384033"
    );
    assert_eq!(
        json["template"]["components"][1]["parameters"][0]["text"],
        "Grace"
    );
}

#[test]
fn an_https_header_value_is_sent_as_a_link_without_an_upload() {
    let dir = tempfile::tempdir().unwrap();
    let file = image_template_file(dir.path());
    let values = dir.path().join("values.json");
    std::fs::write(&values, r#"{"header": "https://cdn.example.com/sale.png"}"#).unwrap();
    let (base, seen) = server(200, ACCEPTED);
    opt_in(dir.path());
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--values", values.to_str().unwrap()]);
    let out = wabi(dir.path(), &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let requests = seen.lock().unwrap();
    assert_eq!(requests.len(), 1);
    let json: serde_json::Value = serde_json::from_str(&parts(&requests[0]).2).unwrap();
    assert_eq!(
        json["template"]["components"][0]["parameters"][0]["image"]["link"],
        "https://cdn.example.com/sale.png"
    );
    assert_eq!(spec_complaints(&requests[0]), Vec::<String>::new());
}

#[test]
fn dry_run_with_media_shows_the_upload_and_the_placeholder_id_and_makes_no_request() {
    let dir = tempfile::tempdir().unwrap();
    let file = image_template_file(dir.path());
    let photo = dir.path().join("photo.png");
    std::fs::write(&photo, PNG).unwrap();
    let (base, seen) = server(200, UPLOADED);
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend([
        "--media",
        photo.to_str().unwrap(),
        "--dry-run",
        "--format",
        "json",
    ]);
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
    assert_eq!(
        json["uploads"][0]["url"],
        format!("{base}/v23.0/{PHONE_ID}/media")
    );
    assert_eq!(
        json["uploads"][0]["headers"][0]["value"],
        "Bearer <ACCESS_TOKEN>"
    );
    assert_eq!(json["uploads"][0]["body"]["type"], "image/png");
    assert_eq!(
        json["send"]["url"],
        format!("{base}/v23.0/{PHONE_ID}/messages")
    );
    assert_eq!(
        json["send"]["body"]["template"]["components"][0]["parameters"][0]["image"]["id"],
        "<uploaded-media-id>"
    );
    // The text form is two cURL commands: the upload as a form, then the send.
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--media", photo.to_str().unwrap(), "--dry-run"]);
    let text = String::from_utf8_lossy(&wabi(dir.path(), &args).stdout).to_string();
    assert!(
        text.contains("-F 'file=@photo.png;type=image/png'"),
        "{text}"
    );
    assert!(
        text.contains(&format!("/v23.0/{PHONE_ID}/messages")),
        "{text}"
    );
    assert!(seen.lock().unwrap().is_empty());
}

#[test]
fn consent_refusal_with_media_makes_no_request_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let file = image_template_file(dir.path());
    let photo = dir.path().join("photo.png");
    std::fs::write(&photo, PNG).unwrap();
    let (base, seen) = scripted_server(vec![(200, UPLOADED), (200, ACCEPTED)]);
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--media", photo.to_str().unwrap()]);
    let out = wabi(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no recorded opt-in"));
    assert!(seen.lock().unwrap().is_empty(), "neither upload nor send");
}

#[test]
fn a_media_file_of_the_wrong_kind_is_bad_input_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = image_template_file(dir.path());
    let menu = dir.path().join("menu.pdf");
    std::fs::write(&menu, b"%PDF-1.7\n").unwrap();
    let (base, seen) = server(200, UPLOADED);
    opt_in(dir.path());
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--media", menu.to_str().unwrap()]);
    let out = wabi(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("menu.pdf") && stderr.contains("IMAGE"),
        "{stderr}"
    );
    assert!(seen.lock().unwrap().is_empty());
}

#[test]
fn a_media_header_without_a_file_says_to_give_it_with_media_and_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = image_template_file(dir.path());
    let (base, seen) = server(200, ACCEPTED);
    opt_in(dir.path());
    let out = wabi(dir.path(), &send_args(file.to_str().unwrap(), &base));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--media FILE"), "{stderr}");
    assert!(seen.lock().unwrap().is_empty());
}

/// A carousel of two cards, each with an IMAGE header.
fn carousel_template_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("new_looks.json");
    let card = r#"{"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2U="]}},{"type":"BODY","text":"A new look."},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"More"}]}]}"#;
    std::fs::write(&path, format!(r#"{{"name":"new_looks","language":"en_US","category":"MARKETING","components":[{{"type":"BODY","text":"Our new looks."}},{{"type":"CAROUSEL","cards":[{card},{card}]}}]}}"#)).unwrap();
    path
}

/// Card `index`'s header parameter in a sent carousel message.
fn card_header(message: &serde_json::Value, index: usize) -> serde_json::Value {
    let carousel = message["template"]["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["type"] == "carousel")
        .unwrap()
        .clone();
    let card = carousel["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["card_index"] == index)
        .unwrap()
        .clone();
    card["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["type"] == "header")
        .unwrap()["parameters"][0]
        .clone()
}

/// Values naming a file for each of the two cards (relative to the values' folder).
fn card_files_values(dir: &Path) -> std::path::PathBuf {
    let inputs = dir.join("inputs");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(inputs.join("first.png"), PNG).unwrap();
    std::fs::write(inputs.join("second.png"), PNG).unwrap();
    let values = inputs.join("values.json");
    std::fs::write(
        &values,
        r#"{"cards": {"1": {"header": "second.png"}, "0": {"header": "first.png"}}}"#,
    )
    .unwrap();
    values
}

#[test]
fn carousel_card_files_are_uploaded_in_card_order_then_sent_by_their_ids() {
    let dir = tempfile::tempdir().unwrap();
    let file = carousel_template_file(dir.path());
    let values = card_files_values(dir.path());
    let (base, seen) = scripted_server(vec![
        (200, r#"{"id":"1111"}"#),
        (200, r#"{"id":"2222"}"#),
        (200, ACCEPTED),
    ]);
    opt_in(dir.path());
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--values", values.to_str().unwrap()]);
    let out = wabi(dir.path(), &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "wamid.CLI1");
    let requests = seen.lock().unwrap();
    assert_eq!(requests.len(), 3);
    for (request, name) in requests.iter().zip(["first.png", "second.png"]) {
        let (line, _, body) = parts(request);
        assert!(line.starts_with(&format!("POST /v23.0/{PHONE_ID}/media ")));
        assert!(body.contains(&format!("filename=\"{name}\"")), "{body}");
        assert!(body.contains("name=\"type\"\r\n\r\nimage/png"));
    }
    let (send_line, _, send_body) = parts(&requests[2]);
    assert!(send_line.starts_with(&format!("POST /v23.0/{PHONE_ID}/messages ")));
    let sent: serde_json::Value = serde_json::from_str(&send_body).unwrap();
    assert_eq!(
        card_header(&sent, 0),
        serde_json::json!({"type": "image", "image": {"id": "1111"}})
    );
    assert_eq!(
        card_header(&sent, 1),
        serde_json::json!({"type": "image", "image": {"id": "2222"}})
    );
    for request in requests.iter() {
        assert_eq!(spec_complaints(request), Vec::<String>::new());
    }
}

#[test]
fn dry_run_with_card_files_shows_each_upload_and_placeholder_ids_and_makes_no_request() {
    let dir = tempfile::tempdir().unwrap();
    let file = carousel_template_file(dir.path());
    let values = card_files_values(dir.path());
    let (base, seen) = server(200, UPLOADED);
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend([
        "--values",
        values.to_str().unwrap(),
        "--dry-run",
        "--format",
        "json",
    ]);
    let out = wabi(dir.path(), &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let uploads = json["uploads"].as_array().unwrap();
    assert_eq!(uploads.len(), 2);
    assert_eq!(uploads[0]["body"]["file"], "@first.png;type=image/png");
    assert_eq!(uploads[1]["body"]["file"], "@second.png;type=image/png");
    for index in 0..2 {
        assert_eq!(
            card_header(&json["send"]["body"], index)["image"]["id"],
            "<uploaded-media-id>"
        );
    }
    assert!(seen.lock().unwrap().is_empty());
}

#[test]
fn consent_refusal_with_card_files_makes_no_request_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let file = carousel_template_file(dir.path());
    let values = card_files_values(dir.path());
    let (base, seen) = server(200, UPLOADED);
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--values", values.to_str().unwrap()]);
    let out = wabi(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("opt-in"));
    assert!(seen.lock().unwrap().is_empty());
}

#[test]
fn a_card_file_of_the_wrong_kind_is_bad_input_naming_the_card() {
    let dir = tempfile::tempdir().unwrap();
    let file = carousel_template_file(dir.path());
    std::fs::write(dir.path().join("menu.pdf"), b"%PDF-1.7\n").unwrap();
    let values = dir.path().join("values.json");
    std::fs::write(&values, r#"{"cards": {"1": {"header": "menu.pdf"}}}"#).unwrap();
    let (base, seen) = server(200, UPLOADED);
    opt_in(dir.path());
    let mut args = send_args(file.to_str().unwrap(), &base);
    args.extend(["--values", values.to_str().unwrap()]);
    let out = wabi(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("menu.pdf") && stderr.contains("card 1"),
        "{stderr}"
    );
    assert!(seen.lock().unwrap().is_empty());
}
