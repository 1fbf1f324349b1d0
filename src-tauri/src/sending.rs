//! Sending tests from the app: the account settings and where its token is, the session-only
//! token, test recipients with consent, preparing a send (template or draft proof, or a dry run),
//! sending it, and the send log.
//!
//! Why here and not in the commands: this is the one place where the access token is handled in
//! the shell, so it is kept apart from Tauri (plain functions over a [`Store`] and a
//! [`SendingSession`]) and tested directly against a real SQLite file, the real keyring and a
//! local server answering like the Graph API. The token never leaves this module except into a
//! [`GraphClient`] (which puts it only in the `Authorization` header) or the keyring; what goes
//! back to the UI carries only its hint ("set, ending in …4f2a").
//!
//! Order of a send, as in `wabi send`: the input is checked and the message built; consent is
//! checked in the store (a refusal is logged and no request is made); only then is the token
//! read and the request sent; every attempt ends in the send log.
//!
//! A media header (the template's, or a carousel card's) whose sample is a file kept by the app
//! (`wabi-media:<sha256>.<ext>`) and that the values do not fill is sent by id: [`deliver`]
//! uploads each kept file (`POST /{PHONE_NUMBER_ID}/media`, [`HeaderUpload`]), the template's
//! header first and then the cards in order, and sends with the returned ids; a prepared send
//! shows those uploads and [`UPLOADED_MEDIA_ID`] in the message.

use crate::error::{AppError, ErrorCode};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::Path;
use std::sync::Mutex;
use ts_rs::TS;
use wabi_cloud::{
    AccountSettings, CloudError, GraphClient, HeaderSlot, HeaderUpload, PhoneNumberInfo,
    PreparedRequest, RetryPolicy, SendReceipt, Sensitive, TokenStore, DEFAULT_API_VERSION,
    DEFAULT_BASE_URL, DEFAULT_TIMEOUT, KEYRING_SERVICE, UPLOADED_MEDIA_ID,
};
use wabi_store::{AccountRow, Recipient, SendLogEntry, SendOutcome, Store};
use wabi_template::model::Template;
use wabi_template::values::Values;

/// What a dry run without an account shows in place of the phone number ID.
pub const PLACEHOLDER_PHONE_NUMBER_ID: &str = "PHONE_NUMBER_ID";

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

    fn session_token(&self) -> Option<Sensitive<String>> {
        self.session_token
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn set_session_token(&self, token: Option<Sensitive<String>>) {
        *self
            .session_token
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = token;
    }

    fn phone(&self) -> Option<PhoneNumberInfo> {
        self.phone
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Remembers the phone number's details read by "Test connection".
    pub fn remember_phone(&self, info: PhoneNumberInfo) {
        *self
            .phone
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(info);
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

/// How a test is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SendMode {
    /// An approved template, by name and language.
    Template,
    /// A draft proof: the closest session message (24-hour window).
    Proof,
}

impl SendMode {
    fn as_str(self) -> &'static str {
        match self {
            Self::Template => "template",
            Self::Proof => "proof",
        }
    }
}

/// What the send dialog asks for.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendTestRequest {
    /// Template or proof.
    pub mode: SendMode,
    /// The recipient, one of the test recipients (E.164).
    pub to: String,
    /// The composer's template document.
    #[ts(type = "unknown")]
    pub document: Value,
    /// Values to fill in (`VALUES.json` shape); `None` uses the draft's samples.
    #[ts(type = "unknown")]
    pub values: Option<Value>,
    /// Template mode: the approved template's name, when not the draft's.
    pub template_name: Option<String>,
    /// Template mode: its language code, when not the draft's.
    pub language: Option<String>,
    /// The draft in the library, when the document is one.
    pub draft_id: Option<i64>,
}

/// A QR code's modules, row by row (`true` is dark), for the UI to draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QrMatrix {
    /// Modules per side.
    pub size: u32,
    /// `size * size` modules, row after row.
    pub dark: Vec<bool>,
}

