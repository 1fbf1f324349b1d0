//! The application state built once at startup and shared by every command.
//!
//! Commands stay thin: they take what they need from here and hand the work to a domain crate.
//! The drafts library lives here too: one [`wabi_store::Store`] behind a mutex (SQLite work is
//! blocking; commands lock it on the blocking pool), or the reason it could not be opened.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;
use wabi_store::{OpenReport, Store, StoreError};

/// The drafts library as the app opened it at startup.
#[derive(Debug, Clone)]
pub enum DraftsLibrary {
    /// Open and usable; shared by every drafts command.
    Open(Arc<Mutex<Store>>),
    /// It could not be opened (e.g. a read-only data folder); the message says why and what to
    /// do. The app still runs: the editor works, saving reports this message.
    Unavailable(String),
}

impl DraftsLibrary {
    /// Opens the library in `data_dir`; returns it with the notice the user must read, if any
    /// (damaged or newer file moved aside, upgrade done, pre-migration copy offered).
    pub fn open(data_dir: &Path) -> (Self, Option<String>) {
        match Store::open(data_dir) {
            Ok((mut store, report)) => {
                // The baseline for noticing changes made by `wabi`: the first poll then sees any
                // change made after the app opened the library.
                if let Err(error) = store.changed_since_last_poll() {
                    tracing::warn!(%error, "cannot read the library's data version");
                }
                (Self::Open(Arc::new(Mutex::new(store))), notice_of(&report))
            }
            Err(error) => {
                let message = unavailable_message(&error);
                (Self::Unavailable(message.clone()), Some(message))
            }
        }
    }
}

/// Locks `mutex`, also when an earlier holder panicked. Everything the app keeps behind a mutex
/// stays usable after such a panic: the store (SQLite rolled the interrupted transaction back),
/// cancel flags, the session's token and phone details. So a poisoned lock is taken over instead
/// of failing every later command.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The notice of an [`OpenReport`], logged when there is one.
fn notice_of(report: &OpenReport) -> Option<String> {
    let notice = report.notice();
    if let Some(text) = &notice {
        tracing::warn!(notice = %text, "drafts library opened with a notice");
    }
    notice
}

/// What the user reads when the library cannot be opened at all.
pub fn unavailable_message(error: &StoreError) -> String {
    format!("Your drafts library could not be opened: {error}. You can still edit, but nothing is saved until this is fixed and Wabi Studio is restarted.")
}

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
    drafts: DraftsLibrary,
    drafts_notice: Option<String>,
}

impl AppState {
    /// State for the given data directory; `started` is when the process began its work.
    pub fn new(data_dir: PathBuf, started: Instant) -> Self {
        Self {
            data_dir,
            started,
            first_screen_reported: AtomicBool::new(false),
            drafts: DraftsLibrary::Unavailable(
                "The drafts library has not been opened.".to_owned(),
            ),
            drafts_notice: None,
        }
    }

    /// The same state with the drafts library opened at startup and its notice for the user.
    pub fn with_drafts(mut self, drafts: DraftsLibrary, notice: Option<String>) -> Self {
        self.drafts = drafts;
        self.drafts_notice = notice;
        self
    }

    /// The drafts library.
    pub fn drafts(&self) -> &DraftsLibrary {
        &self.drafts
    }

    /// What the user must be told about the library at startup, in plain words, if anything.
    pub fn drafts_notice(&self) -> Option<&str> {
        self.drafts_notice.as_deref()
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
    fn drafts_library_opens_in_a_fresh_folder_without_a_notice() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (library, notice) = DraftsLibrary::open(dir.path());
        assert!(matches!(library, DraftsLibrary::Open(_)));
        assert_eq!(notice, None);
    }

    #[test]
    fn damaged_drafts_file_is_moved_aside_and_the_notice_says_so() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            wabi_store::database_path(dir.path()),
            b"this is not a database at all, not even close; just text",
        )
        .expect("write");
        let (library, notice) = DraftsLibrary::open(dir.path());
        assert!(matches!(library, DraftsLibrary::Open(_)));
        let notice = notice.expect("a notice");
        assert!(notice.contains("damaged"), "{notice}");
    }

    #[test]
    fn state_carries_the_drafts_notice() {
        let state = AppState::new(PathBuf::from("/tmp"), Instant::now()).with_drafts(
            DraftsLibrary::Unavailable("x".into()),
            Some("read this".into()),
        );
        assert_eq!(state.drafts_notice(), Some("read this"));
    }

    #[test]
    fn first_screen_is_reported_once() {
        let state = AppState::new(PathBuf::from("/tmp"), Instant::now());
        assert!(state.mark_first_screen().is_some());
        assert!(state.mark_first_screen().is_none());
    }
}
