//! Errors of the Cloud API client. None of them ever carries the access token.

use crate::graph_error::GraphError;

/// Something the Cloud API client could not do.
#[derive(Debug, thiserror::Error)]
pub enum CloudError {
    /// The account settings or the input cannot make a request (the message names the field).
    #[error("{0}")]
    BadInput(String),
    /// Meta answered with an error, decoded.
    #[error("{0}")]
    Graph(Box<GraphError>),
    /// The connection failed before the request was sent, even after retries.
    #[error("could not reach {url}: {reason}; check the network and the API base URL")]
    Unreachable {
        /// Where the request was going.
        url: String,
        /// What failed.
        reason: String,
    },
    /// The request was sent but no answer came in time: it may have been delivered, so it was
    /// not sent again.
    #[error("no answer from {url} after the request was sent ({reason}); it may have been delivered, so it was not sent again: check the phone before retrying")]
    MaybeDelivered {
        /// Where the request went.
        url: String,
        /// What failed.
        reason: String,
    },
    /// Meta answered with something that is neither success nor its error object.
    #[error("unexpected answer (HTTP {status}) from {url}: {snippet}")]
    UnexpectedResponse {
        /// HTTP status.
        status: u16,
        /// Where the request went.
        url: String,
        /// The start of the body.
        snippet: String,
    },
    /// No OS keyring is available here: the token can be used for this session only.
    #[error("no keyring is available on this system ({0}); the token can be used for this session only (e.g. WABI_ACCESS_TOKEN)")]
    NoKeyring(String),
    /// The keyring is there but refused the operation.
    #[error("the keyring refused: {0}")]
    Keyring(String),
}

impl From<GraphError> for CloudError {
    fn from(error: GraphError) -> Self {
        Self::Graph(Box::new(error))
    }
}