/// A send, prepared and not sent: what the dialog shows (and all a dry run is).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreparedSend {
    /// The request: method, URL, headers with the token masked, JSON body.
    pub request: PreparedRequest,
    /// The media headers' uploads made first, one per header that is a kept file (the
    /// template's, then each card's in order; the request's body then holds
    /// `<uploaded-media-id>` in their place).
    pub uploads: Vec<PreparedRequest>,
    /// The same as shell commands (the uploads first, when there are any), with
    /// `$WABI_ACCESS_TOKEN` for the token.
    pub curl: String,
    /// Why it cannot be sent as is (naming the field); empty when it can.
    pub problems: Vec<String>,
    /// Warnings that do not stop the send.
    pub warnings: Vec<String>,
    /// Proof mode: what the proof shows differently from the approved template.
    pub differences: Vec<String>,
    /// Proof mode: the 24-hour window in plain words.
    pub window_explanation: Option<String>,
    /// Proof mode: the `wa.me` link that opens the chat with the business number.
    pub wa_me_link: Option<String>,
    /// Proof mode: that link as a QR code.
    pub qr: Option<QrMatrix>,
    /// True when no account is set up: the request is shown with placeholders only.
    pub without_account: bool,
}

/// One row of the send log with its replay command.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendLogRow {
    /// The stored attempt.
    pub entry: SendLogEntry,
    /// The request as a shell command, `$WABI_ACCESS_TOKEN` in place of the token.
    pub curl: String,
}

