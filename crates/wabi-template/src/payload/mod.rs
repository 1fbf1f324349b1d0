//! Send payloads: (template, values, recipient) → the exact JSON body of
//! `POST /{PHONE_NUMBER_ID}/messages` for a template message, plus the send-time problems of the
//! values (reference §2.2.10–11, §3, §5.2).
//!
//! The message is built with `serde_json::Value` because its shape is Meta's and varies by
//! component kind; tests pin the full JSON of every kind. Decisions where Meta's sources allow
//! both: button `index` is written as a string (`"0"`, as the OpenAPI `TemplateComponent`
//! declares); parameters appear in template order, positional body variables by number, named
//! ones in order of first appearance with `parameter_name`. Only components that carry a
//! parameter are sent (static quick replies and phone buttons need none).
//!
//! A draft in progress still gets a payload: missing parts are reported as problems, never as
//! a failure, so the user sees the whole picture at once.

mod components;
mod send_rules;

use crate::model::Template;
use crate::values::Values;
use crate::Severity;
use serde::Serialize;
use serde_json::{json, Map, Value};
use ts_rs::TS;

pub use send_rules::{param_text_problem, MAX_OTP_CHARS};

/// A send-time problem: the field (a dotted path into the values, or `to`, `name`…), how
/// serious, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendProblem {
    /// Error: Meta refuses the send. Warning: the sources disagree or it may be refused.
    pub severity: Severity,
    /// Where, e.g. `body.2`, `cards.0.header`, `to`.
    pub field: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl SendProblem {
    pub(crate) fn error(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            field: field.into(),
            message: message.into(),
        }
    }

    pub(crate) fn warning(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            field: field.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for SendProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}: {}", self.field, self.message)
    }
}

/// A built send request and what is wrong with it (also what the UI shows as "what a send will
/// carry").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Payload {
    /// The JSON body of `POST /{PHONE_NUMBER_ID}/messages`.
    pub message: Value,
    /// Send-time problems; the send is refused when any is an error.
    pub problems: Vec<SendProblem>,
}

impl Payload {
    /// True when no problem is an error.
    pub fn is_sendable(&self) -> bool {
        self.problems
            .iter()
            .all(|problem| problem.severity != Severity::Error)
    }
}

/// Builds the send payload of `template` for recipient `to` with `values`. Never panics.
pub fn build(template: &Template, values: &Values, to: &str) -> Payload {
    let mut problems = Vec::new();
    send_rules::check_recipient(to, &mut problems);
    let name = template.name.clone().unwrap_or_else(|| {
        problems.push(SendProblem::error(
            "name",
            "the template has no name; a send names an approved template",
        ));
        String::new()
    });
    let language = template.language.clone().unwrap_or_else(|| {
        problems.push(SendProblem::error(
            "language",
            "the template has no language; a send uses its exact language code",
        ));
        String::new()
    });
    let components = components::build(template, values, &mut problems);
    let mut body = Map::new();
    body.insert("name".into(), Value::String(name));
    body.insert("language".into(), json!({ "code": language }));
    if !components.is_empty() {
        body.insert("components".into(), Value::Array(components));
    }
    let mut message = Map::with_capacity(5);
    message.insert("messaging_product".into(), "whatsapp".into());
    message.insert("recipient_type".into(), "individual".into());
    message.insert("to".into(), to.into());
    message.insert("type".into(), "template".into());
    message.insert("template".into(), Value::Object(body));
    let message = Value::Object(message);
    Payload { message, problems }
}
