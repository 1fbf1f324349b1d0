//! Errors of the drafts library.
//!
//! One enum for the crate. Each message is written for the person using the app or `wabi`: it
//! says what went wrong, which file or draft it concerns, and what to do. The caller keeps any
//! unsaved content when a save fails (saves take the document by reference).

use std::path::PathBuf;

/// Something the drafts library could not do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be read or written for a reason not covered below.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),

    /// The folder or database file cannot be written (read-only folder, read-only file system,
    /// or missing permission).
    #[error(
        "cannot write the drafts library in {path}: the folder or file is read-only or you lack \
         permission. Fix its permissions or choose another data folder (--data-dir or \
         WABI_DATA_DIR); nothing was saved, your unsaved work is still in the editor"
    )]
    ReadOnly {
        /// The folder or file that could not be written.
        path: PathBuf,
    },

    /// The disk (or the database's size limit) is full.
    #[error(
        "the disk holding {path} is full: free some space and save again; nothing was saved, \
         your unsaved work is still in the editor"
    )]
    DiskFull {
        /// The database file.
        path: PathBuf,
    },

    /// Another program (the app or `wabi`) kept the library locked for longer than the wait.
    #[error(
        "the drafts library {path} is busy: another Wabi Studio window or a `wabi` command is \
         writing to it. Try again in a moment; your unsaved work is still in the editor"
    )]
    Busy {
        /// The database file.
        path: PathBuf,
    },

    /// The database file is damaged; found while working, after it was opened.
    #[error(
        "the drafts library {path} is damaged. Restart the app: it moves the damaged file aside \
         and starts a fresh library"
    )]
    Corrupt {
        /// The database file.
        path: PathBuf,
    },

    /// A file or folder operation failed.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done, e.g. "cannot read".
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// No draft (or no draft in the expected place: library or trash) has this id.
    #[error("no draft with id {id}{where_}")]
    DraftNotFound {
        /// The id asked for.
        id: i64,
        /// Where it was looked for, e.g. " in the trash"; empty for the library.
        where_: &'static str,
    },

    /// No revision with this id belongs to the draft.
    #[error("draft {draft} has no revision {revision}")]
    RevisionNotFound {
        /// The draft.
        draft: i64,
        /// The revision asked for.
        revision: i64,
    },

    /// A template name breaks Meta's name rules.
    #[error("invalid template name {name:?}: {reason}")]
    InvalidName {
        /// The name given.
        name: String,
        /// Which rule it breaks and what to do.
        reason: String,
    },

    /// A language code is empty or already used in the template's family.
    #[error("invalid language {language:?}: {reason}")]
    InvalidLanguage {
        /// The language given.
        language: String,
        /// Why it cannot be used.
        reason: String,
    },

    /// A file given to import is not a template file; nothing of it was stored.
    #[error("{file}: {reason}; nothing of it was imported")]
    NotATemplateFile {
        /// The file as the user named it.
        file: String,
        /// What is wrong with it.
        reason: String,
    },

    /// A phone number is not a valid international (E.164) number.
    #[error("invalid phone number {phone:?}: {reason}")]
    InvalidPhone {
        /// The number as typed.
        phone: String,
        /// What is wrong and what to type.
        reason: String,
    },

    /// A draft's document is not a JSON object (only objects are templates).
    #[error("a template document must be a JSON object, got {found}")]
    NotAnObject {
        /// The JSON type found.
        found: &'static str,
    },
}

/// Result of the drafts library.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
