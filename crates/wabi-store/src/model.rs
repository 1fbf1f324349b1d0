//! The shapes the drafts library hands out: drafts, their summaries, revisions, list queries.
//!
//! These go to the UI (through the desktop shell) and to `wabi`, so they derive serde and
//! `ts_rs::TS` with camelCase fields. Ids and times are `i64` in Rust and `number` in
//! TypeScript (ids stay far below 2^53; times are milliseconds since the Unix epoch, UTC).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// A draft's id: a positive integer, never reused, that `wabi drafts` takes as `ID`.
pub type DraftId = i64;

/// A revision's id: a positive integer, never reused.
pub type RevisionId = i64;

/// What lists show of a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftSummary {
    /// The draft's id.
    #[ts(type = "number")]
    pub id: DraftId,
    /// The template name (`name` of the document; empty when it has none or not a string).
    pub name: String,
    /// The language code (`language` of the document; empty when missing).
    pub language: String,
    /// The category (`category` of the document, as written; empty when missing).
    pub category: String,
    /// `READY` (no errors), `DRAFT` (errors), or Meta's status once known (`APPROVED`, ...).
    pub status: String,
    /// Meta's review status, when an import carried one.
    pub meta_status: Option<String>,
    /// The user's tags.
    pub tags: Vec<String>,
    /// Errors the checker found at the last save.
    pub errors: u32,
    /// Warnings the checker found at the last save.
    pub warnings: u32,
    /// When the draft was created.
    #[ts(type = "number")]
    pub created_ms: i64,
    /// When the draft was last saved.
    #[ts(type = "number")]
    pub updated_ms: i64,
    /// When the draft was moved to the trash; `None` when it is in the library.
    #[ts(type = "number | null")]
    pub deleted_ms: Option<i64>,
}

/// A draft with its template document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// Its metadata.
    pub summary: DraftSummary,
    /// The template document, Meta creation JSON (possibly invalid: work in progress).
    pub document: Value,
}

/// How a save was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SaveKind {
    /// The user asked to save: always a revision of its own.
    Explicit,
    /// The editor saved by itself: autosaves close together share one revision.
    Autosave,
}

impl SaveKind {
    /// The word stored in the database.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SaveKind::Explicit => "explicit",
            SaveKind::Autosave => "autosave",
        }
    }

    pub(crate) fn from_db(word: &str) -> Self {
        if word == "autosave" {
            SaveKind::Autosave
        } else {
            SaveKind::Explicit
        }
    }
}

/// What a save did to the draft's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum RevisionChange {
    /// A new revision was written.
    New,
    /// The latest autosave revision was updated in place (autosaves within the window).
    Coalesced,
    /// The content equals the latest revision: nothing new was written (an explicit save of
    /// an autosaved content marks that revision as explicit).
    Unchanged,
}

/// The result of a save: the revision that now holds the content, and the checker's counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveOutcome {
    /// The revision holding the saved content.
    #[ts(type = "number")]
    pub revision: RevisionId,
    /// What happened to the history.
    pub change: RevisionChange,
    /// Errors found by the checker.
    pub errors: u32,
    /// Warnings found by the checker.
    pub warnings: u32,
}

/// A revision as the history lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RevisionSummary {
    /// The revision's id.
    #[ts(type = "number")]
    pub id: RevisionId,
    /// The draft it belongs to.
    #[ts(type = "number")]
    pub draft_id: DraftId,
    /// Explicit save or (coalesced) autosave.
    pub kind: SaveKind,
    /// Where it came from when not typed in the editor, e.g. "imported from a.json".
    pub note: Option<String>,
    /// Errors the checker found in it.
    pub errors: u32,
    /// Warnings the checker found in it.
    pub warnings: u32,
    /// When it was first written.
    #[ts(type = "number")]
    pub started_ms: i64,
    /// When it was last written (later than `started_ms` for coalesced autosaves).
    #[ts(type = "number")]
    pub saved_ms: i64,
}

/// A revision with its document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    /// Its metadata.
    pub summary: RevisionSummary,
    /// The template document as saved then.
    pub document: Value,
}

/// Order of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SortBy {
    /// Most recently saved first.
    #[default]
    Updated,
    /// By name, then language (a family's languages stay together).
    Name,
}

/// Which drafts to list. The default lists the whole library, most recent first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ListQuery {
    /// Full-text search over the name and all text of the template; words must all match,
    /// each as a word prefix.
    pub search: Option<String>,
    /// Only this category (case-insensitive).
    pub category: Option<String>,
    /// Only this language code.
    pub language: Option<String>,
    /// Only this status (`DRAFT`, `READY` or a Meta status; case-insensitive).
    pub status: Option<String>,
    /// `Some(true)`: only drafts with errors; `Some(false)`: only drafts without.
    pub has_errors: Option<bool>,
    /// Order.
    pub sort: SortBy,
    /// At most this many (a page); `None` for all.
    pub limit: Option<u32>,
    /// Skip this many first (for later pages).
    pub offset: u32,
}

/// A draft created by an import, and the clash it may have caused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportedDraft {
    /// The new draft's id.
    #[ts(type = "number")]
    pub id: DraftId,
    /// Its name.
    pub name: String,
    /// Its language.
    pub language: String,
    /// Drafts in the library that already had this name and language (import never
    /// overwrites: the new draft sits beside them).
    #[ts(type = "Array<number>")]
    pub clashes_with: Vec<DraftId>,
    /// Fields Meta returns on reading but refuses on creation, removed from the document.
    pub removed_fields: Vec<String>,
}
