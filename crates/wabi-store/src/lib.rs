//! The drafts library: one SQLite file holding every draft, its revisions, and the trash.
//!
//! Why a crate of its own: the desktop app and the `wabi` command line open the same database,
//! possibly at the same time, and both must keep a marketer's work safe through crashes, power
//! cuts and bad files. Nothing here knows about Tauri or the UI.

pub mod error;

pub use error::StoreError;
