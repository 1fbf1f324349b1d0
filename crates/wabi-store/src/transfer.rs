//! Import and export: Meta's template JSON in and out of the library.
//!
//! Export writes documents exactly as stored (Meta creation JSON): one draft as an object, a
//! family or the whole library as an array. Import reads a file (see `import` for what is
//! accepted) and stores all of its templates in one transaction, or none of them. Import never
//! overwrites: a name and language already in the library make a new draft beside the old one,
//! and the clash is reported.

use crate::drafts::{facts, insert_draft};
use crate::error::{Result, StoreError};
use crate::import::{parse_import, ImportItem};
use crate::model::{DraftId, ImportedDraft};
use crate::store::Store;
use rusqlite::params;
use serde_json::Value;
use std::path::Path;

impl Store {
    /// Imports every template of the file at `path`; all or nothing. The file is named in
    /// errors as given.
    pub fn import_file(&mut self, path: &Path) -> Result<Vec<ImportedDraft>> {
        let label = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| StoreError::NotATemplateFile {
            file: label.clone(),
            reason: format!("cannot read it ({e})"),
        })?;
        let items = parse_import(&label, &bytes)?;
        self.import_items(&label, items)
    }

    /// Imports every template of a file's contents already read (a file dropped on the window,
    /// where the webview gives the bytes but not the path); `label` names it in errors and in
    /// the first revision's note. All or nothing, like [`Store::import_file`].
    pub fn import_bytes(&mut self, label: &str, bytes: &[u8]) -> Result<Vec<ImportedDraft>> {
        let items = parse_import(label, bytes)?;
        self.import_items(label, items)
    }

    /// Stores templates read by [`parse_import`] as new drafts, in one transaction; `source`
    /// names where they came from in their first revision's note.
    pub fn import_items(
        &mut self,
        source: &str,
        items: Vec<ImportItem>,
    ) -> Result<Vec<ImportedDraft>> {
        let prepared = items
            .into_iter()
            .map(|item| Ok((facts(&item.document)?, item)))
            .collect::<Result<Vec<_>>>()?;
        let note = format!("imported from {source}");
        self.write(|tx, now| {
            let mut imported = Vec::with_capacity(prepared.len());
            for (facts, item) in &prepared {
                let clashes_with = {
                    let mut stmt = tx.prepare_cached(
                        "SELECT id FROM drafts WHERE name = ?1 AND language = ?2 \
                         AND deleted_ms IS NULL ORDER BY id",
                    )?;
                    let rows = stmt.query_map(params![facts.name, facts.language], |r| r.get(0))?;
                    rows.collect::<rusqlite::Result<Vec<DraftId>>>()?
                };
                let (id, _) =
                    insert_draft(tx, facts, &[], item.meta_status.as_deref(), &note, now)?;
                imported.push(ImportedDraft {
                    id,
                    name: facts.name.clone(),
                    language: facts.language.clone(),
                    clashes_with,
                    removed_fields: item.removed_fields.clone(),
                });
            }
            Ok(imported)
        })
    }

    /// Draft `id`'s document, exactly as stored (Meta creation JSON).
    pub fn export_draft(&self, id: DraftId) -> Result<Value> {
        Ok(self.get(id)?.document)
    }

    /// The documents of draft `id`'s family (all its languages), as a JSON array.
    pub fn export_family(&self, id: DraftId) -> Result<Value> {
        let members = self.family(id)?;
        let mut docs = Vec::with_capacity(members.len());
        for member in members {
            docs.push(self.get(member.id)?.document);
        }
        Ok(Value::Array(docs))
    }

    /// Every draft of the library (not the trash), by name and language, as one JSON array.
    pub fn export_library(&self) -> Result<Value> {
        let run = || -> rusqlite::Result<Vec<Value>> {
            let mut stmt = self.conn.prepare(
                "SELECT document FROM drafts WHERE deleted_ms IS NULL ORDER BY name, language, id",
            )?;
            let rows = stmt.query_map([], |row| {
                let text: String = row.get(0)?;
                Ok(serde_json::from_str(&text).unwrap_or(Value::Object(Default::default())))
            })?;
            rows.collect()
        };
        Ok(Value::Array(run().map_err(|e| self.classify(e.into()))?))
    }
}
