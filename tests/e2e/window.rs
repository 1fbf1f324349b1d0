//! The window's desktop habits in the real app: quitting saves what is unsaved, the window's
//! size and the interface preferences (theme, language, pane widths) come back on the next
//! start, a Meta JSON file dropped on the window is imported and opened, undo history survives
//! switching drafts, and Ctrl+F finds in the library.

use fantoccini::key::Key;
use std::time::{Duration, Instant};
use wabi_e2e::steps::*;
use wabi_e2e::{Studio, WAIT};

const NAME: &str = "#field-name";
const BODY: &str = "#field-body-text";

/// Waits until the app process has gone (after a quit), keeping the data directory.
async fn wait_quit(studio: Studio) -> tempfile::TempDir {
    let deadline = Instant::now() + WAIT;
    // The page stops answering once the window is destroyed.
    loop {
        let alive = studio.client.execute("return 1;", vec![]).await.is_ok();
        if !alive {
            break;
        }
        assert!(Instant::now() < deadline, "the app did not quit");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let Studio {
        client, data_dir, ..
    } = studio;
    let _ = client.close().await;
    data_dir
}

/// Presses Ctrl+Q in the name field. The window may be gone before WebDriver answers, so the
/// answer is not checked here; `wait_quit` checks the app has quit.
async fn quit(studio: &Studio) {
    let field = studio.find(NAME).await;
    let _ = field
        .send_keys(&format!(
            "{}q{}",
            char::from(Key::Control),
            char::from(Key::Control)
        ))
        .await;
}

#[tokio::test]
async fn quitting_right_after_typing_saves_the_edit_and_the_window_size_comes_back() {
    let studio = Studio::launch().await;
    let _ = studio.client.set_window_size(1100, 700).await;
    let size = eval(&studio, "return [window.outerWidth, window.outerHeight];").await;
    println!("window after resize: {size}");
    type_into(&studio, NAME, "quit_saves").await;
    type_into(&studio, BODY, "Typed just before quitting.").await;
    // Quit at once, well inside the autosave delay.
    quit(&studio).await;
    let data_dir = wait_quit(studio).await;
    assert!(
        data_dir.path().join("window.json").is_file(),
        "the window's geometry is saved on quit"
    );

    let studio = Studio::launch_with(data_dir).await;
    let again = eval(&studio, "return [window.outerWidth, window.outerHeight];").await;
    println!("window after restart: {again}");
    assert_eq!(again, size, "the window comes back at its last size");
    click(
        &studio,
        ".library-list li[data-draft-name='quit_saves'] .library-open",
    )
    .await;
    wait_until(
        &studio,
        "the body typed before quitting",
        &format!("document.querySelector({BODY:?})?.value === 'Typed just before quitting.'"),
    )
    .await;
    studio.close().await;
}

#[tokio::test]
async fn a_template_file_dropped_on_the_window_is_imported_and_opened() {
    let studio = Studio::launch().await;
    let json = serde_json::json!({
        "name": "dropped_welcome",
        "language": "en_US",
        "category": "UTILITY",
        "components": [{"type": "BODY", "text": "Welcome aboard, <b>friend</b>!"}]
    })
    .to_string();
    studio
        .client
        .execute(
            "const file = new File([arguments[0]], 'welcome.json', { type: 'application/json' });
             const data = new DataTransfer();
             data.items.add(file);
             const target = document.querySelector('.pane-composer');
             for (const type of ['dragenter', 'dragover', 'drop']) {
               target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
             }
             return true;",
            vec![json.into()],
        )
        .await
        .expect("drop a file");
    wait_text(&studio, "[data-testid='transfer-result']", "welcome.json").await;
    studio
        .find(".library-list li[data-draft-name='dropped_welcome']")
        .await;
    wait_until(
        &studio,
        "the dropped template open in the composer",
        &format!("document.querySelector({NAME:?})?.value === 'dropped_welcome'"),
    )
    .await;
    // Markup in the file is text, never HTML.
    wait_text(&studio, "[data-testid='bubble']", "<b>friend</b>").await;
    assert_eq!(
        eval(
            &studio,
            "return document.querySelectorAll('[data-testid=bubble] b').length;"
        )
        .await,
        serde_json::json!(0)
    );
    studio.screenshot("window-dropped-import").await;

    // A file that is not a template is refused with its name, and nothing is added.
    studio
        .client
        .execute(
            "const data = new DataTransfer();
             data.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
             document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
             return true;",
            vec![],
        )
        .await
        .expect("drop a text file");
    wait_text(&studio, ".library-problem", "notes.txt").await;
    assert_eq!(
        eval(
            &studio,
            "return document.querySelectorAll('.library-list li.library-draft').length;"
        )
        .await,
        serde_json::json!(1)
    );
    studio.close().await;
}

const THEME: &str = "footer.statusbar .statusbar-setting:nth-of-type(2) select";
const LANGUAGE: &str = "footer.statusbar .statusbar-setting:nth-of-type(1) select";
const LIBRARY_SPLITTER: &str = "#splitter-library";

async fn attribute(studio: &Studio, css: &str, name: &str) -> Option<String> {
    studio.find(css).await.attr(name).await.expect("attribute")
}

#[tokio::test]
async fn theme_language_and_pane_width_come_back_after_a_restart() {
    let studio = Studio::launch().await;
    // Dark interface, whatever the OS says.
    choose(&studio, THEME, "dark").await;
    wait_until(
        &studio,
        "the dark interface",
        "document.documentElement.dataset.theme === 'dark'",
    )
    .await;
    let background = eval(
        &studio,
        "return getComputedStyle(document.body).backgroundColor;",
    )
    .await;
    assert_eq!(
        background,
        serde_json::json!("rgb(18, 22, 20)"),
        "dark --bg"
    );
    studio.screenshot("window-dark-interface").await;
    // The library 48 px wider, by keyboard.
    let before: u32 = attribute(&studio, LIBRARY_SPLITTER, "aria-valuenow")
        .await
        .and_then(|v| v.parse().ok())
        .expect("splitter width");
    let splitter = studio.find(LIBRARY_SPLITTER).await;
    for _ in 0..3 {
        splitter
            .send_keys(&char::from(Key::Right).to_string())
            .await
            .expect("arrow");
    }
    wait_until(
        &studio,
        "the library 48 px wider",
        &format!(
            "document.querySelector('{LIBRARY_SPLITTER}').getAttribute('aria-valuenow') === '{}'",
            before + 48
        ),
    )
    .await;
    // Italian interface.
    choose(&studio, LANGUAGE, "it").await;
    wait_until(
        &studio,
        "the Italian interface",
        "document.querySelector('.pane-library h2')?.textContent === 'Libreria'",
    )
    .await;
    // Preferences are written as they change; a restart (not a quit) must find them.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let Studio {
        client, data_dir, ..
    } = studio;
    let _ = client.close().await;

    let studio = Studio::launch_with(data_dir).await;
    wait_until(
        &studio,
        "the dark interface again",
        "document.documentElement.dataset.theme === 'dark'",
    )
    .await;
    wait_until(
        &studio,
        "the Italian interface",
        "document.querySelector('.pane-library h2')?.textContent === 'Libreria'",
    )
    .await;
    assert_eq!(
        attribute(&studio, LIBRARY_SPLITTER, "aria-valuenow").await,
        Some((before + 48).to_string()),
        "the library keeps its width"
    );
    // Back to following the OS: the attribute goes.
    choose(&studio, THEME, "system").await;
    wait_until(
        &studio,
        "the OS theme",
        "document.documentElement.dataset.theme === undefined",
    )
    .await;
    studio.close().await;
}

