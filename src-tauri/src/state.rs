//! The application state built once at startup and shared by every command.
//!
//! Commands stay thin: they take what they need from here and hand the work to a domain crate.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// Environment variable that overrides the data directory. Tests set it so that nothing they do
/// touches the user's real drafts.
pub const DATA_DIR_ENV: &str = "WABI_DATA_DIR";

/// Environment variable that makes the app print one machine-readable line when its first screen
/// has rendered and called Rust (used by `scripts/bench-startup.py`).
pub const STARTUP_PROBE_ENV: &str = "WABI_BENCH_STARTUP";

/// Everything the commands share.
#[derive(Debug)]
pub struct AppState {
    data_dir: PathBuf,
    started: Instant,
    first_screen_reported: AtomicBool,
}

impl AppState {
    /// State for the given data directory; `started` is when the process began its work.
    pub fn new(data_dir: PathBuf, started: Instant) -> Self {
        Self {
            data_dir,
            started,
            first_screen_reported: AtomicBool::new(false),
        }
    }

    /// Where drafts, media and logs of this installation live.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Records that the first screen has rendered; returns the time since start the first time
    /// only, so repeated calls (a reload) do not report again.
    pub fn mark_first_screen(&self) -> Option<std::time::Duration> {
        let first = !self.first_screen_reported.swap(true, Ordering::SeqCst);
        first.then(|| self.started.elapsed())
    }
}

/// The data directory: `WABI_DATA_DIR` when set and not empty, else the platform default.
pub fn resolve_data_dir(
    env_value: Option<std::ffi::OsString>,
    platform_default: PathBuf,
) -> PathBuf {
    match env_value {
        Some(value) if !value.is_empty() => PathBuf::from(value),
        _ => platform_default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_env_overrides_the_platform_default() {
        let dir = resolve_data_dir(
            Some("/tmp/wabi-test".into()),
            PathBuf::from("/home/x/.local/share/app"),
        );
        assert_eq!(dir, PathBuf::from("/tmp/wabi-test"));
    }

    #[test]
    fn empty_data_dir_env_falls_back_to_the_platform_default() {
        let dir = resolve_data_dir(Some("".into()), PathBuf::from("/home/x/.local/share/app"));
        assert_eq!(dir, PathBuf::from("/home/x/.local/share/app"));
        let dir = resolve_data_dir(None, PathBuf::from("/home/x/.local/share/app"));
        assert_eq!(dir, PathBuf::from("/home/x/.local/share/app"));
    }

    #[test]
    fn first_screen_is_reported_once() {
        let state = AppState::new(PathBuf::from("/tmp"), Instant::now());
        assert!(state.mark_first_screen().is_some());
        assert!(state.mark_first_screen().is_none());
    }
}
