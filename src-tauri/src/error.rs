//! The one error type that crosses IPC: `{code, message}`.
//!
//! The UI branches on `code` (a closed set, mirrored in TypeScript by ts-rs) and shows `message`
//! to the user as it is. It never parses the message. Every domain error maps into this type at
//! the command boundary, so each message must already say what went wrong and what to do.
//!
//! Every conversion of a domain error is in this file, so the codes the UI branches on are
//! decided in one place. Domain messages start lower case (they follow `wabi: ` on the command
//! line); here they become sentences.

use serde::Serialize;
use ts_rs::TS;
use wabi_cloud::send::{sentence, DeliveryError, SendError};
use wabi_cloud::CloudError;
use wabi_media::MediaError;
use wabi_store::StoreError;

/// What kind of failure an [`AppError`] is. The UI may branch on these; adding one is a change to
/// the IPC contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Something the user entered or chose is not acceptable; the message names the field.
    InvalidInput,
    /// The thing asked for does not exist (any more).
    NotFound,
    /// The change clashes with something that exists.
    Conflict,
    /// The drafts database could not be read or written.
    Storage,
    /// A file could not be read or written.
    File,
    /// A media file cannot be used as it is.
    Media,
    /// The network could not be reached.
    Network,
    /// WhatsApp (the Graph API) answered with an error.
    Remote,
    /// The access token is missing, expired or lacks a permission.
    Auth,
    /// The recipient has no recorded opt-in.
    ConsentRequired,
    /// No OS keyring is available.
    KeyringUnavailable,
    /// The user cancelled the operation.
    Cancelled,
    /// A bug: something that should not happen did.
    Internal,
}

/// The error every command returns: serialised as `{"code": "...", "message": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    /// What kind of failure this is.
    pub code: ErrorCode,
    /// What went wrong and what to do, for the user.
    pub message: String,
}

impl AppError {
    /// An error of the given kind with a user-facing message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// A bug: logs the detail and tells the user something went wrong.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        tracing::error!(%detail, "internal error");
        Self::new(
            ErrorCode::Internal,
            format!("Something went wrong inside Wabi Studio ({detail}). Please try again; if it keeps happening, report it with the log file."),
        )
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        let code = match &error {
            StoreError::Database(_)
            | StoreError::ReadOnly { .. }
            | StoreError::DiskFull { .. }
            | StoreError::Busy { .. }
            | StoreError::Corrupt { .. } => ErrorCode::Storage,
            StoreError::Io { .. } | StoreError::NotATemplateFile { .. } => ErrorCode::File,
            StoreError::DraftNotFound { .. } | StoreError::RevisionNotFound { .. } => {
                ErrorCode::NotFound
            }
            StoreError::InvalidName { .. }
            | StoreError::InvalidLanguage { .. }
            | StoreError::InvalidPhone { .. }
            | StoreError::NotAnObject { .. } => ErrorCode::InvalidInput,
        };
        // A message that starts with a file name keeps it as written.
        let mut message = match &error {
            StoreError::NotATemplateFile { .. } => error.to_string(),
            _ => sentence(&error.to_string()),
        };
        if matches!(error, StoreError::Database(_)) {
            message.push_str(
                ". Nothing was saved; your unsaved work is still in the editor. Try again.",
            );
        }
        AppError::new(code, message)
    }
}

impl From<MediaError> for AppError {
    fn from(error: MediaError) -> Self {
        let code = match &error {
            MediaError::Read { .. } | MediaError::Write { .. } => ErrorCode::File,
            MediaError::KeptUnreadable { .. } => ErrorCode::File,
            MediaError::NotKept { .. } => ErrorCode::InvalidInput,
            MediaError::KeptMissing { .. } => ErrorCode::NotFound,
            MediaError::Cancelled => ErrorCode::Cancelled,
            // It starts with the file's name, kept as written.
            MediaError::TooLarge { .. } => {
                return AppError::new(ErrorCode::Media, error.to_string())
            }
            MediaError::Empty
            | MediaError::Unrecognised
            | MediaError::Decode(_)
            | MediaError::NotFixable(_)
            | MediaError::Encode(_) => ErrorCode::Media,
        };
        AppError::new(code, sentence(&error.to_string()))
    }
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
            other => sentence(&other.to_string()),
        };
        AppError::new(code, message)
    }
}

impl From<SendError> for AppError {
    fn from(error: SendError) -> Self {
        let code = match error {
            SendError::Media(error) => return error.into(),
            SendError::Cloud(error) => return error.into(),
            SendError::Store(error) => return error.into(),
            ref other => match other {
                SendError::NoConsent { .. } => ErrorCode::ConsentRequired,
                SendError::NoToken(_) => ErrorCode::Auth,
                _ => ErrorCode::InvalidInput,
            },
        };
        AppError::new(code, sentence(&error.to_string()))
    }
}

impl From<DeliveryError> for AppError {
    fn from(error: DeliveryError) -> Self {
        error.into_cloud().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_error_serialises_to_code_and_message_only() {
        let error = AppError::new(
            ErrorCode::InvalidInput,
            "Template name: use lowercase letters.",
        );
        let json = serde_json::to_value(&error).expect("serialise");
        assert_eq!(
            json,
            serde_json::json!({"code": "invalid_input", "message": "Template name: use lowercase letters."})
        );
    }

    #[test]
    fn every_error_code_serialises_as_snake_case() {
        let codes = [
            (ErrorCode::InvalidInput, "invalid_input"),
            (ErrorCode::NotFound, "not_found"),
            (ErrorCode::Conflict, "conflict"),
            (ErrorCode::Storage, "storage"),
            (ErrorCode::File, "file"),
            (ErrorCode::Media, "media"),
            (ErrorCode::Network, "network"),
            (ErrorCode::Remote, "remote"),
            (ErrorCode::Auth, "auth"),
            (ErrorCode::ConsentRequired, "consent_required"),
            (ErrorCode::KeyringUnavailable, "keyring_unavailable"),
            (ErrorCode::Cancelled, "cancelled"),
            (ErrorCode::Internal, "internal"),
        ];
        for (code, wire) in codes {
            assert_eq!(serde_json::to_value(code).expect("serialise"), wire);
        }
    }
}
