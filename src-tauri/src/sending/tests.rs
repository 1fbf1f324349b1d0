//! The app's sending against a real SQLite file, the real keyring (run inside
//! `scripts/with-keyring.sh`) and a local server answering like the Graph API.

use super::*;
use serde_json::{json, Value};
use wabi_cloud::{CloudError, UPLOADED_MEDIA_ID};
use wabi_test_support::{accepted, graph_error, Answer, GraphServer};

const TOKEN: &str = "EAAappTOKENvalue0123456789abcdefXYZ4f2a";
const PHONE_ID: &str = "106540352242922";
const ME: &str = "+16505551234";

fn open_store(dir: &tempfile::TempDir) -> Store {
    Store::open(dir.path()).expect("open store").0
}

fn session() -> SendingSession {
    // A service name of the tests' own: nothing touches the app's real entries.
    SendingSession::with_keyring_service("wabi-studio-app-tests")
}

/// A session with a keyring entry of its own, for a test that runs beside another keyring test.
fn separate_session() -> SendingSession {
    SendingSession::with_keyring_service("wabi-studio-app-tests-hint")
}

fn account(base_url: &str) -> AccountSettings {
    AccountSettings {
        phone_number_id: PHONE_ID.into(),
        waba_id: Some("102290129340398".into()),
        api_version: String::new(),
        base_url: base_url.into(),
    }
}

fn draft() -> Value {
    json!({"name": "order_update", "language": "en_US", "category": "UTILITY", "components": [
        {"type": "BODY", "text": "Hi {{1}}, your order {{2}} is on its way.",
         "example": {"body_text": [["Ada", "42"]]}}]})
}

fn request(mode: SendMode) -> SendTestRequest {
    SendTestRequest {
        mode,
        to: ME.into(),
        document: draft(),
        values: None,
        template_name: None,
        language: None,
        draft_id: None,
        locale: None,
    }
}

/// Asserts that nothing serialised for the UI carries the token.
fn assert_no_token(what: &str, value: &impl Serialize) {
    let json = serde_json::to_string(value).expect("serialise");
    assert!(!json.contains(TOKEN), "{what} carries the token: {json}");
    assert!(
        !json.contains(&TOKEN[..20]),
        "{what} carries part of the token"
    );
}

#[test]
fn saving_the_account_fills_defaults_and_names_a_bad_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let view = save_account(&store, &session(), account("")).expect("saved");
    let settings = view.settings.expect("settings");
    assert_eq!(settings.api_version, DEFAULT_API_VERSION);
    assert_eq!(settings.base_url, DEFAULT_BASE_URL);

    let mut bad = account("");
    bad.phone_number_id = "+1 650".into();
    let error = save_account(&store, &session(), bad).expect_err("refused");
    assert_eq!(error.code, ErrorCode::InvalidInput);
    assert!(
        error.message.contains("Phone number ID"),
        "{}",
        error.message
    );
}

#[test]
fn a_token_saved_in_the_keyring_comes_back_only_as_its_last_four_characters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = separate_session();
    save_account(&store, &session, account("")).expect("saved");
    let view = save_token(&store, &session, format!("{TOKEN}\n"), false).expect("token saved");
    assert_eq!(view.token_place, TokenPlace::Keyring);
    assert_eq!(view.token_hint.as_deref(), Some("set, ending in …4f2a"));
    assert_no_token("the account view", &view);

    // A new session (the app restarted) still finds it in the keyring.
    let again = account_view(&store, &separate_session()).expect("view");
    assert_eq!(again.token_place, TokenPlace::Keyring);

    let forgotten = forget_token(&store, &session).expect("forgotten");
    assert_eq!(forgotten.token_place, TokenPlace::None);
    assert_eq!(forgotten.token_hint, None);
}

#[test]
fn a_session_only_token_is_used_without_the_keyring_and_shown_as_a_hint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    save_account(&store, &session, account("")).expect("saved");
    let view = save_token(&store, &session, TOKEN.into(), true).expect("kept");
    assert_eq!(view.token_place, TokenPlace::Session);
    assert_eq!(view.token_hint.as_deref(), Some("set, ending in …4f2a"));
    assert_no_token("the account view", &view);
}