impl From<CloudError> for AppError {
    fn from(error: CloudError) -> Self {
        let code = match &error {
            CloudError::BadInput(_) => ErrorCode::InvalidInput,
            CloudError::Graph(graph) if graph.http_status == 401 || graph.code == 190 => {
                ErrorCode::Auth
            }
            CloudError::Graph(_) | CloudError::UnexpectedResponse { .. } => ErrorCode::Remote,
            CloudError::Unreachable { .. } | CloudError::MaybeDelivered { .. } => {
                ErrorCode::Network
            }
            CloudError::NoKeyring(_) | CloudError::Keyring(_) => ErrorCode::KeyringUnavailable,
        };
        let message = match &error {
            CloudError::NoKeyring(reason) => format!(
                "No keyring is available on this system ({reason}). You can use the token for this session only: Wabi Studio keeps it in memory and forgets it when it quits."
            ),
            other => capitalised(&other.to_string()),
        };
        AppError::new(code, message)
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn invalid(message: impl Into<String>) -> AppError {
    AppError::new(ErrorCode::InvalidInput, message)
}

/// The stored settings as the client's settings.
fn settings_of(row: AccountRow) -> AccountSettings {
    AccountSettings {
        phone_number_id: row.phone_number_id,
        waba_id: row.waba_id,
        api_version: row.api_version,
        base_url: row.base_url,
    }
}

/// The stored account settings, or an error saying to set them up.
fn stored_settings(store: &Store) -> Result<AccountSettings, AppError> {
    store.account()?.map(settings_of).ok_or_else(|| {
        invalid("No WhatsApp account is set up: open Account and enter the phone number ID.")
    })
}

/// The account as the UI may see it (never the token).
pub fn account_view(store: &Store, session: &SendingSession) -> Result<AccountView, AppError> {
    let settings = store.account()?.map(settings_of);
    let mut view = AccountView {
        settings: settings.clone(),
        default_api_version: DEFAULT_API_VERSION.to_owned(),
        default_base_url: DEFAULT_BASE_URL.to_owned(),
        token_place: TokenPlace::None,
        token_hint: None,
        keyring_problem: None,
    };
    if let Some(token) = session.session_token() {
        view.token_place = TokenPlace::Session;
        view.token_hint = Some(token.hint());
        return Ok(view);
    }
    let Some(settings) = settings else {
        return Ok(view);
    };
    match session.token_store(&settings.phone_number_id).read() {
        Ok(Some(token)) => {
            view.token_place = TokenPlace::Keyring;
            view.token_hint = Some(token.hint());
        }
        Ok(None) => {}
        Err(error) => view.keyring_problem = Some(AppError::from(error).message),
    }
    Ok(view)
}

/// Checks and stores the account settings (empty WABA ID, version or base URL mean "none" or
/// the default).
pub fn save_account(
    store: &Store,
    session: &SendingSession,
    settings: AccountSettings,
) -> Result<AccountView, AppError> {
    let trimmed = |text: &str| text.trim().to_owned();
    let or_default = |text: &str, default: &str| {
        let text = text.trim();
        if text.is_empty() {
            default.to_owned()
        } else {
            text.to_owned()
        }
    };
    let phone_number_id = trimmed(&settings.phone_number_id);
    let settings = AccountSettings {
        phone_number_id: phone_number_id.clone(),
        waba_id: settings
            .waba_id
            .map(|id| trimmed(&id))
            .filter(|id| !id.is_empty()),
        api_version: or_default(&settings.api_version, DEFAULT_API_VERSION),
        base_url: or_default(&settings.base_url, DEFAULT_BASE_URL),
    };
    if let Some(problem) = settings.problem() {
        return Err(invalid(capitalised(&problem)));
    }
    let previous = store.account()?.map(|row| row.phone_number_id);
    store.save_account(&AccountRow {
        phone_number_id: settings.phone_number_id,
        waba_id: settings.waba_id,
        api_version: settings.api_version,
        base_url: settings.base_url,
    })?;
    if let Some(previous) = previous.filter(|id| *id != phone_number_id) {
        move_token(session, &previous, &phone_number_id);
    }
    account_view(store, session)
}

/// Moves the keyring token of phone number ID `from` to `to` (the user corrected the ID), unless
/// `to` has one already. Keyring trouble is left for the account view to report.
fn move_token(session: &SendingSession, from: &str, to: &str) {
    let (old, new) = (session.token_store(from), session.token_store(to));
    if let (Ok(Some(token)), Ok(None)) = (old.read(), new.read()) {
        if new.store(&token).is_ok() {
            let _ = old.delete();
        }
    }
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
    if session_only {
        session.set_session_token(Some(token));
        return account_view(store, session);
    }
    let settings = stored_settings(store)?;
    session
        .token_store(&settings.phone_number_id)
        .store(&token)?;
    session.set_session_token(None);
    account_view(store, session)
}

/// Forgets the token: the session's, and the keyring's entry for the account.
pub fn forget_token(store: &Store, session: &SendingSession) -> Result<AccountView, AppError> {
    session.set_session_token(None);
    if let Some(row) = store.account()? {
        session.token_store(&row.phone_number_id).delete()?;
    }
    account_view(store, session)
}

/// The client for the stored account with its token (session first, then keyring).
pub fn account_client(store: &Store, session: &SendingSession) -> Result<GraphClient, AppError> {
    let settings = stored_settings(store)?;
    let token = match session.session_token() {
        Some(token) => token,
        None => session
            .token_store(&settings.phone_number_id)
            .read()?
            .ok_or_else(|| {
                AppError::new(
                    ErrorCode::Auth,
                    "No access token is set: open Account and paste the token.",
                )
            })?,
    };
    Ok(GraphClient::new(
        settings,
        token,
        RetryPolicy::standard(),
        DEFAULT_TIMEOUT,
    )?)
}

/// A QR code of `text`; `None` when it cannot be encoded (too long).
pub fn qr_matrix(text: &str) -> Option<QrMatrix> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let size = u32::try_from(code.width()).ok()?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|color| color == qrcode::Color::Dark)
        .collect();
    Some(QrMatrix { size, dark })
}

