//! The commands the UI may call. Each is async and thin: it takes state, hands the work to a
//! domain crate (blocking work on the blocking pool) and maps errors into [`crate::AppError`].
//!
//! Adding a command: write it here, add it to `generate_handler!` in `lib.rs`, to the list in
//! `build.rs`, and grant it in `capabilities/default.json` (a test checks all four agree).

pub mod app;
pub mod drafts;
pub mod media;
pub mod sending;
pub mod settings;
pub mod template;
pub mod window;

use crate::error::{AppError, ErrorCode};
pub(crate) use crate::state::lock;
use crate::state::{AppState, DraftsLibrary};
use std::sync::{Arc, Mutex};
use wabi_store::Store;

/// Runs blocking work (SQLite, files, images, the keyring) on the blocking pool, so the async
/// threads that answer the window stay free. A task that panicked is an internal error.
pub(crate) async fn on_blocking_pool<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| AppError::internal(format!("background task failed: {e}")))?
}

/// The drafts library's store, or the error saying why it could not be opened.
pub(crate) fn store_of(state: &AppState) -> Result<Arc<Mutex<Store>>, AppError> {
    match state.drafts() {
        DraftsLibrary::Open(store) => Ok(Arc::clone(store)),
        DraftsLibrary::Unavailable(message) => Err(AppError::new(ErrorCode::Storage, message)),
    }
}
