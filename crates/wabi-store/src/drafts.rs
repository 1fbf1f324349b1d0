//! Draft operations: create, duplicate, rename, save (with revisions), tags, families, trash.
//!
//! Every write runs in one `BEGIN IMMEDIATE` transaction and recomputes what the row caches
//! from the document (name, language, category, the checker's error and warning counts, the
//! search text), so the row can never disagree with its document. The checker is
//! `wabi_template::check`, the one truth for errors and warnings.

use crate::error::{Result, StoreError};
use crate::model::{
    Category, Draft, DraftId, DraftStatus, DraftSummary, RevisionChange, RevisionId, SaveKind,
    SaveOutcome,
};
use crate::name::{check_name, copy_name};
use crate::starter::{starter_document, Starter};
use crate::store::Store;
use crate::text::searchable_text;
use rusqlite::{params, OptionalExtension, Row, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

/// Autosaves within this time of the start of the latest autosave revision update it in place
/// rather than add a revision.
pub const COALESCE_WINDOW_MS: i64 = 5_000;

/// How long a draft stays in the trash before it is removed for good: 30 days.
pub const TRASH_RETENTION_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// A new draft to create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewDraft {
    /// Template name; must follow Meta's rules (lowercase letters, digits, `_`, at most 512).
    pub name: String,
    /// Language code, e.g. `en_US`.
    pub language: String,
    /// Category; `None` takes the starter's (MARKETING for a blank draft).
    pub category: Option<String>,
    /// What the draft starts from.
    pub starter: Starter,
}

/// The columns of a [`DraftSummary`], read by [`summary_from_row`]; `d` is the drafts table.
pub(crate) const SUMMARY_COLUMNS: &str = "d.id, d.name, d.language, d.category, d.meta_status, \
     d.tags, d.errors, d.warnings, d.created_ms, d.updated_ms, d.deleted_ms";

/// SQL for a draft's status: Meta's once known, else READY without errors, DRAFT with.
pub(crate) const STATUS_SQL: &str =
    "COALESCE(upper(d.meta_status), CASE WHEN d.errors = 0 THEN 'READY' ELSE 'DRAFT' END)";

/// A count read from SQLite as `u32` (counts are written from `u32`; out of range saturates).
pub(crate) fn count(value: i64) -> u32 {
    u32::try_from(value.max(0)).unwrap_or(u32::MAX)
}

/// Reads a [`DraftSummary`] from a row selected with [`SUMMARY_COLUMNS`].
pub(crate) fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<DraftSummary> {
    let category: String = row.get(3)?;
    let meta_status: Option<String> = row.get(4)?;
    let tags: String = row.get(5)?;
    let errors = count(row.get(6)?);
    let status = match &meta_status {
        Some(s) => DraftStatus::of_meta(s),
        None if errors == 0 => DraftStatus::Ready,
        None => DraftStatus::Draft,
    };
    Ok(DraftSummary {
        id: row.get(0)?,
        name: row.get(1)?,
        language: row.get(2)?,
        category: Category::of_text(&category),
        status,
        meta_status,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        errors,
        warnings: count(row.get(7)?),
        created_ms: row.get(8)?,
        updated_ms: row.get(9)?,
        deleted_ms: row.get(10)?,
    })
}

/// What a row caches from its document.
pub(crate) struct Facts {
    pub name: String,
    pub language: String,
    pub category: String,
    pub errors: u32,
    pub warnings: u32,
    pub search_text: String,
    pub json: String,
}