/// The message a request sends, its problems, and proof details.
struct Built {
    message: Value,
    problems: Vec<String>,
    warnings: Vec<String>,
    differences: Vec<String>,
    /// The media headers' kept files to upload first (the message holds [`UPLOADED_MEDIA_ID`]).
    upload: Option<PendingUpload>,
}

/// The media headers to upload before the send, and what rebuilds the message with their ids.
pub struct PendingUpload {
    /// The kept files, read and recognised, in send order (the template's header, then cards).
    pub files: Vec<HeaderUpload>,
    template: Template,
    values: Values,
    mode: SendMode,
    to: String,
}

impl PendingUpload {
    /// The message with the uploaded `media_ids` (one per file, in the same order) in the
    /// headers.
    pub fn message_with(&self, media_ids: &[String]) -> Value {
        let values = self
            .files
            .iter()
            .zip(media_ids)
            .fold(self.values.clone(), |values, (file, id)| {
                file.fill(&self.template, &values, id)
            });
        match self.mode {
            SendMode::Template => {
                wabi_template::payload::build(&self.template, &values, &self.to).message
            }
            SendMode::Proof => wabi_cloud::build_proof(&self.template, &values, &self.to).message,
        }
    }
}

/// The kept files of the template's media headers (its own, then each card's) whose values
/// leave the header to the draft's sample when that sample is a `wabi-media:` reference.
fn kept_header_files(
    data_dir: &Path,
    template: &Template,
    values: &Values,
) -> Result<Vec<HeaderUpload>, AppError> {
    let mut files = Vec::new();
    for slot in wabi_cloud::media_header_slots(template) {
        if let Some(file) = kept_header_file(data_dir, template, values, slot)? {
            files.push(file);
        }
    }
    Ok(files)
}

/// The kept file of the media header `slot` when the values leave that header to the draft's
/// sample and that sample is a `wabi-media:` reference; `None` otherwise.
fn kept_header_file(
    data_dir: &Path,
    template: &Template,
    values: &Values,
    slot: HeaderSlot,
) -> Result<Option<HeaderUpload>, AppError> {
    let given = match slot {
        HeaderSlot::Main => values.main.header.is_some(),
        HeaderSlot::Card(index) => values.card(index).header.is_some(),
    };
    if given || slot.media_format(template).is_none() {
        return Ok(None);
    }
    let reference = slot
        .header(template)
        .and_then(|header| header.example.as_ref())
        .and_then(|example| example.header_handle.as_ref())
        .and_then(|handles| handles.first())
        .filter(|handle| handle.starts_with(crate::commands::media::REFERENCE_PREFIX));
    let Some(reference) = reference else {
        return Ok(None);
    };
    let kept = crate::commands::media::kept_of(data_dir, reference)?;
    Ok(Some(HeaderUpload::read_for(slot, &kept.path, template)?))
}

