//! A problem found in a template: which rule, how serious, where, and what to do.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Meta rejects the template.
    Error,
    /// A rejection risk, or a limit the sources disagree on.
    Warning,
}

/// One problem in a template document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Diagnostic {
    /// Stable rule id, e.g. `body.length` or `button.url.variable_not_at_end`.
    pub rule: String,
    /// Error (Meta rejects) or warning (risk).
    pub severity: Severity,
    /// RFC 6901 JSON pointer to the most specific value the user must change (for a missing
    /// field: the object that should hold it).
    pub pointer: String,
    /// What is wrong and how to fix it, with the numbers.
    pub message: String,
}
