//! The user's preferences, kept as small JSON files in the data folder.
//!
//! Two files, because two different parts own them:
//! - `settings.json`: what the interface chooses (language, theme, pane widths). The UI reads it
//!   at startup and writes it whole when the user changes one of them.
//! - `window.json`: the main window's size, position and maximised state, written by Rust when
//!   the window closes and applied before it is shown.
//!
//! They live beside the drafts (not in the webview's localStorage) so that `WABI_DATA_DIR` keeps
//! tests and portable installs fully apart, and so that a damaged file costs only preferences:
//! an unreadable file is logged and replaced by the defaults, never an error at startup. Writes
//! go to a temporary file renamed over the old one, so a crash never leaves half a file.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The interface's file name inside the data folder.
pub const SETTINGS_FILE: &str = "settings.json";
/// The window's file name inside the data folder.
pub const WINDOW_FILE: &str = "window.json";

/// Light, dark, or whatever the operating system uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Follow the OS (prefers-color-scheme).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Widths in CSS pixels of the panes the user can resize; `None` is the default layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct PaneWidths {
    /// The drafts library (left).
    pub library: Option<u32>,
    /// The phone preview (right).
    pub preview: Option<u32>,
}

/// The interface's preferences. Unknown or missing fields fall back to their defaults, so files
/// written by older or newer versions still load.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// Interface language ("en", "it"); `None` follows the OS locale.
    pub locale: Option<String>,
    /// Light or dark interface.
    pub theme: ThemeChoice,
    /// Pane widths.
    pub panes: PaneWidths,
}

impl Settings {
    /// The same settings with values no version of the UI could use dropped: an unknown
    /// language follows the OS, and pane widths are kept within what a window can show.
    pub fn sanitized(mut self) -> Self {
        if !matches!(self.locale.as_deref(), Some("en" | "it")) {
            self.locale = None;
        }
        let clamp = |w: Option<u32>, min: u32, max: u32| w.map(|w| w.clamp(min, max));
        self.panes.library = clamp(self.panes.library, LIBRARY_WIDTH.0, LIBRARY_WIDTH.1);
        self.panes.preview = clamp(self.panes.preview, PREVIEW_WIDTH.0, PREVIEW_WIDTH.1);
        self
    }
}

/// The library pane's allowed width range in CSS pixels (kept in step with the UI's splitter).
pub const LIBRARY_WIDTH: (u32, u32) = (180, 480);
/// The preview pane's allowed width range in CSS pixels.
pub const PREVIEW_WIDTH: (u32, u32) = (340, 720);

/// The main window's geometry in physical pixels, as last closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WindowGeometry {
    /// Inner width.
    pub width: u32,
    /// Inner height.
    pub height: u32,
    /// Outer position, left.
    pub x: i32,
    /// Outer position, top.
    pub y: i32,
    /// Whether it was maximised (width and height are then the size before maximising is
    /// unknown, so they are only used when it is not).
    pub maximized: bool,
}

/// The smallest window we restore (the window's own minimum size, in logical pixels).
pub const MIN_WINDOW: (u32, u32) = (960, 600);

impl WindowGeometry {
    /// The geometry to restore on a screen of `screen` physical pixels at `scale`: at least the
    /// minimum size, at most the screen, and placed so the window's top-left is on the screen.
    /// `None` when the saved geometry is unusable (zero sizes).
    pub fn fitted(self, screen: (u32, u32), scale: f64) -> Option<Self> {
        if self.width == 0 || self.height == 0 || screen.0 == 0 || screen.1 == 0 {
            return None;
        }
        let scale = if scale.is_finite() && scale > 0.0 {
            scale
        } else {
            1.0
        };
        let min_w = (f64::from(MIN_WINDOW.0) * scale).round() as u32;
        let min_h = (f64::from(MIN_WINDOW.1) * scale).round() as u32;
        let width = self.width.max(min_w).min(screen.0.max(min_w));
        let height = self.height.max(min_h).min(screen.1.max(min_h));
        let max_x = i64::from(screen.0) - 64;
        let max_y = i64::from(screen.1) - 64;
        let x = i64::from(self.x).clamp(0, max_x.max(0)) as i32;
        let y = i64::from(self.y).clamp(0, max_y.max(0)) as i32;
        Some(Self {
            width,
            height,
            x,
            y,
            maximized: self.maximized,
        })
    }
}

