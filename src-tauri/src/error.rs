//! The one error type that crosses IPC: `{code, message}`.
//!
//! The UI branches on `code` (a closed set, mirrored in TypeScript by ts-rs) and shows `message`
//! to the user as it is. It never parses the message. Every domain error maps into this type at
//! the command boundary, so each message must already say what went wrong and what to do.

use serde::Serialize;
use ts_rs::TS;

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
