//! Sending tests from the app: the account settings and where its token is, the session-only
//! token, and the app's side of a send, whose work is [`wabi_cloud::send`] (the same flow as
//! `wabi send`: build, show, consent, token, uploads, send, log).
//!
//! Why here: this is the one place where the shell handles the access token, so it is kept
//! apart from Tauri (plain functions over a [`Store`] and a [`SendingSession`]) and tested
//! against a real SQLite file, the real keyring and a local server answering like the Graph
//! API. The token never leaves this module except into a [`GraphClient`] (which puts it only in
//! the `Authorization` header) or the keyring; what goes back to the UI carries only its hint
//! ("set, ending in …4f2a").

use crate::error::{AppError, ErrorCode};
use crate::state::lock;
use serde::Serialize;
use std::path::Path;
use std::sync::Mutex;
use ts_rs::TS;
use wabi_cloud::send::{sentence, DeliveryError, TokenLookup};
use wabi_cloud::{
    AccountSettings, GraphClient, PhoneNumberInfo, SendReceipt, Sensitive, TokenStore,
    DEFAULT_API_VERSION, DEFAULT_BASE_URL, KEYRING_SERVICE,
};
use wabi_media::KeptFiles;
use wabi_store::{Recipient, SendLogEntry, SendOutcome, Store};

pub use wabi_cloud::send::{
    PreparedSend, Ready as ReadyToSend, SendLogRow, SendMode, SendTestRequest,
    PLACEHOLDER_PHONE_NUMBER_ID,
};

/// What the app holds in memory for sending: a token for this session only (when the user chose
/// that, or no keyring is available) and the phone number's details from the last successful
/// "Test connection" (for the `wa.me` link of a proof).
#[derive(Debug)]
pub struct SendingSession {
    keyring_service: String,
    session_token: Mutex<Option<Sensitive<String>>>,
    phone: Mutex<Option<PhoneNumberInfo>>,
}

impl Default for SendingSession {
    fn default() -> Self {
        Self::with_keyring_service(KEYRING_SERVICE)
    }
}

impl SendingSession {
    /// A session whose tokens are kept in the keyring under `service` (tests use their own).
    pub fn with_keyring_service(service: impl Into<String>) -> Self {
        Self {
            keyring_service: service.into(),
            session_token: Mutex::new(None),
            phone: Mutex::new(None),
        }
    }

    fn token_store(&self, phone_number_id: &str) -> TokenStore {
        TokenStore::with_service(&self.keyring_service, phone_number_id)
    }

    /// The app's token lookup: this session's token, else the keyring.
    fn tokens(&self) -> TokenLookup {
        TokenLookup {
            given: lock(&self.session_token).clone(),
            keyring_service: self.keyring_service.clone(),
            missing: "no access token is set: open Account and paste the token.".to_owned(),
        }
    }

    /// Remembers the phone number's details read by "Test connection".
    pub fn remember_phone(&self, info: PhoneNumberInfo) {
        *lock(&self.phone) = Some(info);
    }
}

/// Where the access token is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TokenPlace {
    /// In the OS keyring.
    Keyring,
    /// In memory, for this session only.
    Session,
    /// Not set.
    None,
}

/// The account as the UI sees it: the settings, and only a hint of the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountView {
    /// The stored settings; `None` before the account is set up.
    pub settings: Option<AccountSettings>,
    /// The Graph API version used unless changed.
    pub default_api_version: String,
    /// The API base URL used unless changed.
    pub default_base_url: String,
    /// Where the token is.
    pub token_place: TokenPlace,
    /// "set, ending in …4f2a" (the last four characters at most); `None` when not set.
    pub token_hint: Option<String>,
    /// Why the keyring cannot be used, in plain words; `None` when it can.
    pub keyring_problem: Option<String>,
}

fn invalid(message: impl Into<String>) -> AppError {
    AppError::new(ErrorCode::InvalidInput, message)
}

/// The stored account settings, or an error saying to set them up.
fn stored_settings(store: &Store) -> Result<AccountSettings, AppError> {
    store.account()?.map(AccountSettings::from).ok_or_else(|| {
        invalid("No WhatsApp account is set up: open Account and enter the phone number ID.")
    })
}

/// The account as the UI may see it (never the token).
pub fn account_view(store: &Store, session: &SendingSession) -> Result<AccountView, AppError> {
    let settings = store.account()?.map(AccountSettings::from);
    let mut view = AccountView {
        settings: settings.clone(),
        default_api_version: DEFAULT_API_VERSION.to_owned(),
        default_base_url: DEFAULT_BASE_URL.to_owned(),
        token_place: TokenPlace::None,
        token_hint: None,
        keyring_problem: None,
    };
    let stored = match (lock(&session.session_token).clone(), settings) {
        (Some(token), _) => Ok(Some((TokenPlace::Session, token))),
        (None, Some(settings)) => session
            .token_store(&settings.phone_number_id)
            .read()
            .map(|token| token.map(|token| (TokenPlace::Keyring, token))),
        (None, None) => Ok(None),
    };
    match stored {
        Ok(Some((place, token))) => {
            view.token_place = place;
            view.token_hint = Some(token.hint());
        }
        Ok(None) => {}
        Err(error) => view.keyring_problem = Some(AppError::from(error).message),
    }
    Ok(view)
}

