//! Name, category, language, parameter format and time-to-live: the top-level fields that say
//! what the template is (reference sections 1.2 to 1.5 and 1.8).

use super::context::{check_length, quote, type_name, Ctx};
use super::structure::Category;
use super::table;
use crate::languages;
use crate::text::thousands;
use serde_json::{Map, Value};

/// What the identity fields decided, for the other rule modules.
pub(crate) struct Identity {
    pub category: Option<Category>,
    pub named: bool,
    pub format_explicit: bool,
}

/// Checks `name`, `category`, `language` and `parameter_format`.
pub(crate) fn check(ctx: &mut Ctx, root: &Map<String, Value>) -> Identity {
    check_name(ctx, root);
    let category = check_category(ctx, root);
    check_language(ctx, root);
    let (named, format_explicit) = check_parameter_format(ctx, root);
    Identity {
        category,
        named,
        format_explicit,
    }
}

fn check_name(ctx: &mut Ctx, root: &Map<String, Value>) {
    let name = match root.get("name") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::NAME_MISSING,
                "",
                "The template has no `name`. Add one, e.g. \"order_update\" (lowercase letters, \
                 digits and underscores).",
            );
            return;
        }
        Some(Value::String(s)) => s,
        Some(other) => {
            ctx.emit(
                &table::FIELD_TYPE,
                "/name",
                format!("`name` must be text, not {}.", type_name(other)),
            );
            return;
        }
    };
    if name.is_empty() {
        ctx.emit(
            &table::NAME_EMPTY,
            "/name",
            "The name is empty. Use lowercase letters, digits and underscores, e.g. \"order_update\".",
        );
        return;
    }
    check_length(ctx, &table::NAME_LENGTH, "/name", "The name", name, 512);
    let bad: Vec<char> = name
        .chars()
        .filter(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'))
        .collect();
    if !bad.is_empty() {
        let mut shown: Vec<String> = Vec::new();
        for c in &bad {
            let s = match c {
                ' ' => "space".to_string(),
                c => format!("\"{c}\""),
            };
            if !shown.contains(&s) {
                shown.push(s);
            }
        }
        let suggestion: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        ctx.emit(
            &table::NAME_CHARSET,
            "/name",
            format!(
                "The name contains {} not allowed ({}). Use only lowercase letters a-z, digits \
                 and underscores, e.g. \"{}\".",
                if bad.len() == 1 {
                    "a character".to_string()
                } else {
                    format!("{} characters", thousands(bad.len()))
                },
                shown.join(", "),
                quote(&suggestion)
            ),
        );
    } else if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        ctx.emit(
            &table::NAME_FIRST_CHARACTER,
            "/name",
            "The name does not start with a letter. Meta states no such rule, but some \
             validators (the community JSON schema) require it: sources disagree. Start with a \
             letter to be safe.",
        );
    }
}

fn check_category(ctx: &mut Ctx, root: &Map<String, Value>) -> Option<Category> {
    match root.get("category") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::CATEGORY_MISSING,
                "",
                "The template has no `category`. Add MARKETING, UTILITY or AUTHENTICATION.",
            );
            None
        }
        Some(Value::String(s)) => {
            let parsed = Category::parse(s);
            if parsed.is_none() {
                ctx.emit(
                    &table::CATEGORY_INVALID,
                    "/category",
                    format!(
                        "Unknown category \"{}\". Use MARKETING, UTILITY or AUTHENTICATION.",
                        quote(s)
                    ),
                );
            }
            parsed
        }
        Some(other) => {
            ctx.emit(
                &table::CATEGORY_INVALID,
                "/category",
                format!(
                    "`category` must be text (MARKETING, UTILITY or AUTHENTICATION), not {}.",
                    type_name(other)
                ),
            );
            None
        }
    }
}

fn check_language(ctx: &mut Ctx, root: &Map<String, Value>) {
    match root.get("language") {
        None | Some(Value::Null) => ctx.emit(
            &table::LANGUAGE_MISSING,
            "",
            "The template has no `language`. Add a supported code such as \"en_US\".",
        ),
        Some(Value::String(code)) => {
            if !languages::is_supported(code) {
                let hint = match languages::suggestion(code) {
                    Some(s) => format!(
                        " Did you mean \"{s}\"? Codes are case-sensitive and use an underscore."
                    ),
                    None => {
                        " Use one of Meta's 111 supported codes, e.g. \"en_US\", \"es\", \"pt_BR\"."
                            .to_string()
                    }
                };
                ctx.emit(
                    &table::LANGUAGE_UNSUPPORTED,
                    "/language",
                    format!(
                        "\"{}\" is not a language WhatsApp supports.{hint}",
                        quote(code)
                    ),
                );
            }
        }
        Some(other) => ctx.emit(
            &table::LANGUAGE_UNSUPPORTED,
            "/language",
            format!(
                "`language` must be a code such as \"en_US\", not {}.",
                type_name(other)
            ),
        ),
    }
}

/// Returns (named, explicit).
fn check_parameter_format(ctx: &mut Ctx, root: &Map<String, Value>) -> (bool, bool) {
    match root.get("parameter_format") {
        None | Some(Value::Null) => (false, false),
        Some(Value::String(s)) => match s.trim().to_ascii_uppercase().as_str() {
            "POSITIONAL" => (false, true),
            "NAMED" => (true, true),
            _ => {
                ctx.emit(
                    &table::PARAMETER_FORMAT_INVALID,
                    "/parameter_format",
                    format!(
                        "Unknown parameter format \"{}\". Use POSITIONAL ({{{{1}}}}) or NAMED \
                         ({{{{first_name}}}}).",
                        quote(s)
                    ),
                );
                (false, false)
            }
        },
        Some(other) => {
            ctx.emit(
                &table::PARAMETER_FORMAT_INVALID,
                "/parameter_format",
                format!(
                    "`parameter_format` must be \"POSITIONAL\" or \"NAMED\", not {}.",
                    type_name(other)
                ),
            );
            (false, false)
        }
    }
}

/// Checks `message_send_ttl_seconds` against the category's range (reference 1.8).
pub(crate) fn check_ttl(ctx: &mut Ctx, root: &Map<String, Value>, category: Option<Category>) {
    let Some(value) = root.get("message_send_ttl_seconds") else {
        return;
    };
    if value.is_null() {
        return;
    }
    let Some(ttl) = value.as_i64() else {
        ctx.emit(
            &table::FIELD_TYPE,
            "/message_send_ttl_seconds",
            format!(
                "`message_send_ttl_seconds` must be a whole number of seconds, not {}.",
                type_name(value)
            ),
        );
        return;
    };
    let ptr = "/message_send_ttl_seconds";
    let Some(category) = category else { return };
    let (min, max) = match category {
        Category::Authentication => (30, 900),
        Category::Utility => (30, 43_200),
        Category::Marketing => (43_200, 2_592_000),
    };
    if ttl != -1 && (ttl < min || ttl > max) {
        ctx.emit(
            &table::TTL_RANGE,
            ptr,
            format!(
                "A time-to-live of {ttl} seconds is outside the {} range of {}–{} seconds (or -1 \
                 for 30 days). Pick a value in the range.",
                category.name(),
                thousands(min as usize),
                thousands(max as usize)
            ),
        );
    }
    if category == Category::Marketing {
        ctx.emit(
            &table::TTL_MARKETING_API_ONLY,
            ptr,
            "A custom time-to-live on a MARKETING template applies only when sent through the \
             Marketing Messages API; the Cloud API uses the default of 30 days.",
        );
    }
}
