//! The app and `wabi send` make the same requests for the same draft. One library folder holds a
//! draft whose media headers are files kept by the app (`wabi-media:` samples); it is sent once
//! through the app's own send path (the functions the `prepare_test_send` and `send_test`
//! commands call) and once by the real `wabi` binary (`wabi send --draft ID`), each against its
//! own local server answering like the Graph API. Both servers must receive the same uploads
//! (form fields and file bytes), the same send body and the same token, the dry runs must show
//! the same cURL commands, and the send log must hold the same entry (draft, latest revision,
//! body as sent) for both.
//!
//! No window and no keyring: the app is given the token for the session only, `wabi` through
//! `WABI_ACCESS_TOKEN`. Needs the `wabi` binary built (`cargo build -p wabi-cli`).

use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use wabi_store::{AccountRow, NewDraft, SaveKind, SendLogEntry, Starter, Store};
use wabi_studio::sending::{self, SendMode, SendTestRequest, SendingSession};
use wabi_test_support::{accepted, openapi, Answer, GraphServer, Received};

const TOKEN: &str = "EAAparityTOKEN0123456789abcdefXYZ4f2a";
const PHONE_ID: &str = "106540352242922";
const ME: &str = "+16505551234";
/// A PNG's first bytes: enough for the MIME sniffing.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

/// The `wabi` binary under test.
fn wabi_binary() -> PathBuf {
    let path = wabi_e2e::target_dir().join("debug/wabi");
    assert!(
        path.is_file(),
        "{} does not exist: build it first (`cargo build -p wabi-cli`)",
        path.display()
    );
    path
}

/// The same answers for both servers: one media id per upload, then the accepted send.
fn script(uploads: usize) -> Vec<Answer> {
    (0..uploads)
        .map(|n| Answer::json(200, json!({"id": format!("90000000000000{n}")})))
        .chain([accepted("wamid.PARITY")])
        .collect()
}

/// A reference to `bytes` kept in `data_dir`, as the app stores it in a draft.
fn kept(data_dir: &Path, bytes: &[u8]) -> String {
    let kept = wabi_media::keep(data_dir, wabi_media::KeepSource::Bytes(bytes)).expect("kept");
    wabi_media::reference::reference_of(&kept)
}

/// A draft with an IMAGE header kept by the app.
fn image_draft(data_dir: &Path) -> Value {
    json!({"name": "summer_sale", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [kept(data_dir, PNG)]}},
        {"type": "BODY", "text": "Hi {{1}}, the sale is on.", "example": {"body_text": [["Ada"]]}}]})
}

/// A carousel draft whose two cards' IMAGE headers are two different kept files.
fn carousel_draft(data_dir: &Path) -> Value {
    let card = |bytes: &[u8]| {
        json!({"components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [kept(data_dir, bytes)]}},
            {"type": "BODY", "text": "A new look."},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}]})
    };
    let second = [PNG, b"second card".as_slice()].concat();
    json!({"name": "new_looks", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "BODY", "text": "Our new looks."},
        {"type": "CAROUSEL", "cards": [card(PNG), card(&second)]}]})
}

/// A library in `data_dir` with `document` saved as a draft (two revisions), an opted-in
/// recipient and an account pointing at `base_url`; returns the draft's id.
fn library(data_dir: &Path, document: &Value, base_url: &str) -> i64 {
    let (mut store, _) = Store::open(data_dir).expect("open store");
    let id = store
        .create(&NewDraft {
            name: document["name"].as_str().unwrap_or("draft").into(),
            language: "en_US".into(),
            category: Some("MARKETING".into()),
            starter: Starter::Blank,
        })
        .expect("created");
    store.save(id, document, SaveKind::Explicit).expect("saved");
    store.add_recipient(ME, "my phone", true).expect("opted in");
    point_account_at(&store, base_url);
    id
}

fn point_account_at(store: &Store, base_url: &str) {
    store
        .save_account(&AccountRow {
            phone_number_id: PHONE_ID.into(),
            waba_id: None,
            api_version: "v23.0".into(),
            base_url: base_url.into(),
        })
        .expect("account saved");
}

fn request(document: &Value, mode: SendMode, draft_id: i64) -> SendTestRequest {
    SendTestRequest {
        mode,
        to: ME.into(),
        document: document.clone(),
        values: None,
        template_name: None,
        language: None,
        draft_id: Some(draft_id),
        locale: None,
    }
}

fn wabi(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(wabi_binary())
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env("WABI_ACCESS_TOKEN", TOKEN)
        .env_remove("WABI_PHONE_NUMBER_ID")
        .env_remove("WABI_WABA_ID")
        .output()
        .expect("run wabi")
}

/// A multipart form's parts by name: (file name, content type, bytes).
type Form = BTreeMap<String, (Option<String>, Option<String>, Vec<u8>)>;

/// What a request carries, boundaries aside: method and path, the token header, and the body
/// (JSON as JSON; a multipart form as its fields, each with its file name, type and bytes).
#[derive(Debug, PartialEq)]
struct Carried {
    line: String,
    authorization: Option<String>,
    json: Option<Value>,
    form: Form,
}

fn carried(request: &Received) -> Carried {
    let content_type = request
        .header("content-type")
        .unwrap_or_default()
        .to_owned();
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_owned());
    Carried {
        line: format!("{} {}", request.method, request.path),
        authorization: request.header("authorization").map(str::to_owned),
        json: serde_json::from_slice(&request.body).ok(),
        form: boundary.map_or_else(BTreeMap::new, |b| form_fields(&request.body, &b)),
    }
}