/// Checks and stores the account settings (empty WABA ID, version or base URL mean "none" or
/// the default). A corrected phone number ID takes the keyring token along.
pub fn save_account(
    store: &Store,
    session: &SendingSession,
    settings: AccountSettings,
) -> Result<AccountView, AppError> {
    let settings = settings.tidied().map_err(|p| invalid(sentence(&p)))?;
    let phone_number_id = settings.phone_number_id.clone();
    let previous = store.account()?.map(|row| row.phone_number_id);
    store.save_account(&settings.into())?;
    if let Some(previous) = previous.filter(|id| *id != phone_number_id) {
        session
            .token_store(&previous)
            .move_to(&session.token_store(&phone_number_id));
    }
    account_view(store, session)
}

/// Stores the token in the keyring, or (with `session_only`) in memory for this session. A
/// keyring that cannot be used is a [`ErrorCode::KeyringUnavailable`] error saying so plainly.
pub fn save_token(
    store: &Store,
    session: &SendingSession,
    token: String,
    session_only: bool,
) -> Result<AccountView, AppError> {
    let token = Sensitive::new(token);
    if token.is_empty() {
        return Err(invalid(
            "Access token: paste the token from Meta's App Dashboard (WhatsApp > API setup).",
        ));
    }
    if !session_only {
        let settings = stored_settings(store)?;
        session
            .token_store(&settings.phone_number_id)
            .store(&token)?;
    }
    *lock(&session.session_token) = session_only.then_some(token);
    account_view(store, session)
}

/// Forgets the token: the session's, and the keyring's entry for the account.
pub fn forget_token(store: &Store, session: &SendingSession) -> Result<AccountView, AppError> {
    *lock(&session.session_token) = None;
    if let Some(row) = store.account()? {
        session.token_store(&row.phone_number_id).delete()?;
    }
    account_view(store, session)
}

/// The client for the stored account with its token (session first, then keyring).
pub fn account_client(store: &Store, session: &SendingSession) -> Result<GraphClient, AppError> {
    let settings = stored_settings(store)?;
    Ok(wabi_cloud::send::account_client(
        settings,
        &session.tokens(),
    )?)
}

/// The build of a request: the document and values read, the draft's kept header files found in
/// `data_dir`.
fn built(data_dir: &Path, request: &SendTestRequest) -> Result<wabi_cloud::send::Built, AppError> {
    Ok(wabi_cloud::send::build(
        request.input()?,
        &KeptFiles::new(data_dir),
    )?)
}

/// Prepares a send without sending it: the request as it would go (token masked), its uploads,
/// its problems, and for a proof the differences, the 24-hour window, the `wa.me` link and its
/// QR code. Works without an account (placeholders in the URL).
pub fn prepare_send(
    store: &Store,
    session: &SendingSession,
    data_dir: &Path,
    request: &SendTestRequest,
) -> Result<PreparedSend, AppError> {
    let built = built(data_dir, request)?;
    let settings = store.account()?.map(AccountSettings::from);
    let number = lock(&session.phone)
        .as_ref()
        .and_then(|phone| phone.display_phone_number.clone());
    Ok(wabi_cloud::send::prepare(
        &built,
        settings.as_ref(),
        number.as_deref(),
    ))
}

/// Checks a send before any request: the message builds without problems, the recipient has a
/// recorded opt-in (a refusal is logged and returned as [`ErrorCode::ConsentRequired`]), and
/// the account and token are there.
pub fn ready_to_send(
    store: &Store,
    session: &SendingSession,
    data_dir: &Path,
    request: &SendTestRequest,
) -> Result<ReadyToSend, AppError> {
    let built = built(data_dir, request)?;
    let settings = store.account()?.map(AccountSettings::from);
    Ok(wabi_cloud::send::ready(
        store,
        built,
        settings,
        &session.tokens(),
    )?)
}

/// Makes the requests of a checked send: the media headers' uploads when there are any, one
/// after the other (the message and the log entry then take the returned ids), then the send.
pub async fn deliver(ready: &mut ReadyToSend) -> Result<SendReceipt, DeliveryError> {
    ready.deliver().await
}

/// Records how a send ended and returns the stored log row (an error is logged too, then
/// returned).
pub fn finish_send<E: Into<DeliveryError>>(
    store: &Store,
    mut entry: SendLogEntry,
    result: Result<SendReceipt, E>,
) -> Result<SendLogEntry, AppError> {
    let result = result.map_err(Into::into);
    let id = wabi_cloud::send::record(store, &mut entry, &result)?;
    result?;
    wabi_cloud::send::logged_row(store, id)?
        .ok_or_else(|| AppError::internal("the send log row just written is missing"))
}

/// The send log, newest first, optionally of one outcome, each with its cURL command.
pub fn send_log(store: &Store, outcome: Option<SendOutcome>) -> Result<Vec<SendLogRow>, AppError> {
    Ok(wabi_cloud::send::send_log(store, outcome)?)
}

/// Adds a test recipient (or updates its label); `opt_in` records the consent now.
pub fn add_recipient(
    store: &Store,
    phone: &str,
    label: &str,
    opt_in: bool,
) -> Result<Recipient, AppError> {
    Ok(store.add_recipient(phone, label.trim(), opt_in)?)
}

/// Withdraws a recipient's opt-in.
pub fn withdraw_opt_in(store: &Store, phone: &str) -> Result<Recipient, AppError> {
    store.withdraw_opt_in(phone)?.ok_or_else(|| {
        AppError::new(
            ErrorCode::NotFound,
            format!("{phone} is not one of your test recipients: add it under Recipients first."),
        )
    })
}

#[cfg(test)]
mod tests;