#[test]
fn a_dry_run_without_an_account_shows_the_exact_request_with_the_token_masked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let prepared = prepare_send(&store, &session(), dir.path(), &request(SendMode::Template))
        .expect("prepared");
    assert!(prepared.without_account);
    assert_eq!(prepared.request.method, "POST");
    assert_eq!(
        prepared.request.url,
        format!("{DEFAULT_BASE_URL}/{DEFAULT_API_VERSION}/{PLACEHOLDER_PHONE_NUMBER_ID}/messages")
    );
    assert_eq!(prepared.request.headers[0].value, "Bearer <ACCESS_TOKEN>");
    let body = prepared.request.body.expect("a body");
    assert_eq!(body["template"]["name"], "order_update");
    assert_eq!(body["to"], ME);
    assert!(prepared.problems.is_empty(), "{:?}", prepared.problems);
    assert!(prepared.curl.contains("$WABI_ACCESS_TOKEN"));
}

#[test]
fn template_mode_uses_the_picked_template_name_and_language_and_edited_parameters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let mut asked = request(SendMode::Template);
    asked.template_name = Some("order_update_v2".into());
    asked.language = Some("it".into());
    asked.values = Some(json!({"body": {"1": "Grace"}}));
    let prepared = prepare_send(&store, &session(), dir.path(), &asked).expect("prepared");
    let body = prepared.request.body.expect("a body");
    assert_eq!(body["template"]["name"], "order_update_v2");
    assert_eq!(body["template"]["language"]["code"], "it");
    assert_eq!(
        body["template"]["components"][0]["parameters"][0]["text"],
        "Grace"
    );
}

#[test]
fn a_proof_explains_the_window_and_lists_its_differences() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    session.remember_phone(PhoneNumberInfo {
        display_phone_number: Some("+1 555-010-0123".into()),
        verified_name: Some("Wabi".into()),
        quality_rating: Some("GREEN".into()),
    });
    let prepared =
        prepare_send(&store, &session, dir.path(), &request(SendMode::Proof)).expect("prepared");
    assert!(prepared
        .window_explanation
        .as_deref()
        .is_some_and(|w| w.contains("24 hours")));
    assert!(!prepared.differences.is_empty());
    assert_eq!(
        prepared.wa_me_link.as_deref(),
        Some("https://wa.me/15550100123")
    );
    let qr = prepared.qr.expect("a QR code");
    assert_eq!(qr.dark.len(), (qr.size * qr.size) as usize);
    assert!(qr.size >= 21);
}

#[tokio::test]
async fn a_send_to_a_number_without_opt_in_is_refused_logged_and_never_requested() {
    let server = GraphServer::start(vec![accepted("wamid.NO")]).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    save_account(&store, &session, account(&server.base_url)).expect("saved");
    save_token(&store, &session, TOKEN.into(), true).expect("kept");
    add_recipient(&store, ME, "my phone", false).expect("added");

    let error = ready_to_send(&store, &session, dir.path(), &request(SendMode::Template))
        .err()
        .expect("refused");
    assert_eq!(error.code, ErrorCode::ConsentRequired);
    assert!(server.requests().is_empty());
    let log = send_log(&store, None).expect("log");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].entry.outcome, SendOutcome::Refused);

    // Opt-in given, then withdrawn: refused again.
    add_recipient(&store, ME, "", true).expect("opted in");
    withdraw_opt_in(&store, ME).expect("withdrawn");
    let error = ready_to_send(&store, &session, dir.path(), &request(SendMode::Template))
        .err()
        .expect("refused");
    assert_eq!(error.code, ErrorCode::ConsentRequired);
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_send_reaches_the_server_with_the_token_and_the_log_and_answers_never_carry_it() {
    let server = GraphServer::start(vec![
        Answer::json(
            200,
            json!({"display_phone_number": "+1 555-010-0123", "verified_name": "Wabi",
                   "quality_rating": "GREEN", "id": PHONE_ID}),
        ),
        accepted("wamid.SENT1"),
    ])
    .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    save_account(&store, &session, account(&server.base_url)).expect("saved");
    let view = save_token(&store, &session, TOKEN.into(), false).expect("stored");
    assert_no_token("the account view", &view);
    let recipient = add_recipient(&store, ME, "my phone", true).expect("added");
    assert!(recipient.has_consent());

    let client = account_client(&store, &session).expect("client");
    let info = client.test_connection().await.expect("connected");
    assert_eq!(info.verified_name.as_deref(), Some("Wabi"));
    assert_no_token("the phone number details", &info);

    let ready =
        ready_to_send(&store, &session, dir.path(), &request(SendMode::Template)).expect("ready");
    let result = ready.client.send(&ready.message).await;
    let row = finish_send(&store, ready.entry, result).expect("sent");
    assert_eq!(row.outcome, SendOutcome::Sent);
    assert_eq!(row.message_id.as_deref(), Some("wamid.SENT1"));
    assert_no_token("the send log row", &row);

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[1].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(requests[1].path, format!("/v23.0/{PHONE_ID}/messages"));

    let log = send_log(&store, Some(SendOutcome::Sent)).expect("log");
    assert_eq!(log.len(), 1);
    assert!(log[0].curl.contains(&server.base_url));
    assert!(log[0].curl.contains("$WABI_ACCESS_TOKEN"));
    assert_no_token("the send log", &log);
    let database = std::fs::read(wabi_store::database_path(dir.path())).expect("database");
    assert!(!String::from_utf8_lossy(&database).contains(TOKEN));
    forget_token(&store, &session).expect("cleaned up");
}

