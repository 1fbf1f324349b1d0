//! Commands of the drafts library: list, open, create, save (autosave and explicit), duplicate,
//! rename, delete and restore, history, import and export, and noticing changes made by `wabi`.
//!
//! Each command is thin: it takes the shared [`wabi_store::Store`] from [`AppState`], runs one
//! store call on the blocking pool (SQLite blocks), and maps [`StoreError`] into [`AppError`]
//! (in `crate::error`).
//! A failed save changes nothing and returns the error; the UI keeps the editor's content.

use super::{lock, on_blocking_pool, store_of};
use crate::error::{AppError, ErrorCode};
use crate::state::AppState;
use serde_json::{Map, Value};
use std::path::PathBuf;
use tauri::State;
use wabi_store::{
    Draft, DraftId, DraftSummary, FieldChange, ImportItem, ImportedDraft, ListQuery, RevisionId,
    RevisionSummary, SaveKind, SaveOutcome, Store, StoreError,
};

/// Runs `work` with the store locked, on the blocking pool.
async fn with_store<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, AppError> {
    let store = store_of(state)?;
    on_blocking_pool(move || work(&mut lock(&store)).map_err(AppError::from)).await
}

/// The document as a JSON object, or an error naming it.
fn as_object(document: Value) -> Result<Map<String, Value>, AppError> {
    match document {
        Value::Object(map) => Ok(map),
        other => Err(AppError::new(
            ErrorCode::InvalidInput,
            format!(
                "A template must be a JSON object, got {}.",
                wabi_store::import::json_type(&other)
            ),
        )),
    }
}

/// What the user must be told about the library at startup (damaged or newer file moved aside,
/// upgrade, a copy offered), in plain words; `null` when all is well.
#[tauri::command]
pub async fn drafts_notice(state: State<'_, AppState>) -> Result<Option<String>, AppError> {
    Ok(state.drafts_notice().map(str::to_owned))
}

/// The drafts of the library matching `query` (search, filters, sort).
#[tauri::command]
pub async fn list_drafts(
    state: State<'_, AppState>,
    query: ListQuery,
) -> Result<Vec<DraftSummary>, AppError> {
    with_store(&state, move |store| store.list(&query)).await
}

/// The drafts in the trash, most recently deleted first.
#[tauri::command]
pub async fn list_trash(state: State<'_, AppState>) -> Result<Vec<DraftSummary>, AppError> {
    with_store(&state, |store| store.trash()).await
}

/// One draft with its document.
#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, id: DraftId) -> Result<Draft, AppError> {
    with_store(&state, move |store| store.get(id)).await
}

/// Stores the editor's document as a new draft (the first edit of a new draft creates it, so
/// the library holds no empty drafts). Any JSON object is accepted: drafts may be invalid.
#[tauri::command]
pub async fn create_draft(state: State<'_, AppState>, document: Value) -> Result<Draft, AppError> {
    let document = as_object(document)?;
    with_store(&state, move |store| {
        let item = ImportItem {
            document,
            meta_status: None,
            removed_fields: Vec::new(),
        };
        let created = store.import_items("the editor", vec![item])?;
        let id = created
            .first()
            .map(|d| d.id)
            .ok_or(StoreError::DraftNotFound { id: 0, where_: "" })?;
        store.get(id)
    })
    .await
}

/// Saves the editor's document into draft `id`: an autosave (close ones share a revision) or an
/// explicit save (always its own revision). On failure nothing changes.
#[tauri::command]
pub async fn save_draft(
    state: State<'_, AppState>,
    id: DraftId,
    document: Value,
    explicit: bool,
) -> Result<SaveOutcome, AppError> {
    let kind = if explicit {
        SaveKind::Explicit
    } else {
        SaveKind::Autosave
    };
    with_store(&state, move |store| store.save(id, &document, kind)).await
}

/// Copies draft `id` into a new draft; returns the new draft.
#[tauri::command]
pub async fn duplicate_draft(state: State<'_, AppState>, id: DraftId) -> Result<Draft, AppError> {
    with_store(&state, move |store| {
        let copy = store.duplicate(id)?;
        store.get(copy)
    })
    .await
}

/// Renames draft `id` (Meta's name rules apply).
#[tauri::command]
pub async fn rename_draft(
    state: State<'_, AppState>,
    id: DraftId,
    name: String,
) -> Result<SaveOutcome, AppError> {
    with_store(&state, move |store| store.rename(id, &name)).await
}

/// Moves draft `id` to the trash (undo with `restore_draft`).
#[tauri::command]
pub async fn delete_draft(state: State<'_, AppState>, id: DraftId) -> Result<(), AppError> {
    with_store(&state, move |store| store.delete(id)).await
}

/// Brings draft `id` back from the trash.
#[tauri::command]
pub async fn restore_draft(state: State<'_, AppState>, id: DraftId) -> Result<(), AppError> {
    with_store(&state, move |store| store.restore(id)).await
}

