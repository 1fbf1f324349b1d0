//! Sending a test in the real window against a local server that answers like the Graph API
//! (the app is pointed at it through its API base URL setting, as a user would): set up the
//! account, add a recipient with opt-in, send a test of a draft, and see it in the send log.
//! Then prove the token shows up in no IPC answer, nowhere on the page, and in no file under the
//! app's data folder (logs, database, preferences).
//!
//! Needs a keyring: run inside `scripts/with-keyring.sh`.

use wabi_e2e::steps::*;

use std::path::Path;
use wabi_e2e::Studio;
use wabi_test_support::{accepted, Answer, GraphServer};

const TOKEN: &str = "EAAe2eTOKENvalue0123456789abcdefQRS4f2a";
const PHONE_ID: &str = "106540352242922";
const WABA_ID: &str = "102290129340398";
const ME: &str = "+16505551234";

/// The Graph API's answers, in the order the test makes its requests.
fn script() -> Vec<Answer> {
    vec![
        // Test connection.
        Answer::json(
            200,
            serde_json::json!({"display_phone_number": "+1 555-010-0123", "verified_name": "Wabi Test Shop",
                               "quality_rating": "GREEN", "id": PHONE_ID}),
        ),
        // The account's templates.
        Answer::json(
            200,
            serde_json::json!({"data": [
                {"name": "spring_sale", "language": "en_US", "status": "APPROVED", "category": "MARKETING",
                 "components": [{"type": "BODY", "text": "Spring is here: 20% off everything."}]},
                {"name": "old_offer", "language": "it", "status": "PAUSED", "category": "MARKETING", "components": []}
            ]}),
        ),
        // The send.
        accepted("wamid.E2E1"),
    ]
}

/// Calls a command as the page does and returns its answer (or its error) as JSON text.
async fn invoke(studio: &Studio, command: &str) -> String {
    invoke_with(studio, command, serde_json::json!({})).await
}

/// Calls a command with arguments as the page does; its answer (or its error) as JSON text.
async fn invoke_with(studio: &Studio, command: &str, args: serde_json::Value) -> String {
    let value = studio
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(
               (answer) => done(JSON.stringify(answer)),
               (error) => done(JSON.stringify(error)));",
            vec![command.into(), args],
        )
        .await
        .unwrap_or_else(|e| panic!("invoke {command}: {e}"));
    value.as_str().unwrap_or_default().to_owned()
}

/// Types a draft and waits until it is autosaved.
async fn write_draft(studio: &Studio) {
    type_into(studio, "#field-name", "spring_sale").await;
    type_into(
        studio,
        "#field-body-text",
        "Spring is here: 20% off everything.",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    wait_text(studio, "[data-testid='save-status']", "Saved").await;
}

/// Every file under `dir` whose bytes contain `needle`.
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path) {
            if bytes.windows(needle.len()).any(|w| w == needle) {
                found.push(path.display().to_string());
            }
        }
    }
    found
}

fn log_files(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir.join("logs"))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

/// A screenshot once the window has painted the last change (WebKit's capture lags a frame).
async fn snap(studio: &Studio, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    studio.screenshot(name).await;
}

/// Closes the app and keeps its data folder.
async fn close_keeping_data(studio: Studio) -> tempfile::TempDir {
    let Studio {
        client, data_dir, ..
    } = studio;
    let _ = client.close().await;
    data_dir
}