fn build_message(data_dir: &Path, request: &SendTestRequest) -> Result<Built, AppError> {
    let mut document = request.document.clone();
    if let Value::Object(map) = &mut document {
        if request.mode == SendMode::Template {
            if let Some(name) = request.template_name.as_ref().filter(|n| !n.is_empty()) {
                map.insert("name".into(), Value::String(name.clone()));
            }
            if let Some(language) = request.language.as_ref().filter(|l| !l.is_empty()) {
                map.insert("language".into(), Value::String(language.clone()));
            }
        }
    }
    let template = Template::from_value(document)
        .map_err(|error| invalid(format!("The draft cannot be sent: {error}")))?;
    let values = match &request.values {
        None | Some(Value::Null) => Values::default(),
        Some(value) => Values::from_value(value, &template).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            invalid(format!("Parameters: {}", list.join("; ")))
        })?,
    };
    let files = kept_header_files(data_dir, &template, &values)?;
    let shown = files.iter().fold(values.clone(), |shown, file| {
        file.fill(&template, &shown, UPLOADED_MEDIA_ID)
    });
    let pending = (!files.is_empty()).then(|| PendingUpload {
        files,
        template: template.clone(),
        values: values.clone(),
        mode: request.mode,
        to: request.to.clone(),
    });
    let values = shown;
    match request.mode {
        SendMode::Template => {
            let payload = wabi_template::payload::build(&template, &values, &request.to);
            let sendable = payload.is_sendable();
            let (errors, warnings): (Vec<_>, Vec<_>) = payload
                .problems
                .iter()
                .partition(|p| !sendable && p.severity == wabi_template::Severity::Error);
            Ok(Built {
                message: payload.message,
                problems: errors
                    .iter()
                    .map(|p| format!("{}: {}", p.field, p.message))
                    .collect(),
                warnings: warnings
                    .iter()
                    .map(|p| format!("{}: {}", p.field, p.message))
                    .collect(),
                differences: Vec::new(),
                upload: pending,
            })
        }
        SendMode::Proof => {
            let mut problems = Vec::new();
            if let Err(error) = wabi_store::sending::normalise_phone(&request.to) {
                problems.push(capitalised(&error.to_string()));
            }
            let proof = wabi_cloud::build_proof(&template, &values, &request.to);
            Ok(Built {
                message: proof.message,
                problems,
                warnings: Vec::new(),
                differences: proof.differences,
                upload: pending,
            })
        }
    }
}

/// Prepares a send without sending it: the request as it would go (token masked), its
/// problems, and for a proof the differences, the 24-hour window, the `wa.me` link and its QR
/// code. Works without an account (placeholders in the URL).
pub fn prepare_send(
    store: &Store,
    session: &SendingSession,
    data_dir: &Path,
    request: &SendTestRequest,
) -> Result<PreparedSend, AppError> {
    let built = build_message(data_dir, request)?;
    let stored = store.account()?.map(settings_of);
    let without_account = stored.is_none();
    let settings =
        stored.unwrap_or_else(|| AccountSettings::for_phone_number(PLACEHOLDER_PHONE_NUMBER_ID));
    let prepared = wabi_cloud::prepare_send(&settings, &built.message);
    let uploads: Vec<PreparedRequest> = built
        .upload
        .as_ref()
        .map(|pending| pending.files.iter().map(|f| f.prepare(&settings)).collect())
        .unwrap_or_default();
    let curl = if uploads.is_empty() {
        prepared.to_curl()
    } else {
        let mut steps: Vec<String> = uploads
            .iter()
            .enumerate()
            .map(|(step, upload)| {
                format!("# {}. upload a header file\n{}", step + 1, upload.to_curl())
            })
            .collect();
        steps.push(format!(
            "# {}. send, with the ids the uploads returned in place of {UPLOADED_MEDIA_ID}\n{}",
            uploads.len() + 1,
            prepared.to_curl()
        ));
        steps.join("\n\n")
    };
    let mut out = PreparedSend {
        curl,
        uploads,
        request: prepared,
        problems: built.problems,
        warnings: built.warnings,
        differences: built.differences,
        window_explanation: None,
        wa_me_link: None,
        qr: None,
        without_account,
    };
    if request.mode == SendMode::Proof {
        out.window_explanation = Some(wabi_cloud::WINDOW_EXPLANATION.to_owned());
        if let Some(number) = session.phone().and_then(|p| p.display_phone_number) {
            let link = wabi_cloud::wa_me_link(&number);
            out.qr = qr_matrix(&link);
            out.wa_me_link = Some(link);
        }
    }
    Ok(out)
}

/// What a send needs after its checks: the client and the log entry to complete.
pub struct ReadyToSend {
    /// The client of the stored account.
    pub client: GraphClient,
    /// The message to send.
    pub message: Value,
    /// The log entry, completed by [`finish_send`].
    pub entry: SendLogEntry,
    /// The media headers to upload first, when any is a kept file.
    pub upload: Option<PendingUpload>,
}

