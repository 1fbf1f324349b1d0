//! The send flow against a real SQLite library, files kept in a temporary data folder, and a
//! local server answering like the Graph API (every request checked against Meta's OpenAPI
//! file). The token comes from a [`TokenLookup`] given the token, so no keyring is needed.

use super::*;
use crate::header_media::{HeaderSlot, HeaderUpload, UPLOADED_MEDIA_ID};
use crate::sensitive::Sensitive;
use crate::settings::AccountSettings;
use serde_json::{json, Value};
use wabi_media::{keep, reference, KeepSource, KeptFiles};
use wabi_store::{NewDraft, SaveKind, SendOutcome, Starter, Store};
use wabi_template::model::Template;
use wabi_template::values::Values;
use wabi_template::Locale;
use wabi_test_support::{accepted, openapi, Answer, GraphServer};

const TOKEN: &str = "EAAflowTOKENvalue0123456789abcdefXYZ4f2a";
const PHONE_ID: &str = "106540352242922";
const ME: &str = "+16505551234";
/// A PNG's first bytes: enough for the MIME sniffing.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

fn open_store(dir: &tempfile::TempDir) -> Store {
    Store::open(dir.path()).expect("open store").0
}

fn tokens() -> TokenLookup {
    TokenLookup {
        given: Some(Sensitive::new(TOKEN)),
        keyring_service: "wabi-cloud-send-tests".into(),
        missing: "no token".into(),
    }
}

fn settings(base_url: &str) -> AccountSettings {
    let mut settings = AccountSettings::for_phone_number(PHONE_ID);
    settings.base_url = base_url.into();
    settings
}

/// A draft whose IMAGE header sample is a file kept in `data_dir`.
fn image_draft(data_dir: &std::path::Path) -> Value {
    let kept = keep(data_dir, KeepSource::Bytes(PNG)).expect("kept");
    json!({"name": "summer_sale", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "HEADER", "format": "IMAGE",
         "example": {"header_handle": [reference::reference_of(&kept)]}},
        {"type": "BODY", "text": "Hi {{1}}, the sale is on.", "example": {"body_text": [["Ada"]]}}]})
}

fn input(document: Value, mode: SendMode) -> SendInput {
    SendInput {
        mode,
        to: ME.into(),
        template: Template::from_value(document).expect("template"),
        values: Values::default(),
        header_files: Vec::new(),
        draft_id: None,
        locale: Locale::En,
    }
}

#[test]
fn a_kept_header_sample_becomes_an_upload_and_a_placeholder_in_the_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let built = build(
        input(image_draft(dir.path()), SendMode::Template),
        &KeptFiles::new(dir.path()),
    )
    .expect("built");
    assert!(built.problems.is_empty(), "{:?}", built.problems);
    assert_eq!(built.uploads.len(), 1);
    assert_eq!(built.uploads[0].slot, HeaderSlot::Main);
    assert_eq!(built.uploads[0].mime_type, "image/png");
    assert_eq!(
        built.message["template"]["components"][0]["parameters"][0]["image"]["id"],
        UPLOADED_MEDIA_ID
    );
    let prepared = prepare(&built, None, None);
    assert!(prepared.without_account);
    assert!(
        prepared.curl.starts_with("# 1. upload a header file"),
        "{}",
        prepared.curl
    );
    assert!(prepared.curl.contains("# 2. send"), "{}", prepared.curl);
}

#[test]
fn a_header_file_given_for_a_slot_replaces_the_kept_sample() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut asked = input(image_draft(dir.path()), SendMode::Template);
    let given = [PNG, b"given".as_slice()].concat();
    asked.header_files =
        vec![
            HeaderUpload::from_bytes(given.clone(), "given.png", &asked.template)
                .expect("an image"),
        ];
    let built = build(asked, &KeptFiles::new(dir.path())).expect("built");
    assert_eq!(
        built.uploads.len(),
        1,
        "the kept sample is not uploaded too"
    );
    assert_eq!(built.uploads[0].bytes, given);
    assert_eq!(built.uploads[0].file_name, "given.png");
}

#[test]
fn a_missing_kept_file_is_an_error_that_says_to_choose_it_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let document = image_draft(dir.path());
    std::fs::remove_dir_all(wabi_media::keep::media_dir(dir.path())).expect("removed");
    let error = build(
        input(document, SendMode::Template),
        &KeptFiles::new(dir.path()),
    )
    .expect_err("missing");
    assert!(matches!(
        error,
        SendError::Media(wabi_media::MediaError::KeptMissing { .. })
    ));
    assert!(
        error.to_string().contains("Choose the file again"),
        "{error}"
    );
}

#[test]
fn a_proof_is_worded_in_the_requested_locale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let document = json!({"name": "t", "language": "it", "components": [
        {"type": "BODY", "text": "Ciao"}]});
    let request = SendTestRequest {
        mode: SendMode::Proof,
        to: ME.into(),
        document,
        values: None,
        template_name: None,
        language: None,
        draft_id: None,
        locale: Some(Locale::It),
    };
    let built = build(request.input().expect("input"), &KeptFiles::new(dir.path())).expect("built");
    let prepared = prepare(&built, None, Some("+1 555-010-0123"));
    assert!(
        prepared.differences[0].contains("24 ore"),
        "{:?}",
        prepared.differences
    );
    assert!(prepared
        .window_explanation
        .as_deref()
        .is_some_and(|w| w.contains("24 ore")));
    assert_eq!(
        prepared.wa_me_link.as_deref(),
        Some("https://wa.me/15550100123")
    );
    // Without a locale, English.
    let english = SendTestRequest {
        locale: None,
        ..request
    };
    let built = build(english.input().expect("input"), &KeptFiles::new(dir.path())).expect("built");
    assert!(
        built.differences[0].contains("24 hours"),
        "{:?}",
        built.differences
    );
}

