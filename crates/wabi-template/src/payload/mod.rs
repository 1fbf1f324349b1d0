//! Send payloads: (template, values, recipient) → the exact JSON body of
//! `POST /{PHONE_NUMBER_ID}/messages` for a template message, plus the send-time problems of the
//! values (Meta: M-send, M-components; the OpenAPI examples, see `docs/sources.md`).
//!
//! Problems are worded in the locale asked for ([`build_in`]); [`build`] writes English, as the
//! command line does.
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
use crate::{tr, Locale, Severity};
use serde::Serialize;
use serde_json::{json, Map, Value};
use ts_rs::TS;

pub use send_rules::{param_text_problem, param_text_problem_in};

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

/// The send-time problems found so far and the locale they are worded in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problems {
    /// The language of the messages.
    pub(crate) locale: Locale,
    list: Vec<SendProblem>,
}

impl Problems {
    pub(crate) fn new(locale: Locale) -> Self {
        Self {
            locale,
            list: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, problem: SendProblem) {
        self.list.push(problem);
    }
}

impl std::ops::Deref for Problems {
    type Target = [SendProblem];

    fn deref(&self) -> &[SendProblem] {
        &self.list
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

/// Builds the send payload of `template` for recipient `to` with `values`, its problems worded
/// in English. Never panics.
pub fn build(template: &Template, values: &Values, to: &str) -> Payload {
    build_in(template, values, to, Locale::En)
}

/// Like [`build`], with the problems worded in `locale`. The message and the fields and
/// severities of the problems do not depend on the locale.
pub fn build_in(template: &Template, values: &Values, to: &str, locale: Locale) -> Payload {
    let mut problems = Problems::new(locale);
    send_rules::check_recipient(to, &mut problems);
    let name = template.name.clone().unwrap_or_else(|| {
        problems.push(SendProblem::error(
            "name",
            tr!(locale,
                en: "the template has no name; a send names an approved template",
                it: "il template non ha un nome; un invio indica un template approvato"),
        ));
        String::new()
    });
    let language = template.language.clone().unwrap_or_else(|| {
        problems.push(SendProblem::error(
            "language",
            tr!(locale,
                en: "the template has no language; a send uses its exact language code",
                it: "il template non ha una lingua; un invio usa il suo codice di lingua esatto"),
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
    Payload {
        message,
        problems: problems.list,
    }
}
