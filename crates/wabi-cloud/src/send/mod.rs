//! One send flow for the app's send dialog and `wabi send`: build the message, show it (the
//! request with the token masked, its uploads and the same as cURL commands), check consent,
//! look up the token, upload the media headers, send, and log the attempt.
//!
//! Why here: the app and the command line used to do this each in their own way and drifted
//! apart (the command line refused a draft's kept header file that the app uploaded, and logged
//! no revision). Now both call these functions; only where the token comes from
//! ([`TokenSource`]) and how the outcome is shown differ.
//!
//! Order of a send: [`build`] (input checked, message built with [`crate::UPLOADED_MEDIA_ID`] in
//! place of each header file to upload: the files the user gave, and each media header whose
//! sample is a file kept by the app, `wabi-media:<sha256>.<ext>`, resolved through
//! [`wabi_media::KeptFiles`]); [`prepare`] shows it and sends nothing; [`ready`] checks that it
//! has no problem, that the recipient has a recorded opt-in (a refusal is logged and no request
//! is made), and only then reads the token; [`Ready::deliver`] uploads each header file (the
//! template's first, then the cards in order) and sends with the returned ids; [`record`] logs
//! how it ended. The store's clock stamps every log entry.

mod build;
mod deliver;
mod prepare;
mod token;

pub use build::{build, Built, SendInput, SendTestRequest};
pub use deliver::{logged_row, ready, record, DeliveryError, Ready};
pub use prepare::{
    prepare, qr_matrix, send_log, window_explanation, PreparedSend, QrMatrix, SendLogRow,
    PLACEHOLDER_PHONE_NUMBER_ID,
};
pub use token::{account_client, TokenLookup, TokenSource};

use crate::error::CloudError;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use wabi_media::MediaError;
use wabi_store::StoreError;

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
    /// `template` or `proof`, as the send log records it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Template => "template",
            Self::Proof => "proof",
        }
    }
}

/// Why a send was not made. None of them carries the access token.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The draft or the values cannot be read as a send (the message names the field).
    #[error("{0}")]
    BadInput(String),
    /// The message was built, and it has problems that stop the send (each names its field).
    #[error("not sent: {}", .0.join("; "))]
    NotSendable(Vec<String>),
    /// The recipient has no recorded opt-in (the refusal is in the send log).
    #[error("not sent: {recipient} has no recorded opt-in. Record it once the owner of that phone agreed: under Test recipients in the app, or `wabi recipients add {recipient} --opt-in`.")]
    NoConsent {
        /// The number, as given.
        recipient: String,
    },
    /// No account is set up (checked after consent, so a refusal is logged even then).
    #[error("no WhatsApp account is set up: open Account in the app and enter the phone number ID, or pass --phone-number-id ID")]
    NoAccount,
    /// No access token is set; the message says where to set one.
    #[error("{0}")]
    NoToken(String),
    /// A kept header file cannot be used.
    #[error(transparent)]
    Media(#[from] MediaError),
    /// The client cannot be made, a header file is of the wrong kind, or the keyring failed.
    #[error(transparent)]
    Cloud(#[from] CloudError),
    /// The library (recipients, send log) could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// `text` with its first letter upper-case: errors are written to follow `wabi: `, and the app
/// shows them as sentences.
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
