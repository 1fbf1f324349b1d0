//! The drafts library in the real window: a draft is created on its first edit and autosaved;
//! it is still there after closing and reopening the app; delete with undo, the trash with
//! restore; history restore; rename (the composer follows) and duplicate from the list; a save
//! that fails because the disk is full keeps the edit in the editor and a later save stores it;
//! and a draft imported by `wabi drafts import` while the app is open appears in the list.
//!
//! The native file dialogs of import and export are GTK windows WebDriver cannot drive; what
//! the pane does with a chosen or cancelled path is pinned by `ui/src/library/LibraryPane.test.tsx`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use wabi_e2e::steps::*;
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

#[tokio::test]
async fn rename_from_the_list_renames_the_open_draft_and_duplicate_lists_a_copy() {
    let studio = Studio::launch().await;
    write_draft(&studio, "promo_one", "Twenty percent off today.").await;

    // Rename the open draft from its row: the list and the composer's name both follow.
    let row = draft_in_list("promo_one");
    click(
        &studio,
        &format!("{row} .library-actions button:nth-child(2)"),
    )
    .await;
    type_into(&studio, &format!("{row} form input"), "promo_two").await;
    studio.screenshot("drafts-renaming").await;
    click(&studio, &format!("{row} form button[type='submit']")).await;
    studio.find(&draft_in_list("promo_two")).await;
    wait_gone(&studio, &row).await;
    wait_value(&studio, NAME, "promo_two").await;
    wait_value(&studio, BODY, "Twenty percent off today.").await;

    // Duplicate: the store names the copy `<name>_copy`, a template (family) of its own; the
    // open draft stays the original.
    let renamed = draft_in_list("promo_two");
    click(
        &studio,
        &format!("{renamed} .library-actions button:nth-child(1)"),
    )
    .await;
    let copy = draft_in_list("promo_two_copy");
    studio.find(&copy).await;
    studio
        .wait_for_text(".library-list .library-family", "promo_two_copy")
        .await;
    let families = eval(
        &studio,
        "return document.querySelectorAll('.library-list .library-family').length;",
    )
    .await;
    assert_eq!(
        families,
        serde_json::json!(2),
        "the copy is a family of its own"
    );
    assert_eq!(value_of(&studio, NAME).await, "promo_two");
    studio.screenshot("drafts-duplicated").await;

    // The copy holds the same content.
    click(&studio, &format!("{copy} .library-open")).await;
    wait_value(&studio, NAME, "promo_two_copy").await;
    wait_value(&studio, BODY, "Twenty percent off today.").await;
    studio.close().await;
}

/// A small tmpfs mounted on the app's data directory, so that the test can fill the disk under
/// SQLite as a full disk would. Unmounted (and its mount point removed) on drop, also when the
/// test fails.
struct SmallDisk {
    mount_point: PathBuf,
}

impl SmallDisk {
    /// Mounts an 8 MiB tmpfs on `mount_point` (an empty directory). Needs root.
    fn mount(mount_point: &Path) -> Self {
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=8m", "tmpfs"])
            .arg(mount_point)
            .output()
            .expect("run mount");
        assert!(
            output.status.success(),
            "this test fills a small tmpfs mounted as the data directory, which needs root \
             (`mount -t tmpfs` failed: {})",
            String::from_utf8_lossy(&output.stderr).trim()
        );
        Self {
            mount_point: mount_point.to_owned(),
        }
    }

    /// Writes `filler` until the disk is full (ENOSPC); returns its path.
    fn fill(&self) -> PathBuf {
        let path = self.mount_point.join("filler");
        let mut file = std::fs::File::create(&path).expect("create filler");
        let chunk = vec![1u8; 64 * 1024];
        loop {
            match file.write(&chunk) {
                Ok(0) => break,
                Ok(_) => {}
                Err(error) if error.raw_os_error() == Some(libc::ENOSPC) => break,
                Err(error) => panic!("fill {}: {error}", path.display()),
            }
        }
        // The last pages too: a one-byte write must now fail.
        let full = file.write(&[1u8]);
        assert!(
            matches!(&full, Err(e) if e.raw_os_error() == Some(libc::ENOSPC)),
            "the disk should be full: {full:?}"
        );
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // Lazily: the app may still be closing and holding its files.
        let _ = Command::new("umount")
            .arg("-l")
            .arg(&self.mount_point)
            .status();
        let _ = std::fs::remove_dir(&self.mount_point);
    }
}

#[tokio::test]
async fn a_save_that_fails_on_a_full_disk_keeps_the_edit_and_a_later_save_stores_it() {
    let data_dir = tempfile::Builder::new()
        .prefix("wabi-e2e-full-")
        .tempdir()
        .expect("temp data dir");
    let disk = SmallDisk::mount(data_dir.path());
    let studio = Studio::launch_with(data_dir).await;
    write_draft(&studio, "disk_test", "Written before the disk filled.").await;

    // The disk fills up (before the idle checkpoint, so SQLite's log must grow), then an edit
    // and an explicit save.
    let filler = disk.fill();
    append(&studio, BODY, " And after.").await;
    click(&studio, ".library-save-button").await;
    let shown = wait_text(&studio, SAVE_STATUS, "Not saved").await;
    assert!(
        shown.contains("is full") && shown.contains("still in the editor"),
        "the save status should say the disk is full and the work is kept: {shown:?}"
    );
    wait_value(&studio, BODY, "Written before the disk filled. And after.").await;
    studio.screenshot("drafts-save-failed").await;

    // Space is freed; the next save stores the edit.
    std::fs::remove_file(&filler).expect("remove filler");
    click(&studio, ".library-save-button").await;
    wait_text(&studio, SAVE_STATUS, "Saved").await;
    let data_dir = close_keeping_data(studio).await;

    // After a restart the draft holds the edit made while the disk was full.
    let studio = Studio::launch_with(data_dir).await;
    click(
        &studio,
        &format!("{} .library-open", draft_in_list("disk_test")),
    )
    .await;
    wait_value(&studio, BODY, "Written before the disk filled. And after.").await;
    let data_dir = close_keeping_data(studio).await;
    drop(disk);
    drop(data_dir);
}
