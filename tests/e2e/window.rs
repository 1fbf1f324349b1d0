//! The window's desktop habits in the real app: quitting saves what is unsaved, the window's
//! size and the interface preferences come back on the next start, and a Meta JSON file dropped
//! on the window is imported and opened.

#[path = "composer_steps.rs"]
mod steps;

use fantoccini::key::Key;
use std::time::{Duration, Instant};
use steps::*;
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
    wait_text(&studio, "[data-testid='drop-imported']", "welcome.json").await;
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