#[tokio::test]
async fn a_refusal_without_opt_in_is_logged_and_makes_no_request() {
    let server = GraphServer::start(vec![accepted("wamid.NO")]).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    store.add_recipient(ME, "", false).expect("added");
    let built = build(
        input(image_draft(dir.path()), SendMode::Template),
        &KeptFiles::new(dir.path()),
    )
    .expect("built");
    let Err(error) = ready(&store, built, Some(settings(&server.base_url)), &tokens()) else {
        panic!("a send without opt-in must be refused");
    };
    assert!(matches!(error, SendError::NoConsent { .. }), "{error}");
    assert!(error.to_string().contains("no recorded opt-in"), "{error}");
    assert!(server.requests().is_empty(), "neither upload nor send");
    let log = send_log(&store, None).expect("log");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].entry.outcome, SendOutcome::Refused);
}

#[test]
fn consent_is_checked_before_the_account_so_a_refusal_is_logged_even_without_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let built = || {
        build(
            input(image_draft(dir.path()), SendMode::Template),
            &KeptFiles::new(dir.path()),
        )
        .expect("built")
    };
    let Err(error) = ready(&store, built(), None, &tokens()) else {
        panic!("a send without opt-in must be refused");
    };
    assert!(matches!(error, SendError::NoConsent { .. }), "{error}");
    let log = send_log(&store, None).expect("log");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].entry.outcome, SendOutcome::Refused);

    // With the opt-in recorded, the missing account is what stops it, and it says what to do.
    store.add_recipient(ME, "", true).expect("opted in");
    let Err(error) = ready(&store, built(), None, &tokens()) else {
        panic!("a send without an account must stop");
    };
    assert!(matches!(error, SendError::NoAccount), "{error}");
    assert!(error.to_string().contains("phone number ID"), "{error}");
}

#[tokio::test]
async fn a_draft_send_uploads_its_kept_header_then_logs_the_real_id_and_the_latest_revision() {
    let server = GraphServer::start_checked(
        vec![
            Answer::json(200, json!({"id": "4490709327384033"})),
            accepted("wamid.FLOW1"),
        ],
        openapi::request_check(),
    )
    .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open_store(&dir);
    store.add_recipient(ME, "my phone", true).expect("added");
    let id = store
        .create(&NewDraft {
            name: "summer_sale".into(),
            language: "en_US".into(),
            category: Some("MARKETING".into()),
            starter: Starter::Blank,
        })
        .expect("created");
    let document = image_draft(dir.path());
    store
        .save(id, &document, SaveKind::Explicit)
        .expect("saved");
    let latest = store.revisions(id).expect("revisions")[0].id;
    let mut asked = input(document, SendMode::Template);
    asked.draft_id = Some(id);
    let built = build(asked, &KeptFiles::new(dir.path())).expect("built");

    let mut sending =
        ready(&store, built, Some(settings(&server.base_url)), &tokens()).expect("ready");
    let result = sending.deliver().await;
    let logged = record(&store, &mut sending.entry, &result).expect("logged");
    assert_eq!(result.expect("sent").message_id, "wamid.FLOW1");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].path, format!("/v23.0/{PHONE_ID}/media"));
    assert_eq!(
        requests[1].json()["template"]["components"][0]["parameters"][0],
        json!({"type": "image", "image": {"id": "4490709327384033"}})
    );
    let row = logged_row(&store, logged).expect("read").expect("the row");
    assert_eq!(row.outcome, SendOutcome::Sent);
    assert_eq!(row.draft_id, Some(id));
    assert_eq!(row.revision_id, Some(latest));
    assert!(row.request_body.contains("4490709327384033"));
    assert!(!row.request_body.contains(UPLOADED_MEDIA_ID));
}

#[tokio::test]
async fn a_failed_upload_is_logged_as_such_and_nothing_is_sent() {
    let server = GraphServer::start(vec![wabi_test_support::graph_error(
        400,
        131053,
        "Media upload error",
    )])
    .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    store.add_recipient(ME, "", true).expect("added");
    let built = build(
        input(image_draft(dir.path()), SendMode::Template),
        &KeptFiles::new(dir.path()),
    )
    .expect("built");
    let mut sending =
        ready(&store, built, Some(settings(&server.base_url)), &tokens()).expect("ready");
    let result = sending.deliver().await;
    record(&store, &mut sending.entry, &result).expect("logged");
    let error = result.expect_err("failed");
    assert!(matches!(error, DeliveryError::Upload { .. }), "{error}");
    assert!(error.to_string().starts_with("media upload of"), "{error}");
    assert!(server.requests().iter().all(|r| r.path.ends_with("/media")));
    let log = send_log(&store, Some(SendOutcome::Failed)).expect("log");
    assert!(log[0]
        .entry
        .response
        .as_deref()
        .is_some_and(|r| r.starts_with("media upload failed: ") && r.contains("131053")));
}

#[test]
fn the_token_given_for_the_run_comes_first_and_none_says_where_to_set_it() {
    let lookup = tokens();
    assert_eq!(
        lookup.token(PHONE_ID).expect("given").expose_to_keyring(),
        TOKEN
    );
    let problems = SendError::NotSendable(vec!["to: a number".into(), "body.1: empty".into()]);
    assert_eq!(
        sentence(&problems.to_string()),
        "Not sent: to: a number; body.1: empty"
    );
}
