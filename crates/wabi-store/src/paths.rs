//! Where the drafts library lives on disk: one truth for the desktop app and `wabi`.

use std::path::{Path, PathBuf};

/// The app identifier; Tauri's `app_data_dir()` is the platform data dir joined with it.
pub const APP_IDENTIFIER: &str = "studio.wabi.desktop";

/// The environment variable that overrides the data directory.
pub const DATA_DIR_ENV: &str = "WABI_DATA_DIR";

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "wabi.sqlite3";

/// The data directory: `WABI_DATA_DIR` if set and not empty, else the platform's data directory
/// joined with [`APP_IDENTIFIER`] (on Linux `$XDG_DATA_HOME/studio.wabi.desktop` or
/// `~/.local/share/studio.wabi.desktop`). `None` when neither is known (no home directory).
pub fn default_data_dir() -> Option<PathBuf> {
    data_dir_from(std::env::var_os(DATA_DIR_ENV), dirs::data_dir())
}

/// [`default_data_dir`] with its inputs passed in, so the choice is testable.
fn data_dir_from(env: Option<std::ffi::OsString>, platform: Option<PathBuf>) -> Option<PathBuf> {
    match env {
        Some(value) if !value.is_empty() => Some(PathBuf::from(value)),
        _ => platform.map(|dir| dir.join(APP_IDENTIFIER)),
    }
}

/// The database file inside a data directory.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_variable_wins_over_platform_dir() {
        let dir = data_dir_from(
            Some("/tmp/wabi".into()),
            Some(PathBuf::from("/home/a/.local/share")),
        );
        assert_eq!(dir, Some(PathBuf::from("/tmp/wabi")));
    }

    #[test]
    fn empty_env_variable_falls_back_to_platform_dir_with_identifier() {
        let dir = data_dir_from(Some("".into()), Some(PathBuf::from("/home/a/.local/share")));
        assert_eq!(
            dir,
            Some(PathBuf::from("/home/a/.local/share/studio.wabi.desktop"))
        );
    }

    #[test]
    fn no_env_and_no_platform_dir_is_none() {
        assert_eq!(data_dir_from(None, None), None);
    }
}
