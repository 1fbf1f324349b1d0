//! What a template offers for its variables: the variable keys of a text, and the template's
//! example values (the fallback when the values do not give one).

use crate::model::{Body, Button, ButtonKind, Category, Header, Template, UrlButton};
use crate::placeholders::{scan, PlaceholderKey};
use serde_json::Value;

/// The variable keys of a text, in order: `"1"` for `{{1}}`, `"name"` for `{{name}}`.
/// Malformed placeholders are literal text and have no key.
pub fn variable_keys(text: &str) -> Vec<String> {
    scan(text)
        .into_iter()
        .filter_map(|p| match p.key {
            PlaceholderKey::Positional(n) => Some(n.to_string()),
            PlaceholderKey::Named(name) => Some(name),
            PlaceholderKey::Malformed(_) => None,
        })
        .collect()
}

/// The body variables of a body: from its text, or the code `"1"` of an authentication body.
pub(crate) fn body_keys(body: &Body, template: &Template) -> Vec<String> {
    match &body.text {
        Some(text) if !is_authentication(template) => variable_keys(text),
        _ if is_authentication(template) => vec!["1".to_string()],
        _ => Vec::new(),
    }
}

/// True for an authentication template (by category, or by its OTP button).
pub(crate) fn is_authentication(template: &Template) -> bool {
    template.category() == Some(Category::Authentication)
        || template
            .buttons()
            .is_some_and(|b| b.list().iter().any(|b| b.kind() == ButtonKind::Otp))
}

/// The example of variable `key` in a list of positional samples or named samples.
fn example_of<'a>(
    key: &str,
    positional: Option<&'a [String]>,
    named: Option<&'a [crate::model::NamedExample]>,
) -> Option<&'a str> {
    match key.parse::<usize>() {
        Ok(n) => positional?.get(n.checked_sub(1)?).map(String::as_str),
        Err(_) => named?
            .iter()
            .find(|p| p.param_name == key)
            .map(|p| p.example.as_str()),
    }
}

/// The template's example for header variable `key`.
pub fn header_example<'a>(header: &'a Header, key: &str) -> Option<&'a str> {
    let example = header.example.as_ref()?;
    example_of(
        key,
        example.header_text.as_deref(),
        example.header_text_named_params.as_deref(),
    )
}

/// The template's example for body variable `key`.
pub fn body_example<'a>(body: &'a Body, key: &str) -> Option<&'a str> {
    let example = body.example.as_ref()?;
    example_of(
        key,
        example
            .body_text
            .as_ref()
            .and_then(|rows| rows.first())
            .map(Vec::as_slice),
        example.body_text_named_params.as_deref(),
    )
}

/// The template's example for a URL button's variable. Meta's pages give either the value alone
/// or the whole URL (rule `button.url.example_form` in `RULES.md`). A whole URL is cut back to the
/// part after the URL's fixed prefix; when it does not start with that prefix (Meta's own LTO
/// example), to the part after its last `=` or `/`.
pub fn url_example(button: &UrlButton) -> Option<&str> {
    let example = button.example.as_ref()?.first()?;
    let prefix = button
        .url
        .as_deref()
        .and_then(|url| url.find("{{").and_then(|at| url.get(..at)));
    let is_full_url = example.starts_with("https://") || example.starts_with("http://");
    match prefix {
        Some(prefix) if !prefix.is_empty() && example.starts_with(prefix) => {
            example.get(prefix.len()..)
        }
        Some(prefix) if !prefix.is_empty() && is_full_url => {
            let cut = example.rfind(['=', '/']).map_or(0, |at| at + 1);
            example.get(cut..)
        }
        _ => Some(example),
    }
}

/// True when a URL button's URL holds a variable.
pub fn url_has_variable(button: &UrlButton) -> bool {
    button
        .url
        .as_deref()
        .is_some_and(|url| !variable_keys(url).is_empty())
}

/// A button's type for messages, as written in the template.
pub(crate) fn button_kind_name(button: &Button) -> String {
    match button {
        Button::Unrecognized { raw, .. } => raw
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("unknown")
            .to_string(),
        other => {
            let kind = other.kind();
            <ButtonKind as crate::model::Keyword>::canonical(kind).to_string()
        }
    }
}