#[tokio::test]
async fn a_refusal_by_meta_is_logged_with_the_decoded_error_and_returned() {
    let server = GraphServer::start(vec![graph_error(
        400,
        131047,
        "Message failed to send because more than 24 hours have passed",
    )])
    .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    save_account(&store, &session, account(&server.base_url)).expect("saved");
    save_token(&store, &session, TOKEN.into(), true).expect("kept");
    add_recipient(&store, ME, "", true).expect("added");

    let ready =
        ready_to_send(&store, &session, dir.path(), &request(SendMode::Proof)).expect("ready");
    let result = ready.client.send(&ready.message).await;
    let error = finish_send(&store, ready.entry, result).expect_err("failed");
    assert_eq!(error.code, ErrorCode::Remote);
    assert!(error.message.contains("131047"), "{}", error.message);
    assert_no_token("the error", &error);
    let log = send_log(&store, Some(SendOutcome::Failed)).expect("log");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].entry.mode, "proof");
    assert!(log[0]
        .entry
        .response
        .as_deref()
        .is_some_and(|r| r.contains("131047")));
}

#[tokio::test]
async fn an_expired_token_makes_test_connection_an_auth_error_that_names_the_code_not_the_token() {
    let server = GraphServer::start(vec![graph_error(
        401,
        190,
        "Error validating access token: Session has expired",
    )])
    .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    save_account(&store, &session, account(&server.base_url)).expect("saved");
    save_token(&store, &session, TOKEN.into(), true).expect("kept");

    let client = account_client(&store, &session).expect("client");
    let error = AppError::from(client.test_connection().await.expect_err("refused"));
    assert_eq!(error.code, ErrorCode::Auth);
    assert!(error.message.contains("190"), "{}", error.message);
    assert_no_token("the error", &error);
}

#[test]
fn without_a_token_the_client_is_refused_with_an_auth_error_saying_where_to_paste_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = SendingSession::with_keyring_service("wabi-studio-app-tests-empty");
    save_account(&store, &session, account("")).expect("saved");
    let error = account_client(&store, &session).expect_err("refused");
    assert_eq!(error.code, ErrorCode::Auth);
    assert!(error.message.contains("Account"), "{}", error.message);
}

#[test]
fn correcting_the_phone_number_id_keeps_the_keyring_token() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = SendingSession::with_keyring_service("wabi-studio-app-tests-move");
    let mut typo = account("");
    typo.phone_number_id = "106540352242923".into();
    save_account(&store, &session, typo).expect("saved");
    save_token(&store, &session, TOKEN.into(), false).expect("stored");

    let view = save_account(&store, &session, account("")).expect("corrected");
    assert_eq!(view.token_place, TokenPlace::Keyring);
    assert_eq!(view.token_hint.as_deref(), Some("set, ending in …4f2a"));
    let old = TokenStore::with_service("wabi-studio-app-tests-move", "106540352242923");
    assert!(
        old.read().expect("keyring").is_none(),
        "the old entry is left behind"
    );
    forget_token(&store, &session).expect("cleaned up");
}