/// Reads a JSON file of type `T`; a missing, unreadable or damaged file gives `None` (damage is
/// logged, since it means a preference was lost).
pub fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Option<T> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return None,
        Err(error) => {
            tracing::warn!(file = %path.display(), %error, "cannot read preferences; using defaults");
            return None;
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(value) => Some(value),
        Err(error) => {
            tracing::warn!(file = %path.display(), %error, "damaged preferences; using defaults");
            None
        }
    }
}

/// Writes `value` as pretty JSON to `path` through a temporary file in the same folder.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> std::io::Result<()> {
    let text = serde_json::to_vec_pretty(value).map_err(std::io::Error::other)?;
    let temp = temporary_beside(path);
    std::fs::write(&temp, text)?;
    std::fs::rename(&temp, path)
}

fn temporary_beside(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    path.with_file_name(name)
}

/// The interface settings stored in `data_dir` (defaults when there are none).
pub fn load_settings(data_dir: &Path) -> Settings {
    read_json::<Settings>(&data_dir.join(SETTINGS_FILE))
        .unwrap_or_default()
        .sanitized()
}

/// Stores the interface settings in `data_dir`.
pub fn save_settings(data_dir: &Path, settings: &Settings) -> std::io::Result<()> {
    write_json(&data_dir.join(SETTINGS_FILE), &settings.clone().sanitized())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_through_the_data_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let settings = Settings {
            locale: Some("it".into()),
            theme: ThemeChoice::Dark,
            panes: PaneWidths {
                library: Some(300),
                preview: Some(500),
            },
        };
        save_settings(dir.path(), &settings).expect("save");
        assert_eq!(load_settings(dir.path()), settings);
        assert!(!dir.path().join("settings.json.tmp").exists());
    }

    #[test]
    fn missing_settings_are_the_defaults() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(load_settings(dir.path()), Settings::default());
    }

    #[test]
    fn damaged_settings_file_gives_the_defaults_instead_of_an_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join(SETTINGS_FILE), b"{ not json").expect("write");
        assert_eq!(load_settings(dir.path()), Settings::default());
    }

    #[test]
    fn settings_from_another_version_keep_what_they_can() {
        let value: Settings =
            serde_json::from_str(r#"{"theme":"light","future":true,"panes":{"library":9999}}"#)
                .expect("parse");
        let value = value.sanitized();
        assert_eq!(value.theme, ThemeChoice::Light);
        assert_eq!(value.panes.library, Some(LIBRARY_WIDTH.1));
        assert_eq!(value.locale, None);
    }

    #[test]
    fn unknown_language_follows_the_os() {
        let settings = Settings {
            locale: Some("xx".into()),
            ..Settings::default()
        };
        assert_eq!(settings.sanitized().locale, None);
    }

    #[test]
    fn settings_wire_shape_is_camel_case() {
        let json = serde_json::to_value(Settings::default()).expect("serialise");
        assert_eq!(
            json,
            serde_json::json!({"locale": null, "theme": "system", "panes": {"library": null, "preview": null}})
        );
    }

    fn geometry(width: u32, height: u32, x: i32, y: i32) -> WindowGeometry {
        WindowGeometry {
            width,
            height,
            x,
            y,
            maximized: false,
        }
    }

    #[test]
    fn saved_window_that_fits_is_restored_as_it_was() {
        let g = geometry(1400, 900, 100, 50);
        assert_eq!(g.fitted((1920, 1080), 1.0), Some(g));
    }

    #[test]
    fn window_larger_than_the_screen_shrinks_to_it() {
        let g = geometry(3000, 2000, 0, 0)
            .fitted((1920, 1080), 1.0)
            .expect("fits");
        assert_eq!((g.width, g.height), (1920, 1080));
    }

    #[test]
    fn window_smaller_than_the_minimum_grows_to_it() {
        // The minimum is in logical pixels: twice as many physical ones at scale 2.
        let g = geometry(200, 100, 0, 0)
            .fitted((2560, 1600), 2.0)
            .expect("fits");
        assert_eq!((g.width, g.height), (1920, 1200));
        let g = geometry(200, 100, 0, 0)
            .fitted((2560, 1440), 1.0)
            .expect("fits");
        assert_eq!((g.width, g.height), MIN_WINDOW);
    }

    #[test]
    fn window_left_on_a_missing_monitor_comes_back_on_screen() {
        let g = geometry(1200, 800, 5000, -300)
            .fitted((1920, 1080), 1.0)
            .expect("fits");
        assert_eq!((g.x, g.y), (1920 - 64, 0));
    }

    #[test]
    fn zero_sized_window_is_not_restored() {
        assert_eq!(geometry(0, 800, 0, 0).fitted((1920, 1080), 1.0), None);
    }
}
