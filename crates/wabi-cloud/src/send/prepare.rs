//! A send shown and not sent (the dialog's view, and all a dry run is), and the send log with
//! each attempt's replay command.

use super::{Built, SendMode};
use crate::header_media::UPLOADED_MEDIA_ID;
use crate::request::{prepare_send, PreparedRequest};
use crate::settings::AccountSettings;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;
use wabi_store::{SendLogEntry, SendOutcome, Store, StoreError};
use wabi_template::{tr, Locale};

/// What a dry run without an account shows in place of the phone number ID.
pub const PLACEHOLDER_PHONE_NUMBER_ID: &str = "PHONE_NUMBER_ID";

/// A QR code's modules, row by row (`true` is dark), for the UI to draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QrMatrix {
    /// Modules per side.
    pub size: u32,
    /// `size * size` modules, row after row.
    pub dark: Vec<bool>,
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

/// The 24-hour window of a proof, in plain words, in `locale`.
pub fn window_explanation(locale: Locale) -> String {
    tr!(locale,
        en: "A proof is a normal chat message, not a template. WhatsApp delivers it only if this phone sent a message to your business number in the last 24 hours. Open the wa.me link on the phone, send any message, then send the proof.",
        it: "Una prova è un normale messaggio di chat, non un modello. WhatsApp la consegna solo se questo telefono ha scritto al tuo numero aziendale nelle ultime 24 ore. Apri il link wa.me sul telefono, invia un messaggio qualsiasi, poi invia la prova.")
}

/// Shows `built` as it would be sent with `settings` (`None`: no account yet, placeholders in
/// the URL), token masked: the uploads first, then the send, and the same as cURL commands. A
/// proof also gets the 24-hour window and, when the business number is known, its `wa.me` link
/// and QR code. Sends nothing.
pub fn prepare(
    built: &Built,
    settings: Option<&AccountSettings>,
    business_number: Option<&str>,
) -> PreparedSend {
    let without_account = settings.is_none();
    let placeholder = AccountSettings::for_phone_number(PLACEHOLDER_PHONE_NUMBER_ID);
    let settings = settings.unwrap_or(&placeholder);
    let request = prepare_send(settings, &built.message);
    let uploads: Vec<PreparedRequest> = built
        .uploads
        .iter()
        .map(|file| file.prepare(settings))
        .collect();
    let curl = curl_steps(&uploads, &request);
    let mut out = PreparedSend {
        request,
        uploads,
        curl,
        problems: built.problems.clone(),
        warnings: built.warnings.clone(),
        differences: built.differences.clone(),
        window_explanation: None,
        wa_me_link: None,
        qr: None,
        without_account,
    };
    if built.mode == SendMode::Proof {
        out.window_explanation = Some(window_explanation(built.locale()));
        if let Some(number) = business_number {
            let link = crate::proof::wa_me_link(number);
            out.qr = qr_matrix(&link);
            out.wa_me_link = Some(link);
        }
    }
    out
}

/// The uploads and the send as numbered shell commands (just the send when nothing is
/// uploaded).
fn curl_steps(uploads: &[PreparedRequest], send: &PreparedRequest) -> String {
    if uploads.is_empty() {
        return send.to_curl();
    }
    let mut steps: Vec<String> = uploads
        .iter()
        .enumerate()
        .map(|(step, upload)| format!("# {}. upload a header file\n{}", step + 1, upload.to_curl()))
        .collect();
    steps.push(format!(
        "# {}. send, with the ids the uploads returned in place of {UPLOADED_MEDIA_ID}\n{}",
        uploads.len() + 1,
        send.to_curl()
    ));
    steps.join("\n\n")
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

/// The send log, newest first, optionally of one outcome, each with its cURL command for the
/// stored account (placeholders without one).
pub fn send_log(
    store: &Store,
    outcome: Option<SendOutcome>,
) -> Result<Vec<SendLogRow>, StoreError> {
    let settings = store
        .account()?
        .map(AccountSettings::from)
        .unwrap_or_else(|| AccountSettings::for_phone_number(PLACEHOLDER_PHONE_NUMBER_ID));
    Ok(store
        .send_log(outcome)?
        .into_iter()
        .map(|entry| {
            let body = serde_json::from_str(&entry.request_body)
                .unwrap_or_else(|_| Value::String(entry.request_body.clone()));
            let curl = prepare_send(&settings, &body).to_curl();
            SendLogRow { entry, curl }
        })
        .collect())
}