#[test]
fn no_keyring_is_said_plainly_with_the_session_only_offer() {
    let error = AppError::from(CloudError::NoKeyring(
        "no Secret Service on the session bus".into(),
    ));
    assert_eq!(error.code, ErrorCode::KeyringUnavailable);
    assert!(
        error
            .message
            .starts_with("No keyring is available on this system")
            && error.message.contains("for this session only"),
        "{}",
        error.message
    );
}

/// A PNG's first bytes: enough for the MIME sniffing.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

/// A draft whose IMAGE header sample is a file kept in `data_dir` by the app.
fn draft_with_kept_image(data_dir: &std::path::Path) -> Value {
    let kept = wabi_media::keep(data_dir, wabi_media::KeepSource::Bytes(PNG)).expect("kept");
    let reference = crate::commands::media::reference_of(&kept);
    assert!(reference.starts_with("wabi-media:"));
    json!({"name": "summer_sale", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [reference]}},
        {"type": "BODY", "text": "Hi {{1}}, the sale is on.", "example": {"body_text": [["Ada"]]}}]})
}

#[tokio::test]
async fn a_kept_media_header_is_uploaded_then_sent_by_the_returned_id() {
    let server = GraphServer::start(vec![
        Answer::json(200, json!({"id": "4490709327384033"})),
        accepted("wamid.IMG1"),
    ])
    .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    save_account(&store, &session, account(&server.base_url)).expect("saved");
    save_token(&store, &session, TOKEN.into(), true).expect("kept");
    add_recipient(&store, ME, "my phone", true).expect("added");
    let mut asked = request(SendMode::Template);
    asked.document = draft_with_kept_image(dir.path());

    // Prepared: the upload is shown, the send holds the placeholder, nothing is requested.
    let prepared = prepare_send(&store, &session, dir.path(), &asked).expect("prepared");
    assert!(prepared.problems.is_empty(), "{:?}", prepared.problems);
    assert_eq!(prepared.uploads.len(), 1, "the upload is shown");
    let upload = &prepared.uploads[0];
    assert_eq!(
        upload.url,
        format!("{}/v23.0/{PHONE_ID}/media", server.base_url)
    );
    assert_eq!(
        prepared.request.body.as_ref().expect("body")["template"]["components"][0]["parameters"][0]
            ["image"]["id"],
        UPLOADED_MEDIA_ID
    );
    assert!(
        prepared.curl.contains("-F 'type=image/png'"),
        "{}",
        prepared.curl
    );
    assert!(server.requests().is_empty());

    let mut ready = ready_to_send(&store, &session, dir.path(), &asked).expect("ready");
    let result = deliver(&mut ready).await;
    let row = finish_send(&store, ready.entry, result).expect("sent");
    assert_eq!(row.message_id.as_deref(), Some("wamid.IMG1"));

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].path, format!("/v23.0/{PHONE_ID}/media"));
    let form = String::from_utf8_lossy(&requests[0].body).to_string();
    assert!(form.contains("name=\"type\"\r\n\r\nimage/png"), "{form}");
    assert!(
        requests[0].body.windows(PNG.len()).any(|w| w == PNG),
        "the kept bytes"
    );
    let sent = requests[1].json();
    assert_eq!(
        sent["template"]["components"][0]["parameters"][0],
        json!({"type": "image", "image": {"id": "4490709327384033"}})
    );
    // The log keeps what was sent: the real id, not the placeholder.
    assert!(row.request_body.contains("4490709327384033"));
    assert!(!row.request_body.contains(UPLOADED_MEDIA_ID));
}

