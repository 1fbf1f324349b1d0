//! The drafts library in the real window: a draft is created on its first edit and autosaved;
//! it is still there after closing and reopening the app; delete with undo, the trash with
//! restore; history restore; and a draft imported by `wabi drafts import` while the app is open
//! appears in the list.

#[path = "composer_steps.rs"]
mod steps;

use std::path::PathBuf;
use std::process::Command;
use steps::*;
use wabi_e2e::{target_dir, Studio};

const NAME: &str = "#field-name";
const BODY: &str = "#field-body-text";
const SAVE_STATUS: &str = "[data-testid='save-status']";

/// Closes the app but keeps its data directory for a reopen.
async fn close_keeping_data(studio: Studio) -> tempfile::TempDir {
    let Studio {
        client, data_dir, ..
    } = studio;
    let _ = client.close().await;
    data_dir
}

fn draft_in_list(name: &str) -> String {
    format!(".library-list li[data-draft-name='{name}']")
}

async fn value_of(studio: &Studio, css: &str) -> String {
    studio
        .find(css)
        .await
        .prop("value")
        .await
        .expect("value")
        .unwrap_or_default()
}

async fn wait_value(studio: &Studio, css: &str, expected: &str) {
    let script = format!("document.querySelector({css:?})?.value === {expected:?}");
    wait_until(studio, &format!("{css} to hold {expected:?}"), &script).await;
}

async fn wait_gone(studio: &Studio, css: &str) {
    let script = format!("document.querySelector({css:?}) === null");
    wait_until(studio, &format!("{css} to disappear"), &script).await;
}

/// Waits past the autosave delay (1 s after the last change), then until "Saved" shows: from
/// then on every change typed so far is in the database.
async fn settle_and_wait_saved(studio: &Studio) {
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    wait_text(studio, SAVE_STATUS, "Saved").await;
}

/// Types a new draft and waits until it is autosaved and listed.
async fn write_draft(studio: &Studio, name: &str, body: &str) {
    type_into(studio, NAME, name).await;
    type_into(studio, BODY, body).await;
    settle_and_wait_saved(studio).await;
    studio.find(&draft_in_list(name)).await;
}

#[tokio::test]
async fn an_autosaved_edit_is_there_after_closing_and_reopening_the_app() {
    let studio = Studio::launch().await;
    // First run: an empty draft, and nothing stored until the first edit.
    assert_eq!(value_of(&studio, NAME).await, "");
    studio
        .wait_for_text(".pane-library", "Your drafts will appear here.")
        .await;

    write_draft(
        &studio,
        "spring_sale",
        "Spring is here: 20% off everything.",
    )
    .await;
    studio.screenshot("drafts-autosaved").await;
    let data_dir = close_keeping_data(studio).await;

    let studio = Studio::launch_with(data_dir).await;
    click(
        &studio,
        &format!("{} .library-open", draft_in_list("spring_sale")),
    )
    .await;
    wait_value(&studio, NAME, "spring_sale").await;
    wait_value(&studio, BODY, "Spring is here: 20% off everything.").await;
    studio.screenshot("drafts-reopened").await;
    studio.close().await;
}

#[tokio::test]
async fn delete_with_undo_trash_restore_and_history_restore() {
    let studio = Studio::launch().await;
    write_draft(&studio, "order_ready", "First wording.").await;
    // An explicit save, then a second wording saved explicitly too.
    click(&studio, ".library-save-button").await;
    wait_text(&studio, SAVE_STATUS, "Saved").await;
    type_into(&studio, BODY, "Second wording.").await;
    settle_and_wait_saved(&studio).await;
    click(&studio, ".library-save-button").await;
    wait_text(&studio, SAVE_STATUS, "Saved").await;

    // History: the oldest revision shows its diff and can be restored.
    click(&studio, ".library-history-button").await;
    click(&studio, ".history-list li:nth-child(2) .history-open").await;
    studio
        .wait_for_text(".history-diff", "First wording.")
        .await;
    studio.screenshot("drafts-history").await;
    click_button(&studio, "Restore this revision").await;
    wait_value(&studio, BODY, "First wording.").await;

    // Delete, then undo.
    let row = draft_in_list("order_ready");
    click(&studio, &format!("{row} button.danger")).await;
    wait_gone(&studio, &row).await;
    click(&studio, ".library-undo button").await;
    studio.find(&row).await;

    // Delete again, then restore from the trash.
    click(&studio, &format!("{row} button.danger")).await;
    wait_gone(&studio, &row).await;
    click(&studio, ".library-trash summary").await;
    click(
        &studio,
        ".library-trash li[data-draft-name='order_ready'] button",
    )
    .await;
    studio.find(&row).await;
    studio.screenshot("drafts-restored").await;
    studio.close().await;
}

#[tokio::test]
async fn a_draft_imported_by_wabi_while_the_app_is_open_appears_in_the_list() {
    let studio = Studio::launch().await;
    studio.find(".library-list").await;
    let file = studio.data_dir.path().join("incoming.json");
    std::fs::write(
        &file,
        r#"{"name":"from_the_cli","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Imported by wabi."}]}"#,
    )
    .expect("write import file");
    let wabi = std::env::var_os("WABI_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug/wabi"));
    assert!(
        wabi.is_file(),
        "{} does not exist: cargo build -p wabi-cli",
        wabi.display()
    );
    let output = Command::new(&wabi)
        .arg("--data-dir")
        .arg(studio.data_dir.path())
        .args(["drafts", "import"])
        .arg(&file)
        .output()
        .expect("run wabi");
    assert!(
        output.status.success(),
        "wabi drafts import failed: {output:?}"
    );
    studio.find(&draft_in_list("from_the_cli")).await;
    studio.screenshot("drafts-imported-by-wabi").await;
    studio.close().await;
}
