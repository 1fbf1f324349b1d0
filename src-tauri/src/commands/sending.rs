//! Commands of sending a test: the account (settings, token, test connection), test recipients
//! and consent, the account's templates, preparing and sending a test, and the send log.
//!
//! Thin on purpose: the work (and every rule about the token) is in [`crate::sending`]. Store
//! and keyring work runs on the blocking pool; Graph requests are awaited on the async runtime.
//! Nothing returned here carries the access token: the account comes back with its hint only.

use super::{lock, on_blocking_pool, store_of};
use crate::error::AppError;
use crate::sending::{
    self, AccountView, PreparedSend, SendLogRow, SendTestRequest, SendingSession,
};
use crate::state::AppState;
use std::sync::Arc;
use tauri::State;
use wabi_cloud::{AccountSettings, PhoneNumberInfo, RemoteTemplate};
use wabi_store::{Recipient, SendLogEntry, SendOutcome, Store};

/// Runs `work` with the store locked and the sending session, on the blocking pool (SQLite and
/// the keyring block).
async fn blocking<T: Send + 'static>(
    state: &AppState,
    session: &State<'_, Arc<SendingSession>>,
    work: impl FnOnce(&Store, &SendingSession) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let store = store_of(state)?;
    let session = Arc::clone(session.inner());
    on_blocking_pool(move || work(&lock(&store), &session)).await
}

/// The account: settings, where the token is and its hint (never the token).
#[tauri::command]
pub async fn get_account(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
) -> Result<AccountView, AppError> {
    blocking(&state, &session, sending::account_view).await
}

/// Checks and stores the account settings.
#[tauri::command]
pub async fn save_account(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
    settings: AccountSettings,
) -> Result<AccountView, AppError> {
    blocking(&state, &session, move |store, session| {
        sending::save_account(store, session, settings)
    })
    .await
}

/// Stores the access token in the keyring, or for this session only.
#[tauri::command]
pub async fn save_token(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
    token: String,
    session_only: bool,
) -> Result<AccountView, AppError> {
    blocking(&state, &session, move |store, session| {
        sending::save_token(store, session, token, session_only)
    })
    .await
}

/// Forgets the access token (session and keyring).
#[tauri::command]
pub async fn forget_token(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
) -> Result<AccountView, AppError> {
    blocking(&state, &session, sending::forget_token).await
}

/// Reads the phone number's display number, verified name and quality rating.
#[tauri::command]
pub async fn test_connection(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
) -> Result<PhoneNumberInfo, AppError> {
    let client = blocking(&state, &session, sending::account_client).await?;
    let info = client.test_connection().await?;
    session.remember_phone(info.clone());
    Ok(info)
}

/// The account's templates with their status.
#[tauri::command]
pub async fn list_account_templates(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
) -> Result<Vec<RemoteTemplate>, AppError> {
    let client = blocking(&state, &session, sending::account_client).await?;
    Ok(client.list_templates().await?)
}

/// The test recipients.
#[tauri::command]
pub async fn list_recipients(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
) -> Result<Vec<Recipient>, AppError> {
    blocking(&state, &session, |store, _| Ok(store.recipients()?)).await
}

/// Adds a test recipient; `opt_in` records the consent the user confirmed.
#[tauri::command]
pub async fn add_recipient(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
    phone: String,
    label: String,
    opt_in: bool,
) -> Result<Recipient, AppError> {
    blocking(&state, &session, move |store, _| {
        sending::add_recipient(store, &phone, &label, opt_in)
    })
    .await
}

/// Withdraws a test recipient's opt-in.
#[tauri::command]
pub async fn withdraw_opt_in(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
    phone: String,
) -> Result<Recipient, AppError> {
    blocking(&state, &session, move |store, _| {
        sending::withdraw_opt_in(store, &phone)
    })
    .await
}

/// Prepares a send without sending it (also the dry run).
#[tauri::command]
pub async fn prepare_test_send(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
    request: SendTestRequest,
) -> Result<PreparedSend, AppError> {
    let data_dir = state.data_dir().to_path_buf();
    blocking(&state, &session, move |store, session| {
        sending::prepare_send(store, session, &data_dir, &request)
    })
    .await
}

/// Sends a test (consent checked first; a kept media header uploaded, then sent by id) and
/// returns its send log row.
#[tauri::command]
pub async fn send_test(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
    request: SendTestRequest,
) -> Result<SendLogEntry, AppError> {
    let data_dir = state.data_dir().to_path_buf();
    let mut ready = blocking(&state, &session, move |store, session| {
        sending::ready_to_send(store, session, &data_dir, &request)
    })
    .await?;
    let result = sending::deliver(&mut ready).await;
    let entry = ready.entry;
    let mode = entry.mode.clone();
    let finished = blocking(&state, &session, move |store, _| {
        sending::finish_send(store, entry, result)
    })
    .await;
    // What was sent and how it ended; never the token, the number or the message text.
    match &finished {
        Ok(row) => tracing::info!(mode, log_id = row.id, message_id = ?row.message_id, "test sent"),
        Err(error) => tracing::warn!(mode, code = ?error.code, "test not sent"),
    }
    finished
}

/// The send log, newest first; `outcome` filters (`sent`, `failed`, `refused`).
#[tauri::command]
pub async fn list_send_log(
    state: State<'_, AppState>,
    session: State<'_, Arc<SendingSession>>,
    outcome: Option<SendOutcome>,
) -> Result<Vec<SendLogRow>, AppError> {
    blocking(&state, &session, move |store, _| {
        sending::send_log(store, outcome)
    })
    .await
}