/// A carousel draft whose two cards' IMAGE header samples are files kept in `data_dir` (two
/// different files, so that the order of the uploads shows).
fn carousel_with_kept_images(data_dir: &std::path::Path) -> Value {
    let card = |bytes: &[u8]| {
        let kept = wabi_media::keep(data_dir, wabi_media::KeepSource::Bytes(bytes)).expect("kept");
        let reference = crate::commands::media::reference_of(&kept);
        json!({"components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [reference]}},
            {"type": "BODY", "text": "A new look."},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}]})
    };
    let second = [PNG, b"second".as_slice()].concat();
    json!({"name": "new_looks", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "BODY", "text": "Our new looks."},
        {"type": "CAROUSEL", "cards": [card(PNG), card(&second)]}]})
}

/// Card `index`'s header parameter in a carousel template message.
fn card_header(message: &Value, index: usize) -> Value {
    let components = message["template"]["components"].as_array().cloned();
    let carousel = components
        .unwrap_or_default()
        .into_iter()
        .find(|c| c["type"] == "carousel")
        .expect("a carousel component");
    let card = carousel["cards"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .find(|c| c["card_index"] == index)
        .expect("the card");
    card["components"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .find(|c| c["type"] == "header")
        .expect("the card's header")["parameters"][0]
        .clone()
}

#[tokio::test]
async fn kept_carousel_card_headers_are_uploaded_in_card_order_then_sent_by_their_ids() {
    let server = GraphServer::start(vec![
        Answer::json(200, json!({"id": "1111"})),
        Answer::json(200, json!({"id": "2222"})),
        accepted("wamid.CAR1"),
    ])
    .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    save_account(&store, &session, account(&server.base_url)).expect("saved");
    save_token(&store, &session, TOKEN.into(), true).expect("kept");
    add_recipient(&store, ME, "my phone", true).expect("added");
    let mut asked = request(SendMode::Template);
    asked.document = carousel_with_kept_images(dir.path());

    // Prepared: both uploads are shown, both cards hold the placeholder, nothing is requested.
    let prepared = prepare_send(&store, &session, dir.path(), &asked).expect("prepared");
    assert!(prepared.problems.is_empty(), "{:?}", prepared.problems);
    assert_eq!(prepared.uploads.len(), 2, "one upload per card");
    let body = prepared.request.body.as_ref().expect("body");
    for index in 0..2 {
        assert_eq!(card_header(body, index)["image"]["id"], UPLOADED_MEDIA_ID);
    }
    assert!(
        prepared.curl.contains("# 3. send"),
        "two uploads, then the send: {}",
        prepared.curl
    );
    assert!(server.requests().is_empty());

    let mut ready = ready_to_send(&store, &session, dir.path(), &asked).expect("ready");
    let result = deliver(&mut ready).await;
    let row = finish_send(&store, ready.entry, result).expect("sent");
    assert_eq!(row.message_id.as_deref(), Some("wamid.CAR1"));

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for request in &requests[..2] {
        assert_eq!(request.path, format!("/v23.0/{PHONE_ID}/media"));
    }
    let second = [PNG, b"second".as_slice()].concat();
    assert!(
        requests[1].body.windows(second.len()).any(|w| w == second),
        "the second card's kept bytes are uploaded second"
    );
    let sent = requests[2].json();
    assert_eq!(
        card_header(&sent, 0),
        json!({"type": "image", "image": {"id": "1111"}})
    );
    assert_eq!(
        card_header(&sent, 1),
        json!({"type": "image", "image": {"id": "2222"}})
    );
    assert!(row.request_body.contains("2222"));
    assert!(!row.request_body.contains(UPLOADED_MEDIA_ID));
}

#[tokio::test]
async fn a_kept_media_header_to_a_number_without_opt_in_uploads_nothing() {
    let server = GraphServer::start(vec![Answer::json(200, json!({"id": "1"}))]).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir);
    let session = session();
    save_account(&store, &session, account(&server.base_url)).expect("saved");
    save_token(&store, &session, TOKEN.into(), true).expect("kept");
    let mut asked = request(SendMode::Template);
    asked.document = draft_with_kept_image(dir.path());
    let error = ready_to_send(&store, &session, dir.path(), &asked)
        .err()
        .expect("refused");
    assert_eq!(error.code, ErrorCode::ConsentRequired);
    assert!(server.requests().is_empty(), "neither upload nor send");
}
