//! Errors of the drafts library.

/// Something the drafts library could not do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be read or written.
    #[error("database error: {0}")]
    Database(String),
}