/// Makes the requests of a checked send: the media headers' uploads when there are any, one
/// after the other (the message and the log entry then take the returned ids), then the send.
pub async fn deliver(ready: &mut ReadyToSend) -> Result<SendReceipt, CloudError> {
    if let Some(upload) = &ready.upload {
        let mut media_ids = Vec::with_capacity(upload.files.len());
        for file in &upload.files {
            media_ids.push(file.upload(&ready.client).await?);
        }
        ready.message = upload.message_with(&media_ids);
        ready.entry.request_body = ready.message.to_string();
    }
    ready.client.send(&ready.message).await
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
    let built = build_message(data_dir, request)?;
    if !built.problems.is_empty() {
        return Err(invalid(format!("Not sent: {}", built.problems.join("; "))));
    }
    let revision_id = match request.draft_id {
        Some(id) => store
            .revisions(id)
            .ok()
            .and_then(|r| r.first().map(|r| r.id)),
        None => None,
    };
    let mut entry = SendLogEntry {
        id: 0,
        at_ms: 0,
        recipient: request.to.trim().to_owned(),
        mode: request.mode.as_str().to_owned(),
        draft_id: request.draft_id,
        revision_id,
        request_body: built.message.to_string(),
        outcome: SendOutcome::Refused,
        response: None,
        message_id: None,
    };
    let consent = store
        .recipient(&request.to)?
        .is_some_and(|recipient| recipient.has_consent());
    if !consent {
        let reason = format!(
            "Not sent: {} has no recorded opt-in. Add it under Test recipients and confirm the consent first.",
            entry.recipient
        );
        entry.response = Some(reason.clone());
        store.log_send(&entry)?;
        return Err(AppError::new(ErrorCode::ConsentRequired, reason));
    }
    let client = account_client(store, session)?;
    Ok(ReadyToSend {
        client,
        message: built.message,
        entry,
        upload: built.upload,
    })
}

/// Records how a send ended and returns the stored log row (an error is logged too, then
/// returned).
pub fn finish_send(
    store: &Store,
    mut entry: SendLogEntry,
    result: Result<wabi_cloud::SendReceipt, CloudError>,
) -> Result<SendLogEntry, AppError> {
    let outcome = match result {
        Ok(receipt) => {
            entry.outcome = SendOutcome::Sent;
            entry.message_id = Some(receipt.message_id);
            entry.response = Some(receipt.response.to_string());
            Ok(())
        }
        Err(error) => {
            entry.outcome = SendOutcome::Failed;
            entry.response = Some(match &error {
                CloudError::Graph(graph) => {
                    serde_json::to_string(graph).unwrap_or_else(|_| error.to_string())
                }
                other => other.to_string(),
            });
            Err(AppError::from(error))
        }
    };
    let id = store.log_send(&entry)?;
    outcome?;
    store
        .send_log(None)?
        .into_iter()
        .find(|row| row.id == id)
        .ok_or_else(|| AppError::internal("the send log row just written is missing"))
}

/// The send log, newest first, optionally of one outcome, each with its cURL command.
pub fn send_log(store: &Store, outcome: Option<SendOutcome>) -> Result<Vec<SendLogRow>, AppError> {
    let settings = store
        .account()?
        .map(settings_of)
        .unwrap_or_else(|| AccountSettings::for_phone_number(PLACEHOLDER_PHONE_NUMBER_ID));
    Ok(store
        .send_log(outcome)?
        .into_iter()
        .map(|entry| {
            let body = serde_json::from_str(&entry.request_body)
                .unwrap_or_else(|_| Value::String(entry.request_body.clone()));
            let curl = wabi_cloud::prepare_send(&settings, &body).to_curl();
            SendLogRow { entry, curl }
        })
        .collect())
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
#[path = "../../crates/wabi-cloud/tests/support/mod.rs"]
mod graph_fake;

#[cfg(test)]
mod tests;
