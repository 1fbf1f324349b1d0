//! The README's pictures, taken from the real window. `./dev screenshots` runs this test with
//! `WABI_SCREENSHOTS_DIR` set to docs/screenshots: it drives the app through each scene the
//! README shows (a library of drafts made from starters, the composer with a starter and a real
//! header image in the phone preview, the history, the send dialog, media, every preview client
//! and theme, and three more starters), then replaces every image in that folder, removing the
//! ones no scene takes any more. Without the variable the pictures stay in
//! `target/e2e/docs-screenshots/`.
//!
//! Ignored in the normal run: it takes pictures of what the other tests check.

use image::{ImageBuffer, Rgb};
use std::path::{Path, PathBuf};
use std::time::Duration;
use wabi_e2e::steps::*;
use wabi_e2e::{target_dir, Studio};

/// Where `./dev screenshots` wants the pictures.
const DIR_ENV: &str = "WABI_SCREENSHOTS_DIR";

/// The drafts the library shows, made from these starters in this order (the last stays open).
const LIBRARY_STARTERS: &[&str] = &[
    "order_confirmation",
    "delivery_update",
    "appointment_reminder",
    "feedback_survey",
    "promotion",
];

/// The starters pictured on their own after the main scenes.
const PICTURED_STARTERS: &[&str] = &[
    "product_carousel",
    "limited_time_offer",
    "one_time_passcode",
];

/// The pictures taken so far, staged until every scene has been taken.
struct Album {
    staging: PathBuf,
    taken: Vec<String>,
}

impl Album {
    fn new() -> Self {
        let staging = target_dir().join("e2e/docs-screenshots");
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir_all(&staging)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", staging.display()));
        Self {
            staging,
            taken: Vec::new(),
        }
    }

    /// Saves the window as `<name>.png`, once it has painted the last change (WebKit's capture
    /// lags a frame behind).
    async fn take(&mut self, studio: &Studio, name: &str) {
        tokio::time::sleep(Duration::from_millis(400)).await;
        let png = studio.client.screenshot().await.expect("screenshot");
        let path = self.staging.join(format!("{name}.png"));
        std::fs::write(&path, png)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        self.taken.push(format!("{name}.png"));
    }

    /// Puts the pictures where `WABI_SCREENSHOTS_DIR` says, replacing every `.png` there.
    fn publish(self) {
        let Some(dir) = std::env::var_os(DIR_ENV).filter(|d| !d.is_empty()) else {
            eprintln!(
                "{DIR_ENV} is not set: the pictures are in {}",
                self.staging.display()
            );
            return;
        };
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        for old in pngs_in(&dir) {
            if !self.taken.iter().any(|name| old.ends_with(name)) {
                std::fs::remove_file(&old)
                    .unwrap_or_else(|e| panic!("cannot remove {}: {e}", old.display()));
            }
        }
        for name in &self.taken {
            let (from, to) = (self.staging.join(name), dir.join(name));
            std::fs::copy(&from, &to).unwrap_or_else(|e| {
                panic!("cannot copy {} to {}: {e}", from.display(), to.display())
            });
        }
        eprintln!("{} pictures written to {}", self.taken.len(), dir.display());
    }
}

/// The `.png` files directly in `dir`.
fn pngs_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "png"))
                .collect()
        })
        .unwrap_or_default()
}

/// A spring-garden header picture at the 1.91:1 ratio the clients show: a warm sky, a sun and
/// two hills (drawn here, so the repository needs no photo and the picture is the same each run).
fn garden_png() -> Vec<u8> {
    let (width, height) = (1200u32, 628u32);
    let picture = ImageBuffer::from_fn(width, height, |x, y| {
        let (fx, fy) = (x as f32 / width as f32, y as f32 / height as f32);
        let mix = |a: [f32; 3], b: [f32; 3], t: f32| {
            let t = t.clamp(0.0, 1.0);
            [
                a[0] + (b[0] - a[0]) * t,
                a[1] + (b[1] - a[1]) * t,
                a[2] + (b[2] - a[2]) * t,
            ]
        };
        let mut color = mix([255.0, 214.0, 170.0], [250.0, 160.0, 170.0], fy * 1.4);
        let sun = ((fx - 0.72).powi(2) * 3.6 + (fy - 0.32).powi(2)).sqrt();
        if sun < 0.12 {
            color = mix([255.0, 244.0, 214.0], color, (sun - 0.10) / 0.02);
        }
        let far = 0.62 + 0.08 * (fx * 5.0 + 0.6).sin();
        let near = 0.76 + 0.06 * (fx * 3.2 + 2.1).sin();
        if fy > far {
            color = mix([112.0, 168.0, 108.0], [86.0, 140.0, 84.0], (fy - far) * 3.0);
        }
        if fy > near {
            color = mix([64.0, 122.0, 72.0], [40.0, 92.0, 52.0], (fy - near) * 3.0);
        }
        Rgb(color.map(|c| c.round() as u8))
    });
    let mut out = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("encode the header picture");
    out.into_inner()
}

/// The template name a starter's draft is listed under.
fn starter_name(id: &str) -> String {
    wabi_template::starters::starters()
        .into_iter()
        .find(|starter| starter.id == id)
        .and_then(|starter| starter.template["name"].as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("wabi_template has no starter {id} with a name"))
}

/// Opens a new draft from the starter `id` and waits until the checker has seen it.
async fn new_from_starter(studio: &Studio, id: &str) {
    click_button(studio, "New from starter").await;
    click(studio, &format!("[data-starter='{id}']")).await;
    wait_until(
        studio,
        &format!("the starter picker to close after choosing {id}"),
        "!document.querySelector('[role=dialog][aria-modal]')",
    )
    .await;
    wait_text(
        studio,
        "[data-testid='problems-summary']",
        "Ready to submit",
    )
    .await;
}

