//! Errors of the template engine: inputs it cannot work with at all.
//!
//! Rule violations are not errors in this sense: they are [`crate::Diagnostic`]s, because a
//! draft with broken rules is still a draft the user is working on.

/// Something the engine could not do with its input.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// The input is not JSON at all.
    #[error("not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The input is JSON but cannot serve the requested purpose; the message names the field.
    #[error("{0}")]
    Invalid(String),
}