/// Computes the cached facts of a document (runs the checker).
pub(crate) fn facts(doc: &Map<String, Value>) -> Result<Facts> {
    let text_of = |key: &str| {
        doc.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let value = Value::Object(doc.clone());
    let diagnostics = wabi_template::check(&value);
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == wabi_template::Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    Ok(Facts {
        name: text_of("name"),
        language: text_of("language"),
        category: text_of("category"),
        errors: u32::try_from(errors).unwrap_or(u32::MAX),
        warnings: u32::try_from(warnings).unwrap_or(u32::MAX),
        search_text: searchable_text(&value),
        json: serde_json::to_string(&value).map_err(|_| StoreError::NotAnObject {
            found: "a value that cannot be written as JSON",
        })?,
    })
}

/// The document as an object, or the error naming what it is.
pub(crate) fn as_object(doc: &Value) -> Result<&Map<String, Value>> {
    doc.as_object().ok_or(StoreError::NotAnObject {
        found: crate::import::json_type(doc),
    })
}

/// Inserts a new draft with its first revision (explicit, with `note`).
pub(crate) fn insert_draft(
    tx: &Transaction<'_>,
    facts: &Facts,
    tags: &[String],
    meta_status: Option<&str>,
    note: &str,
    now: i64,
) -> Result<(DraftId, RevisionId)> {
    let tags = serde_json::to_string(tags).unwrap_or_else(|_| "[]".to_owned());
    tx.execute(
        "INSERT INTO drafts (name, language, category, document, tags, errors, warnings, \
         meta_status, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            facts.name,
            facts.language,
            facts.category,
            facts.json,
            tags,
            facts.errors,
            facts.warnings,
            meta_status,
            now
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO drafts_search (rowid, name, content) VALUES (?1, ?2, ?3)",
        params![id, facts.name, facts.search_text],
    )?;
    let revision = insert_revision(tx, id, facts, SaveKind::Explicit, Some(note), now)?;
    Ok((id, revision))
}

fn insert_revision(
    tx: &Transaction<'_>,
    id: DraftId,
    facts: &Facts,
    kind: SaveKind,
    note: Option<&str>,
    now: i64,
) -> Result<RevisionId> {
    tx.execute(
        "INSERT INTO revisions (draft_id, document, kind, note, errors, warnings, started_ms, \
         saved_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            facts.json,
            kind.as_str(),
            note,
            facts.errors,
            facts.warnings,
            now
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Fails unless draft `id` is in the library (not in the trash).
fn require_live(tx: &Transaction<'_>, id: DraftId) -> Result<()> {
    let deleted: Option<Option<i64>> = tx
        .query_row("SELECT deleted_ms FROM drafts WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    match deleted {
        Some(None) => Ok(()),
        _ => Err(StoreError::DraftNotFound {
            id,
            where_: " in the library",
        }),
    }
}

/// Saves `facts` as the content of draft `id`: the revision rules live here.
pub(crate) fn save_in(
    tx: &Transaction<'_>,
    id: DraftId,
    facts: &Facts,
    kind: SaveKind,
    note: Option<&str>,
    now: i64,
) -> Result<SaveOutcome> {
    require_live(tx, id)?;
    let latest: Option<(RevisionId, String, String, i64)> = tx
        .query_row(
            "SELECT id, document, kind, started_ms FROM revisions WHERE draft_id = ?1 \
             ORDER BY id DESC LIMIT 1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let outcome = |revision, change| SaveOutcome {
        revision,
        change,
        errors: facts.errors,
        warnings: facts.warnings,
    };
    let (revision, change) = match latest {
        Some((rev, document, latest_kind, _)) if document == facts.json => {
            if kind == SaveKind::Explicit && SaveKind::from_db(&latest_kind) == SaveKind::Autosave {
                tx.execute(
                    "UPDATE revisions SET kind = 'explicit', saved_ms = ?2 WHERE id = ?1",
                    params![rev, now],
                )?;
            }
            return Ok(outcome(rev, RevisionChange::Unchanged));
        }
        Some((rev, _, latest_kind, started))
            if kind == SaveKind::Autosave
                && note.is_none()
                && SaveKind::from_db(&latest_kind) == SaveKind::Autosave
                && (0..COALESCE_WINDOW_MS).contains(&(now - started)) =>
        {
            tx.execute(
                "UPDATE revisions SET document = ?2, errors = ?3, warnings = ?4, saved_ms = ?5 \
                 WHERE id = ?1",
                params![rev, facts.json, facts.errors, facts.warnings, now],
            )?;
            (rev, RevisionChange::Coalesced)
        }
        _ => (
            insert_revision(tx, id, facts, kind, note, now)?,
            RevisionChange::New,
        ),
    };
    tx.execute(
        "UPDATE drafts SET name = ?2, language = ?3, category = ?4, document = ?5, errors = ?6, \
         warnings = ?7, updated_ms = ?8 WHERE id = ?1",
        params![
            id,
            facts.name,
            facts.language,
            facts.category,
            facts.json,
            facts.errors,
            facts.warnings,
            now
        ],
    )?;
    tx.execute(
        "UPDATE drafts_search SET name = ?2, content = ?3 WHERE rowid = ?1",
        params![id, facts.name, facts.search_text],
    )?;
    Ok(outcome(revision, change))
}

impl Store {
    /// Runs `work` in one immediate transaction and gives errors their meaning.
    pub(crate) fn write<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>, i64) -> Result<T>,
    ) -> Result<T> {
        let now = self.now();
        let run = |conn: &mut rusqlite::Connection| -> Result<T> {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = work(&tx, now)?;
            tx.commit()?;
            Ok(value)
        };
        run(&mut self.conn).map_err(|e| self.classify(e))
    }

    /// Creates a draft, blank or from a starter. The name must follow Meta's rules.
    pub fn create(&mut self, new: &NewDraft) -> Result<DraftId> {
        check_name(&new.name)?;
        check_language(&new.language)?;
        let doc = starter_document(
            new.starter,
            &new.name,
            &new.language,
            new.category.as_deref(),
        );
        let facts = facts(&doc)?;
        self.write(|tx, now| Ok(insert_draft(tx, &facts, &[], None, "created", now)?.0))
    }

    /// Saves a new content for draft `id` (which must be in the library, not the trash).
    ///
    /// Writes a revision unless the content equals the latest one; autosaves within
    /// [`COALESCE_WINDOW_MS`] of the latest autosave revision's start update it instead; an
    /// explicit save always leaves an explicit revision holding the content. On failure
    /// (disk full, read-only) nothing changes and the caller still has `document`.
    pub fn save(&mut self, id: DraftId, document: &Value, kind: SaveKind) -> Result<SaveOutcome> {
        let facts = facts(as_object(document)?)?;
        self.write(|tx, now| save_in(tx, id, &facts, kind, None, now))
    }

    /// A draft with its document, from the library or the trash.
    pub fn get(&self, id: DraftId) -> Result<Draft> {
        let sql = format!("SELECT {SUMMARY_COLUMNS}, d.document FROM drafts d WHERE d.id = ?1");
        let found = self
            .conn
            .query_row(&sql, [id], |row| {
                let document: String = row.get(11)?;
                Ok((summary_from_row(row)?, document))
            })
            .optional()
            .map_err(|e| self.classify(e.into()))?;
        let (summary, document) = found.ok_or(StoreError::DraftNotFound { id, where_: "" })?;
        let document = serde_json::from_str(&document).unwrap_or(Value::Object(Map::new()));
        Ok(Draft { summary, document })
    }

    /// Copies draft `id` into a new draft named `<name>_copy` (history and Meta status are not
    /// copied; tags are).
    pub fn duplicate(&mut self, id: DraftId) -> Result<DraftId> {
        let original = self.get(id)?;
        let mut doc = as_object(&original.document)?.clone();
        let name = copy_name(&original.summary.name);
        doc.insert("name".into(), Value::from(name));
        let facts = facts(&doc)?;
        let note = format!("duplicated from draft {id}");
        let tags = original.summary.tags;
        self.write(|tx, now| Ok(insert_draft(tx, &facts, &tags, None, &note, now)?.0))
    }

    /// Renames draft `id` (an explicit revision). The name must follow Meta's rules.
    pub fn rename(&mut self, id: DraftId, name: &str) -> Result<SaveOutcome> {
        check_name(name)?;
        let original = self.get(id)?;
        let mut doc = as_object(&original.document)?.clone();
        doc.insert("name".into(), Value::from(name));
        let facts = facts(&doc)?;
        let note = format!("renamed from {:?}", original.summary.name);
        self.write(|tx, now| save_in(tx, id, &facts, SaveKind::Explicit, Some(&note), now))
    }

    /// Sets the tags of draft `id` (trimmed, empty ones dropped, duplicates removed).
    pub fn set_tags(&mut self, id: DraftId, tags: &[String]) -> Result<()> {
        let mut clean: Vec<String> = Vec::new();
        for tag in tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if !clean.iter().any(|c| c == tag) {
                clean.push(tag.to_owned());
            }
        }
        let json = serde_json::to_string(&clean).unwrap_or_else(|_| "[]".to_owned());
        self.write(|tx, _| {
            require_live(tx, id)?;
            tx.execute(
                "UPDATE drafts SET tags = ?2 WHERE id = ?1",
                params![id, json],
            )?;
            Ok(())
        })
    }

    /// The family of draft `id`: every draft in the library with the same name (one per
    /// language, or more after import clashes), ordered by language.
    pub fn family(&self, id: DraftId) -> Result<Vec<DraftSummary>> {
        let name = self.get(id)?.summary.name;
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM drafts d WHERE d.name = ?1 AND d.deleted_ms IS NULL \
             ORDER BY d.language, d.id"
        );
        let run = || -> rusqlite::Result<Vec<DraftSummary>> {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map([name], summary_from_row)?;
            rows.collect()
        };
        run().map_err(|e| self.classify(e.into()))
    }

    /// Adds a language variant of draft `id`: a new draft with the same content and name in
    /// `language`, which the family must not have yet.
    pub fn add_language(&mut self, id: DraftId, language: &str) -> Result<DraftId> {
        check_language(language)?;
        if self.family(id)?.iter().any(|d| d.language == language) {
            return Err(StoreError::InvalidLanguage {
                language: language.to_owned(),
                reason: "this template already has a draft in that language; open it instead"
                    .into(),
            });
        }
        let original = self.get(id)?;
        let mut doc = as_object(&original.document)?.clone();
        doc.insert("language".into(), Value::from(language));
        let facts = facts(&doc)?;
        let note = format!("{language} variant of draft {id}");
        let tags = original.summary.tags;
        self.write(|tx, now| Ok(insert_draft(tx, &facts, &tags, None, &note, now)?.0))
    }

    /// Moves draft `id` to the trash (restorable for 30 days).
    pub fn delete(&mut self, id: DraftId) -> Result<()> {
        self.write(|tx, now| {
            require_live(tx, id)?;
            tx.execute(
                "UPDATE drafts SET deleted_ms = ?2 WHERE id = ?1",
                params![id, now],
            )?;
            Ok(())
        })
    }

    /// Brings draft `id` back from the trash.
    pub fn restore(&mut self, id: DraftId) -> Result<()> {
        self.write(|tx, _| {
            let changed = tx.execute(
                "UPDATE drafts SET deleted_ms = NULL WHERE id = ?1 AND deleted_ms IS NOT NULL",
                [id],
            )?;
            if changed == 0 {
                return Err(StoreError::DraftNotFound {
                    id,
                    where_: " in the trash",
                });
            }
            Ok(())
        })
    }

    /// The drafts in the trash, most recently deleted first.
    pub fn trash(&self) -> Result<Vec<DraftSummary>> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM drafts d WHERE d.deleted_ms IS NOT NULL \
             ORDER BY d.deleted_ms DESC, d.id DESC"
        );
        let run = || -> rusqlite::Result<Vec<DraftSummary>> {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map([], summary_from_row)?;
            rows.collect()
        };
        run().map_err(|e| self.classify(e.into()))
    }

    /// Removes for good the drafts that have been in the trash for 30 days or more, with their
    /// revisions; returns how many. Runs at every open.
    pub fn empty_old_trash(&mut self) -> Result<usize> {
        let cutoff = self.now().saturating_sub(TRASH_RETENTION_MS);
        // Look first (no write lock): usually there is nothing to remove.
        let any: bool = self
            .conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM drafts WHERE deleted_ms IS NOT NULL \
                 AND deleted_ms <= ?1)",
                [cutoff],
                |row| row.get(0),
            )
            .map_err(|e| self.classify(e.into()))?;
        if !any {
            return Ok(0);
        }
        self.write(|tx, _| {
            Ok(tx.execute(
                "DELETE FROM drafts WHERE deleted_ms IS NOT NULL AND deleted_ms <= ?1",
                [cutoff],
            )?)
        })
    }
}

/// A language code must not be empty (the checker judges the code itself).
fn check_language(language: &str) -> Result<()> {
    if language.trim().is_empty() {
        return Err(StoreError::InvalidLanguage {
            language: language.to_owned(),
            reason: "a language code is required, e.g. en_US".into(),
        });
    }
    Ok(())
}