/// A multipart body's parts by name: (file name, content type, bytes).
fn form_fields(body: &[u8], boundary: &str) -> Form {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut fields = BTreeMap::new();
    let mut rest = body;
    while let Some(start) = find(rest, &delimiter) {
        rest = &rest[start + delimiter.len()..];
        let end = find(rest, &delimiter).unwrap_or(rest.len());
        let part = &rest[..end];
        let Some(split) = find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..split]).to_string();
        let content = part[split + 4..]
            .strip_suffix(b"\r\n")
            .unwrap_or(&part[split + 4..]);
        let attribute = |name: &str| {
            head.split([';', '\r', '\n'])
                .find_map(|p| p.trim().strip_prefix(&format!("{name}=")))
                .map(|v| v.trim_matches('"').to_owned())
        };
        let content_type = head.lines().find_map(|l| {
            l.split_once(':')
                .filter(|(n, _)| n.eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.trim().to_owned())
        });
        if let Some(name) = attribute("name") {
            fields.insert(
                name,
                (attribute("filename"), content_type, content.to_vec()),
            );
        }
    }
    fields
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// What the send log must agree on (the row id and time aside).
fn logged(entry: &SendLogEntry) -> (String, String, Option<i64>, Option<i64>, Value, String) {
    (
        entry.recipient.clone(),
        entry.mode.clone(),
        entry.draft_id,
        entry.revision_id,
        serde_json::from_str(&entry.request_body).expect("JSON body"),
        format!("{:?}/{:?}", entry.outcome, entry.message_id),
    )
}

/// Sends `document` (saved as a draft with `uploads` kept header files) in `mode` through the
/// app and through `wabi`, and asserts both made the same requests and log entries.
async fn app_and_wabi_agree(make: fn(&Path) -> Value, mode: SendMode, uploads: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let document = make(dir.path());
    let app_server = GraphServer::start_checked(script(uploads), openapi::request_check()).await;
    let wabi_server = GraphServer::start_checked(script(uploads), openapi::request_check()).await;
    let draft_id = library(dir.path(), &document, &app_server.base_url);
    let asked = request(&document, mode, draft_id);
    let mode_flag = match mode {
        SendMode::Template => "template",
        SendMode::Proof => "proof",
    };
    let draft_flag = draft_id.to_string();
    let send_args = [
        "send",
        "--to",
        ME,
        "--draft",
        &draft_flag,
        "--mode",
        mode_flag,
    ];

    // The dry runs: the app's prepared send and `wabi send --dry-run` show the same commands.
    let (store, _) = Store::open(dir.path()).expect("open store");
    let session = SendingSession::with_keyring_service("wabi-e2e-parity");
    sending::save_token(&store, &session, TOKEN.into(), true).expect("session token");
    let prepared = sending::prepare_send(&store, &session, dir.path(), &asked).expect("prepared");
    assert!(prepared.problems.is_empty(), "{:?}", prepared.problems);
    assert_eq!(prepared.uploads.len(), uploads);
    let dry = wabi(dir.path(), &[&send_args[..], &["--dry-run"]].concat());
    assert_eq!(
        dry.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&dry.stdout).trim_end(),
        prepared.curl
    );

    // The app sends...
    let mut ready = sending::ready_to_send(&store, &session, dir.path(), &asked).expect("ready");
    let result = sending::deliver(&mut ready).await;
    let app_row = sending::finish_send(&store, ready.entry, result).expect("sent by the app");

    // ...then `wabi`, with the account pointed at its own server.
    point_account_at(&store, &wabi_server.base_url);
    let out = wabi(dir.path(), &send_args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "wamid.PARITY");

    let app_requests: Vec<Carried> = app_server.requests().iter().map(carried).collect();
    let wabi_requests: Vec<Carried> = wabi_server.requests().iter().map(carried).collect();
    assert_eq!(app_requests.len(), uploads + 1, "{app_requests:#?}");
    assert_eq!(wabi_requests, app_requests);
    for upload in &app_requests[..uploads] {
        assert!(upload.line.ends_with("/media"), "{}", upload.line);
        let (_, file_type, bytes) = &upload.form["file"];
        assert_eq!(file_type.as_deref(), Some("image/png"));
        assert!(bytes.starts_with(PNG), "the kept file's bytes are uploaded");
    }
    assert_eq!(
        app_requests[0].authorization.as_deref(),
        Some(format!("Bearer {TOKEN}").as_str())
    );

    let log = sending::send_log(&store, None).expect("log");
    assert_eq!(log.len(), 2, "one entry per send");
    let wabi_row = &log[0].entry;
    assert_ne!(wabi_row.id, app_row.id);
    assert_eq!(logged(wabi_row), logged(&app_row));
    let latest = store.revisions(draft_id).expect("revisions")[0].id;
    assert_eq!(
        app_row.revision_id,
        Some(latest),
        "the draft's latest revision is logged"
    );
    assert!(!app_row.request_body.contains(wabi_cloud::UPLOADED_MEDIA_ID));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_and_wabi_send_a_kept_image_header_the_same_way() {
    app_and_wabi_agree(image_draft, SendMode::Template, 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_and_wabi_send_kept_carousel_card_headers_the_same_way() {
    app_and_wabi_agree(carousel_draft, SendMode::Template, 2).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_and_wabi_send_the_proof_of_a_kept_image_header_the_same_way() {
    app_and_wabi_agree(image_draft, SendMode::Proof, 1).await;
}
