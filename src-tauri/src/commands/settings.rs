//! Commands for the interface's preferences (see [`crate::settings`]).

use super::on_blocking_pool;
use crate::error::{AppError, ErrorCode};
use crate::settings::{self, Settings};
use crate::state::AppState;
use tauri::State;

/// The stored interface settings (defaults when none are stored or the file is damaged).
#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    let dir = state.data_dir().to_path_buf();
    on_blocking_pool(move || Ok(settings::load_settings(&dir))).await
}

/// Stores the interface settings; returns them as stored (unusable values dropped).
#[tauri::command]
pub async fn save_settings(
    state: State<'_, AppState>,
    settings: Settings,
) -> Result<Settings, AppError> {
    let dir = state.data_dir().to_path_buf();
    on_blocking_pool(move || {
        let settings = settings.sanitized();
        settings::save_settings(&dir, &settings).map_err(|e| {
            AppError::new(
                ErrorCode::File,
                format!(
                    "Cannot save your preferences in {}: {e}. Check that the folder is writable.",
                    dir.display()
                ),
            )
        })?;
        Ok(settings)
    })
    .await
}
