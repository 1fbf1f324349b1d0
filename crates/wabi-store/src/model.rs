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
    /// The category of the document (`MISSING` when it has none, `UNKNOWN` for other text).
    pub category: Category,
    /// `READY` (no errors), `DRAFT` (errors), or Meta's status once known (`APPROVED`, ...).
    pub status: DraftStatus,
    /// Meta's review status as an import carried it (the text, also when `status` is `UNKNOWN`).
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

/// A template's category as the library lists and filters drafts by it.
///
/// The document is Meta's JSON and may hold anything in `category`: the three categories Meta
/// accepts are read case-insensitively (as the checker reads them, rule `category.invalid`); no
/// category, or one that is not text, is `Missing` (rule `category.missing`); any other text is
/// `Unknown`. The document keeps what was written; this is only how lists show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Category {
    /// `MARKETING`.
    Marketing,
    /// `UTILITY`.
    Utility,
    /// `AUTHENTICATION`.
    Authentication,
    /// The document has no category (or an empty one, or one that is not text).
    Missing,
    /// The document's category is text Meta does not accept (kept as written in the document).
    Unknown,
}

impl Category {
    /// The categories Meta accepts.
    pub const ACCEPTED: [Category; 3] = [
        Category::Marketing,
        Category::Utility,
        Category::Authentication,
    ];

    /// The category of a document's `category` text (`""` when it has none), read as the
    /// checker reads it ([`wabi_template::Category::parse`]).
    pub fn of_text(text: &str) -> Category {
        if text.trim().is_empty() {
            return Category::Missing;
        }
        match wabi_template::Category::parse(text) {
            Some(wabi_template::Category::Marketing) => Category::Marketing,
            Some(wabi_template::Category::Utility) => Category::Utility,
            Some(wabi_template::Category::Authentication) => Category::Authentication,
            None => Category::Unknown,
        }
    }

    /// The word lists show: Meta's spelling, or `MISSING` / `UNKNOWN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Marketing => "MARKETING",
            Category::Utility => "UTILITY",
            Category::Authentication => "AUTHENTICATION",
            Category::Missing => "MISSING",
            Category::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// Where a draft stands: ours (`DRAFT`, `READY`) until Meta's review status is known, then
/// Meta's (the statuses of a message template in the WhatsApp Business Management API).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DraftStatus {
    /// Not submitted; the checker finds errors.
    Draft,
    /// Not submitted; the checker finds no errors.
    Ready,
    /// Meta approved the template; it can be sent.
    Approved,
    /// Meta is reviewing it.
    Pending,
    /// Meta rejected it.
    Rejected,
    /// Meta paused it (quality).
    Paused,
    /// Meta disabled it (quality).
    Disabled,
    /// A rejection is being appealed.
    InAppeal,
    /// Deleted on Meta's side, the deletion not done yet.
    PendingDeletion,
    /// Deleted on Meta's side.
    Deleted,
    /// The account reached its template limit.
    LimitExceeded,
    /// Archived on Meta's side.
    Archived,
    /// A status this version does not know (the text is in `meta_status`).
    Unknown,
}

impl DraftStatus {
    /// Every status with a word of its own (all but `Unknown`), ours first.
    pub const KNOWN: [DraftStatus; 12] = [
        DraftStatus::Draft,
        DraftStatus::Ready,
        DraftStatus::Approved,
        DraftStatus::Pending,
        DraftStatus::Rejected,
        DraftStatus::Paused,
        DraftStatus::Disabled,
        DraftStatus::InAppeal,
        DraftStatus::PendingDeletion,
        DraftStatus::Deleted,
        DraftStatus::LimitExceeded,
        DraftStatus::Archived,
    ];

    /// The status for Meta's review status text (ASCII case-insensitive).
    pub fn of_meta(text: &str) -> DraftStatus {
        DraftStatus::KNOWN
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(text))
            .unwrap_or(DraftStatus::Unknown)
    }

    /// The word lists show (Meta's spelling for Meta's statuses).
    pub fn as_str(self) -> &'static str {
        match self {
            DraftStatus::Draft => "DRAFT",
            DraftStatus::Ready => "READY",
            DraftStatus::Approved => "APPROVED",
            DraftStatus::Pending => "PENDING",
            DraftStatus::Rejected => "REJECTED",
            DraftStatus::Paused => "PAUSED",
            DraftStatus::Disabled => "DISABLED",
            DraftStatus::InAppeal => "IN_APPEAL",
            DraftStatus::PendingDeletion => "PENDING_DELETION",
            DraftStatus::Deleted => "DELETED",
            DraftStatus::LimitExceeded => "LIMIT_EXCEEDED",
            DraftStatus::Archived => "ARCHIVED",
            DraftStatus::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for DraftStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
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
    /// Only this category.
    pub category: Option<Category>,
    /// Only this language code.
    pub language: Option<String>,
    /// Only this status (`DRAFT`, `READY` or a Meta status).
    pub status: Option<DraftStatus>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_text_is_read_as_the_checker_reads_it() {
        assert_eq!(Category::of_text("MARKETING"), Category::Marketing);
        assert_eq!(Category::of_text(" utility "), Category::Utility);
        assert_eq!(
            Category::of_text("Authentication"),
            Category::Authentication
        );
        assert_eq!(Category::of_text(""), Category::Missing);
        assert_eq!(Category::of_text("  "), Category::Missing);
        assert_eq!(Category::of_text("TRANSACTIONAL"), Category::Unknown);
    }

    #[test]
    fn meta_statuses_are_read_case_insensitively_with_an_unknown_fallback() {
        assert_eq!(DraftStatus::of_meta("APPROVED"), DraftStatus::Approved);
        assert_eq!(DraftStatus::of_meta("in_appeal"), DraftStatus::InAppeal);
        assert_eq!(
            DraftStatus::of_meta("PENDING_DELETION"),
            DraftStatus::PendingDeletion
        );
        assert_eq!(
            DraftStatus::of_meta("FLAGGED_SOMEHOW"),
            DraftStatus::Unknown
        );
        assert_eq!(DraftStatus::of_meta(""), DraftStatus::Unknown);
    }

    #[test]
    fn categories_and_statuses_cross_as_their_words() {
        for category in [Category::Marketing, Category::Missing, Category::Unknown] {
            let json = serde_json::to_value(category).unwrap();
            assert_eq!(json, category.as_str());
            assert_eq!(serde_json::from_value::<Category>(json).unwrap(), category);
        }
        for status in DraftStatus::KNOWN.into_iter().chain([DraftStatus::Unknown]) {
            let json = serde_json::to_value(status).unwrap();
            assert_eq!(json, status.as_str());
            assert_eq!(serde_json::from_value::<DraftStatus>(json).unwrap(), status);
        }
    }
}