/// Scrolls every pane back to its top.
async fn scroll_panes_to_top(studio: &Studio) {
    eval(
        studio,
        "for (const el of document.querySelectorAll('*')) { if (el.scrollTop > 0) el.scrollTop = 0; } return true;",
    )
    .await;
}

/// Waits until the header picture in the phone preview is decoded and painted.
async fn wait_for_preview_picture(studio: &Studio) {
    wait_until(
        studio,
        "the header picture in the phone preview",
        "(() => { const img = document.querySelector(\"[data-testid='bubble'] [data-testid='media-image']\");
                   return !!img && img.complete && img.naturalWidth > 0; })()",
    )
    .await;
    wait_for_paint(studio).await;
}

/// Waits until the preview's picture, if it shows one, is decoded, and two frames are painted.
async fn wait_for_paint(studio: &Studio) {
    studio
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const img = document.querySelector(\"[data-testid='bubble'] [data-testid='media-image']\");
             const decoded = img ? img.decode().catch(() => undefined) : Promise.resolve();
             decoded.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));",
            vec![],
        )
        .await
        .expect("wait for the window to be painted");
}

/// Presses `key` on the library's splitter (End: widest, Enter: the default width).
async fn press_on_library_splitter(studio: &Studio, key: &str) {
    studio.find("#splitter-library").await;
    studio
        .client
        .execute(
            "const el = document.querySelector('#splitter-library');
             el.focus();
             el.dispatchEvent(new KeyboardEvent('keydown', { key: arguments[0], bubbles: true, cancelable: true }));
             return true;",
            vec![key.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("press {key} on the library's splitter: {e}"));
}

/// Scrolls the element `css` to the middle of its pane.
async fn scroll_to_middle_of_pane(studio: &Studio, css: &str) {
    studio.find(css).await;
    eval(
        studio,
        &format!(
            "document.querySelector({css:?}).scrollIntoView({{ block: 'center' }}); return true;"
        ),
    )
    .await;
}

#[tokio::test]
#[ignore = "takes the README's pictures: run by `./dev screenshots`"]
async fn readme_screenshots() {
    let mut album = Album::new();
    let studio = Studio::launch().await;

    // A library of drafts made from starters, each saved explicitly so it is listed.
    for id in LIBRARY_STARTERS {
        new_from_starter(&studio, id).await;
        click(&studio, ".library-save-button").await;
        let name = starter_name(id);
        studio
            .find(&format!(".library-list li[data-draft-name='{name}']"))
            .await;
    }

    // The promotion's header gets a real picture, dropped on it as a user would.
    scroll_to_middle_of_pane(&studio, "[data-testid='media-drop']").await;
    drop_file(
        &studio,
        "[data-testid='media-drop']",
        "spring-garden.png",
        "image/png",
        &garden_png(),
    )
    .await;
    wait_until(
        &studio,
        "the header picture accepted",
        "document.querySelector(\"[data-testid='media-verdict']\")?.dataset.ok === 'true'",
    )
    .await;
    wait_for_preview_picture(&studio).await;
    wait_text(&studio, "[data-testid='save-status']", "Saved").await;

    // The hero: the library, the composer at its top, and the phone preview.
    scroll_panes_to_top(&studio).await;
    album.take(&studio, "composer").await;

    // Media: the header's verdict and crops beside the picture in the preview.
    scroll_to_middle_of_pane(&studio, "[data-testid='media-verdict']").await;
    album.take(&studio, "media").await;
    scroll_panes_to_top(&studio).await;

    // Every preview client in both themes.
    for client in ["android", "ios", "desktop"] {
        for theme in ["light", "dark"] {
            show_preview_as(&studio, client, theme).await;
            wait_for_paint(&studio).await;
            album
                .take(&studio, &format!("preview-{client}-{theme}"))
                .await;
        }
    }
    click(&studio, "input[name='preview-client'][value='android']").await;
    click(&studio, "input[name='preview-theme'][value='light']").await;

    // The library, widened, with its drafts and the open draft's history: the oldest revision
    // compared with the current one.
    press_on_library_splitter(&studio, "End").await;
    click(&studio, ".library-history-button").await;
    click(&studio, ".history-list li:last-child .history-open").await;
    scroll_to_middle_of_pane(&studio, ".history-diff").await;
    wait_for_preview_picture(&studio).await;
    album.take(&studio, "library").await;
    click(&studio, ".library-history-button").await;
    press_on_library_splitter(&studio, "Enter").await;
    scroll_panes_to_top(&studio).await;

    // The send dialog: a recipient with a recorded opt-in, and the request as it would go (a
    // dry run, with no account set up).
    click_button(&studio, "Account").await;
    type_into(&studio, "#recipient-phone", "+1 650 555 1234").await;
    type_into(&studio, "#recipient-label", "My phone").await;
    click(&studio, "#recipient-consent").await;
    click_button(&studio, "Add recipient").await;
    wait_text(
        &studio,
        "li[data-recipient='+16505551234']",
        "Opt-in recorded",
    )
    .await;
    click_button(&studio, "Close").await;
    click_button(&studio, "Send test").await;
    wait_text(&studio, "[data-testid='send-request']", "POST").await;
    album.take(&studio, "send-dialog").await;
    click_button(&studio, "Close").await;

    // More starters, each as the composer and the preview show it.
    for id in PICTURED_STARTERS {
        new_from_starter(&studio, id).await;
        scroll_panes_to_top(&studio).await;
        album
            .take(&studio, &format!("starter-{}", id.replace('_', "-")))
            .await;
    }

    studio.close().await;
    album.publish();
}
