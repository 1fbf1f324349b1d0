//! The WhatsApp template engine: everything the app and the `wabi` command line know about a
//! template, computed here once and tested here.
//!
//! The canonical document is Meta's own template-creation JSON (the body of
//! `POST /{WABA-ID}/message_templates`). This crate reads it, checks it against WhatsApp's rules,
//! parses its formatting, turns it into a preview model a UI can draw without further logic, and
//! builds the send payloads of `POST /{PHONE_NUMBER_ID}/messages`.
//!
//! Why pure: rules, formatting and preview logic must be identical in the desktop app, the CLI
//! and CI. No I/O, no clock, no randomness and no Tauri live here; callers pass those in.

pub mod composer;
pub mod counters;
pub mod diagnostic;
pub mod error;
pub mod format;
pub mod languages;
pub mod limits;
pub mod locale;
pub mod model;
pub mod payload;
pub mod placeholders;
pub mod preview;
pub mod rules;
pub mod starters;
pub mod text;
pub mod values;

pub use diagnostic::{Diagnostic, Severity};
pub use error::TemplateError;
pub use locale::Locale;
pub use rules::Category;
pub use rules::{check, check_in};