#[tokio::test]
async fn set_up_the_account_add_a_recipient_with_opt_in_send_a_test_and_see_it_in_the_log() {
    let server = GraphServer::start(script()).await;
    let studio = Studio::launch().await;

    // A draft to send.
    write_draft(&studio).await;

    // The account, pointed at the local server through the base URL setting.
    click_button(&studio, "Account").await;
    type_into(&studio, "#account-phone-number-id", PHONE_ID).await;
    type_into(&studio, "#account-waba-id", WABA_ID).await;
    type_into(&studio, "#account-base-url", &server.base_url).await;
    click_button(&studio, "Save account").await;
    wait_text(&studio, ".sending-notice", "Account saved.").await;
    type_into(&studio, "#account-token", TOKEN).await;
    click_button(&studio, "Save token in keyring").await;
    wait_text(
        &studio,
        "[data-testid='token-status']",
        "set, ending in …4f2a",
    )
    .await;
    wait_until(
        &studio,
        "the token field to be emptied",
        "document.querySelector('#account-token').value === ''",
    )
    .await;
    click_button(&studio, "Test connection").await;
    let connection = wait_text(
        &studio,
        "[data-testid='connection-result']",
        "Wabi Test Shop",
    )
    .await;
    assert!(
        connection.contains("+1 555-010-0123") && connection.contains("GREEN"),
        "{connection}"
    );

    // A recipient with opt-in.
    type_into(&studio, "#recipient-phone", "+1 650 555 1234").await;
    type_into(&studio, "#recipient-label", "My phone").await;
    click(&studio, "#recipient-consent").await;
    click_button(&studio, "Add recipient").await;
    let row = wait_text(
        &studio,
        &format!("li[data-recipient='{ME}']"),
        "Opt-in recorded",
    )
    .await;
    assert!(row.contains("My phone"), "{row}");
    snap(&studio, "sending-account").await;
    click_button(&studio, "Close").await;

    // Send a test of the draft as the approved template picked from the account.
    click_button(&studio, "Send test").await;
    wait_until(
        &studio,
        "the opted-in recipient to be chosen",
        &format!("document.querySelector('#send-recipient')?.value === '{ME}'"),
    )
    .await;
    click_button(&studio, "Load templates from the account").await;
    wait_until(
        &studio,
        "the draft's own approved template to be picked",
        "document.querySelector('#send-template')?.value === 'spring_sale|en_US'",
    )
    .await;
    let request = wait_text(&studio, "[data-testid='send-request']", "POST").await;
    assert!(
        request.contains("Bearer <ACCESS_TOKEN>") && !request.contains(TOKEN),
        "{request}"
    );
    snap(&studio, "sending-dialog").await;
    click_button(&studio, "Send").await;
    wait_text(&studio, "[data-testid='send-result']", "wamid.E2E1").await;

    // As a draft proof: the window explained, and the wa.me link of the tested number with its
    // QR code drawn from Rust's module matrix.
    click(&studio, "input[name='send-mode'][value='proof']").await;
    wait_text(
        &studio,
        "[data-testid='wa-me-link']",
        "https://wa.me/15550100123",
    )
    .await;
    let modules = eval(
        &studio,
        "return document.querySelectorAll('svg.sending-qr rect').length;",
    )
    .await;
    assert!(
        modules.as_u64().unwrap_or(0) > 100,
        "QR modules drawn: {modules}"
    );
    studio.wait_for_text(".sending-proof", "24 hours").await;
    snap(&studio, "sending-proof").await;
    click_button(&studio, "Close").await;

    // The request reached the server with the token in its header only.
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "test connection, templates, send");
    let send = &requests[2];
    assert_eq!(send.method, "POST");
    assert_eq!(send.path, format!("/v23.0/{PHONE_ID}/messages"));
    assert_eq!(
        send.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    let body = send.json();
    assert_eq!(body["to"], ME);
    assert_eq!(body["template"]["name"], "spring_sale");
    assert_eq!(body["template"]["language"]["code"], "en_US");

    // The send log shows it.
    click_button(&studio, "Send log").await;
    let logged = wait_text(
        &studio,
        ".sending-log li[data-outcome='sent']",
        "wamid.E2E1",
    )
    .await;
    assert!(logged.contains(ME) && logged.contains("Draft"), "{logged}");
    snap(&studio, "sending-log").await;

    // No IPC answer and nothing on the page carries the token; the account gives its hint.
    let account = invoke(&studio, "get_account").await;
    assert!(account.contains("4f2a"), "{account}");
    assert!(!account.contains(TOKEN), "get_account carries the token");
    for command in ["list_send_log", "list_recipients"] {
        let answer = invoke(&studio, command).await;
        assert!(!answer.contains(TOKEN), "{command} carries the token");
    }
    let page = eval(&studio, "return document.documentElement.outerHTML;").await;
    assert!(
        !page.to_string().contains(TOKEN),
        "the page shows the token"
    );

    // Nor does any file under the data folder once the app has quit (logs flushed).
    let data_dir = close_keeping_data(studio).await;
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    let logs = log_files(data_dir.path());
    assert!(
        logs.iter()
            .any(|log| std::fs::read_to_string(log).is_ok_and(|text| text.contains("test sent"))),
        "the send is not in the app's log: {logs:?}"
    );
    let leaks = files_containing(data_dir.path(), TOKEN.as_bytes());
    assert!(leaks.is_empty(), "the token is in {leaks:?}");
}

#[tokio::test]
async fn without_an_account_the_dialog_is_a_dry_run_and_a_number_without_opt_in_is_refused() {
    let studio = Studio::launch().await;
    write_draft(&studio).await;

    // A recipient whose owner has not opted in.
    click_button(&studio, "Account").await;
    type_into(&studio, "#recipient-phone", ME).await;
    click_button(&studio, "Add recipient").await;
    wait_text(&studio, &format!("li[data-recipient='{ME}']"), "No opt-in").await;
    click_button(&studio, "Close").await;

    // The dialog shows the exact request with placeholders and cannot send.
    click_button(&studio, "Send test").await;
    let request = wait_text(
        &studio,
        "[data-testid='send-request']",
        "PHONE_NUMBER_ID/messages",
    )
    .await;
    assert!(
        request.contains("POST https://graph.facebook.com/v23.0/PHONE_NUMBER_ID/messages")
            && request.contains("Authorization: Bearer <ACCESS_TOKEN>")
            && request.contains("\"name\": \"spring_sale\""),
        "{request}"
    );
    studio
        .wait_for_text(".sending-request summary", "Dry run")
        .await;
    let disabled = eval(
        &studio,
        &format!(
            "return document.querySelector(\"#send-recipient option[value='{ME}']\").disabled;"
        ),
    )
    .await;
    assert_eq!(
        disabled,
        serde_json::json!(true),
        "a number without opt-in can be chosen"
    );

    // Rust refuses it too, and logs the refusal.
    let answer = invoke_with(
        &studio,
        "send_test",
        serde_json::json!({"request": {"mode": "template", "to": ME,
            "document": {"name": "spring_sale", "language": "en_US", "category": "MARKETING",
                         "components": [{"type": "BODY", "text": "Spring is here."}]},
            "values": null, "templateName": null, "language": null, "draftId": null}}),
    )
    .await;
    assert!(answer.contains("consent_required"), "{answer}");
    click_button(&studio, "Close").await;
    click_button(&studio, "Send log").await;
    choose(&studio, "#send-log-filter", "refused").await;
    wait_text(&studio, ".sending-log li[data-outcome='refused']", ME).await;
    studio.close().await;
}