#[tokio::test]
async fn undo_history_survives_switching_drafts_and_ctrl_f_finds_in_the_library() {
    let studio = Studio::launch().await;
    type_into(&studio, NAME, "undo_first").await;
    type_into(&studio, BODY, "First wording.").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    append(&studio, BODY, " Second wording.").await;
    studio
        .find(".library-list li[data-draft-name='undo_first']")
        .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    wait_text(&studio, "[data-testid='save-status']", "Saved").await;

    // Another draft, then back to the first: its undo history is still there.
    click_button(&studio, "New draft").await;
    type_into(&studio, NAME, "undo_second").await;
    type_into(&studio, BODY, "Another message.").await;
    studio
        .find(".library-list li[data-draft-name='undo_second']")
        .await;
    click(
        &studio,
        ".library-list li[data-draft-name='undo_first'] .library-open",
    )
    .await;
    wait_until(
        &studio,
        "the first draft open",
        &format!("document.querySelector({BODY:?})?.value === 'First wording. Second wording.'"),
    )
    .await;
    let field = studio.find(BODY).await;
    field
        .send_keys(&format!(
            "{}z{}",
            char::from(Key::Control),
            char::from(Key::Control)
        ))
        .await
        .expect("Ctrl+Z");
    wait_until(
        &studio,
        "undo back to the first wording",
        &format!("document.querySelector({BODY:?})?.value === 'First wording.'"),
    )
    .await;

    // Ctrl+F: the library search, ready to type.
    field
        .send_keys(&format!(
            "{}f{}",
            char::from(Key::Control),
            char::from(Key::Control)
        ))
        .await
        .expect("Ctrl+F");
    wait_until(
        &studio,
        "the library search focused",
        "document.activeElement?.id === 'library-search'",
    )
    .await;
    studio
        .find("#library-search")
        .await
        .send_keys("second")
        .await
        .expect("search");
    wait_until(
        &studio,
        "only the second draft listed",
        "document.querySelectorAll('.library-list li.library-draft').length === 1",
    )
    .await;
    studio.close().await;
}
