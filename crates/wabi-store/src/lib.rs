//! The drafts library: one SQLite file holding every draft, its revisions, and the trash.
//!
//! Why a crate of its own: the desktop app and the `wabi` command line open the same database,
//! possibly at the same time, and both must keep a marketer's work safe through crashes, power
//! cuts and bad files. Nothing here knows about Tauri or the UI.
//!
//! Start with [`Store::open`] (or [`Store::in_memory`] in tests). Time comes from a [`Clock`].

pub mod clock;
pub mod diff;
pub mod drafts;
pub mod error;
pub mod history;
pub mod import;
pub mod list;
pub mod migrate;
pub mod model;
pub mod name;
pub mod open;
pub mod paths;
pub mod sending;
pub mod starter;
pub mod store;
pub mod text;
pub mod transfer;

pub use clock::{format_rfc3339, Clock, ManualClock, SystemClock};
pub use diff::{diff_documents, FieldChange};
pub use drafts::{NewDraft, COALESCE_WINDOW_MS, TRASH_RETENTION_MS};
pub use error::{Result, StoreError};
pub use import::{parse_import, ImportItem};
pub use migrate::LATEST_VERSION;
pub use model::{
    Category, Draft, DraftId, DraftStatus, DraftSummary, ImportedDraft, ListQuery, Revision,
    RevisionChange, RevisionId, RevisionSummary, SaveKind, SaveOutcome, SortBy,
};
pub use open::{replace_with_copy, OpenProblem, OpenReport};
pub use paths::{database_path, default_data_dir, DATABASE_FILE};
pub use sending::{AccountRow, Recipient, SendLogEntry, SendOutcome};
pub use starter::Starter;
pub use store::Store;
pub use text::searchable_text;
