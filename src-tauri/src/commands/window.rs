//! Commands for closing the main window safely (see [`crate::window`]).

use crate::error::AppError;
use crate::state::AppState;
use crate::window::{remember_geometry, CloseGuard};
use tauri::{State, WebviewWindow};

/// Resolves when the user asks to close the window; the UI keeps one such call pending, saves
/// what is unsaved when it resolves, then calls [`answer_close_request`].
#[tauri::command]
pub async fn next_close_request(guard: State<'_, CloseGuard>) -> Result<(), AppError> {
    guard.next_request().await;
    Ok(())
}

/// The UI's answer to a close request: `close: true` closes the window now (its size and
/// position remembered), `false` keeps it open.
#[tauri::command]
pub async fn answer_close_request(
    window: WebviewWindow,
    state: State<'_, AppState>,
    guard: State<'_, CloseGuard>,
    close: bool,
) -> Result<(), AppError> {
    guard.answer(close);
    if close {
        remember_geometry(&window.as_ref().window(), state.data_dir());
        window
            .destroy()
            .map_err(|e| AppError::internal(format!("cannot close the window: {e}")))?;
    }
    Ok(())
}
