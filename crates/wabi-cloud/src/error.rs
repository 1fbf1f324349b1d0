//! Errors of the Cloud API client.

/// Something the Cloud API client could not do.
#[derive(Debug, thiserror::Error)]
pub enum CloudError {
    /// The request could not be made.
    #[error("request failed: {0}")]
    Request(String),
}
