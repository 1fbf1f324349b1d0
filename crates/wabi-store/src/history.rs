//! A draft's history: its revisions, one revision's content, restoring one, comparing two.

use crate::diff::{diff_documents, FieldChange};
use crate::drafts::{as_object, count, facts, save_in};
use crate::error::{Result, StoreError};
use crate::model::{DraftId, Revision, RevisionId, RevisionSummary, SaveKind, SaveOutcome};
use crate::store::Store;
use rusqlite::{OptionalExtension, Row};
use serde_json::{Map, Value};

const REVISION_COLUMNS: &str =
    "id, draft_id, kind, note, errors, warnings, started_ms, saved_ms, document";

fn revision_from_row(row: &Row<'_>) -> rusqlite::Result<Revision> {
    let kind: String = row.get(2)?;
    let document: String = row.get(8)?;
    Ok(Revision {
        summary: RevisionSummary {
            id: row.get(0)?,
            draft_id: row.get(1)?,
            kind: SaveKind::from_db(&kind),
            note: row.get(3)?,
            errors: count(row.get(4)?),
            warnings: count(row.get(5)?),
            started_ms: row.get(6)?,
            saved_ms: row.get(7)?,
        },
        document: serde_json::from_str(&document).unwrap_or(Value::Object(Map::new())),
    })
}

impl Store {
    /// The revisions of draft `id` (in the library or the trash), newest first.
    pub fn revisions(&self, id: DraftId) -> Result<Vec<RevisionSummary>> {
        self.get(id)?;
        let sql = format!(
            "SELECT {REVISION_COLUMNS} FROM revisions WHERE draft_id = ?1 ORDER BY id DESC"
        );
        let run = || -> rusqlite::Result<Vec<RevisionSummary>> {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map([id], |row| Ok(revision_from_row(row)?.summary))?;
            rows.collect()
        };
        run().map_err(|e| self.classify(e.into()))
    }

    /// Revision `revision` of draft `id`, with its document.
    pub fn revision(&self, id: DraftId, revision: RevisionId) -> Result<Revision> {
        let sql =
            format!("SELECT {REVISION_COLUMNS} FROM revisions WHERE id = ?1 AND draft_id = ?2");
        self.conn
            .query_row(&sql, [revision, id], revision_from_row)
            .optional()
            .map_err(|e| self.classify(e.into()))?
            .ok_or(StoreError::RevisionNotFound {
                draft: id,
                revision,
            })
    }

    /// Makes revision `revision` the current content of draft `id` again, as a new explicit
    /// revision (history is never rewritten).
    pub fn restore_revision(&mut self, id: DraftId, revision: RevisionId) -> Result<SaveOutcome> {
        let old = self.revision(id, revision)?;
        let facts = facts(as_object(&old.document)?)?;
        let note = format!("restored revision {revision}");
        self.write(|tx, now| save_in(tx, id, &facts, SaveKind::Explicit, Some(&note), now))
    }

    /// The fields that differ from revision `from` to revision `to` of draft `id`.
    pub fn diff_revisions(
        &self,
        id: DraftId,
        from: RevisionId,
        to: RevisionId,
    ) -> Result<Vec<FieldChange>> {
        let before = self.revision(id, from)?;
        let after = self.revision(id, to)?;
        Ok(diff_documents(&before.document, &after.document))
    }
}