/// The revisions of draft `id`, newest first.
#[tauri::command]
pub async fn list_revisions(
    state: State<'_, AppState>,
    id: DraftId,
) -> Result<Vec<RevisionSummary>, AppError> {
    with_store(&state, move |store| store.revisions(id)).await
}

/// The fields that differ from revision `from` to revision `to` of draft `id`.
#[tauri::command]
pub async fn diff_revisions(
    state: State<'_, AppState>,
    id: DraftId,
    from: RevisionId,
    to: RevisionId,
) -> Result<Vec<FieldChange>, AppError> {
    with_store(&state, move |store| store.diff_revisions(id, from, to)).await
}

/// Makes an old revision the current content again (as a new revision); returns the draft.
#[tauri::command]
pub async fn restore_revision(
    state: State<'_, AppState>,
    id: DraftId,
    revision: RevisionId,
) -> Result<Draft, AppError> {
    with_store(&state, move |store| {
        store.restore_revision(id, revision)?;
        store.get(id)
    })
    .await
}

/// Imports every template of the file at `path` (a path the user chose, or a test gave).
#[tauri::command]
pub async fn import_drafts(
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<Vec<ImportedDraft>, AppError> {
    with_store(&state, move |store| store.import_file(&path)).await
}

/// Imports every template of a Meta JSON file dropped on the window: `name` is the file's name
/// (for messages and the revision note), `text` its contents. All or nothing.
#[tauri::command]
pub async fn import_drafts_text(
    state: State<'_, AppState>,
    name: String,
    text: String,
) -> Result<Vec<ImportedDraft>, AppError> {
    with_store(&state, move |store| {
        store.import_bytes(&name, text.as_bytes())
    })
    .await
}

/// Writes draft `id` (`family: false`) or its whole family (`family: true`) as Meta JSON to
/// `path`.
#[tauri::command]
pub async fn export_draft(
    state: State<'_, AppState>,
    id: DraftId,
    family: bool,
    path: PathBuf,
) -> Result<(), AppError> {
    let value = with_store(&state, move |store| {
        if family {
            store.export_family(id)
        } else {
            store.export_draft(id)
        }
    })
    .await?;
    write_json(path, value).await
}

/// Writes the whole library as one JSON file to `path`.
#[tauri::command]
pub async fn export_library(state: State<'_, AppState>, path: PathBuf) -> Result<(), AppError> {
    let value = with_store(&state, |store| store.export_library()).await?;
    write_json(path, value).await
}

/// Writes `value` as pretty JSON to `path` on the blocking pool.
async fn write_json(path: PathBuf, value: Value) -> Result<(), AppError> {
    on_blocking_pool(move || {
        let text = serde_json::to_string_pretty(&value)
            .map_err(|e| AppError::internal(format!("cannot write JSON: {e}")))?;
        std::fs::write(&path, text).map_err(|e| {
            AppError::new(
                ErrorCode::File,
                format!(
                    "Cannot write {}: {e}. Choose another file or folder.",
                    path.display()
                ),
            )
        })
    })
    .await
}

/// True when another program (e.g. `wabi drafts import`) changed the library since the last
/// call; the UI polls this every few seconds and refreshes its list. Cheap: one pragma.
#[tauri::command]
pub async fn drafts_changed(state: State<'_, AppState>) -> Result<bool, AppError> {
    with_store(&state, |store| store.changed_since_last_poll()).await
}

/// Folds the write-ahead log into the database file; the UI calls it when the editor has been
/// idle for a while after saving.
#[tauri::command]
pub async fn drafts_idle(state: State<'_, AppState>) -> Result<(), AppError> {
    with_store(&state, |store| store.checkpoint()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_draft_maps_to_not_found() {
        let error = AppError::from(StoreError::DraftNotFound { id: 7, where_: "" });
        assert_eq!(error.code, ErrorCode::NotFound);
        assert_eq!(error.message, "No draft with id 7");
    }

    #[test]
    fn bad_name_maps_to_invalid_input() {
        let error = AppError::from(StoreError::InvalidName {
            name: "Bad".into(),
            reason: "use lowercase".into(),
        });
        assert_eq!(error.code, ErrorCode::InvalidInput);
    }

    #[test]
    fn full_disk_maps_to_storage_and_says_the_work_is_kept() {
        let error = AppError::from(StoreError::DiskFull {
            path: PathBuf::from("/data/drafts.sqlite"),
        });
        assert_eq!(error.code, ErrorCode::Storage);
        assert!(
            error.message.contains("still in the editor"),
            "{}",
            error.message
        );
    }

    #[test]
    fn unreadable_import_file_maps_to_file() {
        let error = AppError::from(StoreError::NotATemplateFile {
            file: "a.json".into(),
            reason: "it is empty".into(),
        });
        assert_eq!(error.code, ErrorCode::File);
        assert!(error.message.starts_with("a.json"));
    }

    #[test]
    fn a_document_that_is_not_an_object_is_refused() {
        let error = as_object(Value::from(3)).expect_err("not an object");
        assert_eq!(error.code, ErrorCode::InvalidInput);
    }
}
