//! Commands of the composer and the phone preview: render a template document (rules, preview
//! and character counters in one call per keystroke), list the starters, list the languages.
//!
//! Everything the UI shows about a template is computed by `wabi-template`
//! ([`wabi_template::composer::render`], [`wabi_template::languages::options`]); these commands
//! only pass the call through. The checker's messages, the preview's notes, the starters' titles
//! and the language names come worded in the interface language the UI passes (`locale`,
//! English when absent). The work is microseconds of pure CPU, so the commands run it inline.

use crate::error::AppError;
use serde_json::Value;
use wabi_template::composer::render;
use wabi_template::languages;
use wabi_template::preview::{Client, PreviewOptions, Theme};
use wabi_template::starters::{self, Starter};
use wabi_template::Locale;

pub use wabi_template::composer::RenderedTemplate;
pub use wabi_template::languages::LanguageOption;

/// Checks and previews a template document for the composer (one call per change).
///
/// `timestamp` is the message time as the bubble shows it ("10:42"), `now_ms` the current time
/// for the offer countdown; `show_samples` false shows raw `{{1}}` markers instead of examples;
/// `locale` is the interface language of the messages and notes (English when absent).
#[tauri::command]
#[allow(clippy::too_many_arguments)] // one IPC argument each, as the UI sends them
pub async fn render_template(
    document: Value,
    values: Option<Value>,
    client: Client,
    theme: Theme,
    timestamp: String,
    now_ms: i64,
    show_samples: bool,
    locale: Option<Locale>,
) -> Result<RenderedTemplate, AppError> {
    let options = PreviewOptions {
        client,
        theme,
        timestamp,
        now_ms,
    };
    Ok(render(
        &document,
        values.as_ref(),
        &options,
        show_samples,
        locale.unwrap_or_default(),
    ))
}

/// The starter templates of "New from starter", titled in `locale` (English when absent).
#[tauri::command]
pub async fn list_starters(locale: Option<Locale>) -> Result<Vec<Starter>, AppError> {
    Ok(starters::starters_in(locale.unwrap_or_default()))
}

/// Every language a template can be written in, named in `locale` (English when absent).
#[tauri::command]
pub async fn list_languages(locale: Option<Locale>) -> Result<Vec<LanguageOption>, AppError> {
    Ok(languages::options(locale.unwrap_or_default()))
}
