//! Making a send: the checks before any request (problems, consent, token), the uploads and the
//! send, and the send log entry of every attempt.

use super::{account_client, Built, SendError, TokenSource};
use crate::client::{GraphClient, SendReceipt};
use crate::error::CloudError;
use crate::settings::AccountSettings;
use serde_json::Value;
use wabi_store::{SendLogEntry, SendOutcome, Store, StoreError};

/// A send past its checks: the client, the message and its log entry.
pub struct Ready {
    /// The client of the account, with its token.
    pub client: GraphClient,
    /// The message to send (the uploads' ids go in by [`Ready::deliver`]).
    pub message: Value,
    /// The log entry, completed by [`record`].
    pub entry: SendLogEntry,
    /// The build, for the uploads.
    pub built: Built,
}

/// Checks a send before any request: the message has no problem, the recipient has a recorded
/// opt-in (a refusal is logged, and is [`SendError::NoConsent`]), there are account `settings`
/// ([`SendError::NoAccount`] otherwise; asked only after consent, so a number without opt-in is
/// refused and logged even before an account is set up), and `tokens` has the token for them.
/// The log entry names the draft's latest revision.
pub fn ready(
    store: &Store,
    built: Built,
    settings: Option<AccountSettings>,
    tokens: &dyn TokenSource,
) -> Result<Ready, SendError> {
    if !built.problems.is_empty() {
        return Err(SendError::NotSendable(built.problems.clone()));
    }
    // A draft deleted meanwhile is still sent as shown; its log entry then names no revision.
    let revision_id = built
        .draft_id
        .and_then(|id| store.revisions(id).ok())
        .and_then(|revisions| revisions.first().map(|r| r.id));
    let mut entry = SendLogEntry {
        id: 0,
        at_ms: 0,
        recipient: built.to.trim().to_owned(),
        mode: built.mode.as_str().to_owned(),
        draft_id: built.draft_id,
        revision_id,
        request_body: built.message.to_string(),
        outcome: SendOutcome::Refused,
        response: None,
        message_id: None,
    };
    let consent = store
        .recipient(&built.to)?
        .is_some_and(|recipient| recipient.has_consent());
    if !consent {
        let refusal = SendError::NoConsent {
            recipient: entry.recipient.clone(),
        };
        entry.response = Some(super::sentence(&refusal.to_string()));
        store.log_send(&entry)?;
        return Err(refusal);
    }
    let client = account_client(settings.ok_or(SendError::NoAccount)?, tokens)?;
    Ok(Ready {
        client,
        message: built.message.clone(),
        entry,
        built,
    })
}

/// A request of a send that failed.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// A header file's upload failed; nothing was sent.
    #[error("media upload of {file_name} ({slot}) failed: {error}")]
    Upload {
        /// The file's name.
        file_name: String,
        /// Which header it was for, in words.
        slot: String,
        /// What failed.
        error: CloudError,
    },
    /// The send failed.
    #[error("send failed: {0}")]
    Send(CloudError),
}

impl DeliveryError {
    /// The client's error.
    pub fn into_cloud(self) -> CloudError {
        match self {
            Self::Upload { error, .. } | Self::Send(error) => error,
        }
    }

    /// What the send log keeps of it: Meta's decoded error as JSON, else the message.
    fn log_text(&self) -> String {
        let (prefix, error) = match self {
            Self::Upload { error, .. } => ("media upload failed: ", error),
            Self::Send(error) => ("", error),
        };
        let text = match error {
            CloudError::Graph(graph) => {
                serde_json::to_string(graph).unwrap_or_else(|_| error.to_string())
            }
            other => other.to_string(),
        };
        format!("{prefix}{text}")
    }
}

impl From<CloudError> for DeliveryError {
    fn from(error: CloudError) -> Self {
        Self::Send(error)
    }
}

impl Ready {
    /// Makes the requests: each header file's upload, one after the other (the message and the
    /// log entry then take the returned ids), then the send.
    pub async fn deliver(&mut self) -> Result<SendReceipt, DeliveryError> {
        if !self.built.uploads.is_empty() {
            let mut media_ids = Vec::with_capacity(self.built.uploads.len());
            for file in &self.built.uploads {
                let id =
                    file.upload(&self.client)
                        .await
                        .map_err(|error| DeliveryError::Upload {
                            file_name: file.file_name.clone(),
                            slot: file.slot.describe(),
                            error,
                        })?;
                media_ids.push(id);
            }
            self.message = self.built.message_with(&media_ids);
            self.entry.request_body = self.message.to_string();
        }
        self.client.send(&self.message).await.map_err(Into::into)
    }
}

/// Completes `entry` with how the send ended and stores it; returns the log row's id.
pub fn record(
    store: &Store,
    entry: &mut SendLogEntry,
    result: &Result<SendReceipt, DeliveryError>,
) -> Result<i64, StoreError> {
    match result {
        Ok(receipt) => {
            entry.outcome = SendOutcome::Sent;
            entry.message_id = Some(receipt.message_id.clone());
            entry.response = Some(receipt.response.to_string());
        }
        Err(error) => {
            entry.outcome = SendOutcome::Failed;
            entry.response = Some(error.log_text());
        }
    }
    store.log_send(entry)
}

/// The stored send log row `id` (with the time the store gave it).
pub fn logged_row(store: &Store, id: i64) -> Result<Option<SendLogEntry>, StoreError> {
    Ok(store.send_log(None)?.into_iter().find(|row| row.id == id))
}
