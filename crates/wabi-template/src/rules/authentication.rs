//! AUTHENTICATION templates (reference 1.3, 3.3): preset body, optional security
//! recommendation, footer with `code_expiration_minutes` 1–90, exactly one OTP button with its
//! app fields, and no header, media, URLs or emoji.
//!
//! Templates read back from Meta (they carry `id` or `status`) show the preset body text and the
//! OTP button as a URL button; those are accepted.

use super::buttons::{self, LABEL_MAX};
use super::context::{at, at_index, check_length, opt_str, opt_upper, quote, type_name, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use crate::text::emoji_count;
use serde_json::{Map, Value};

/// Apps per ONE_TAP / ZERO_TAP button.
pub(crate) const SUPPORTED_APPS_MAX: usize = 5;
/// `package_name` limit (characters).
pub(crate) const PACKAGE_NAME_MAX: usize = 224;
/// `signature_hash` length (characters).
pub(crate) const SIGNATURE_HASH_LEN: usize = 11;

/// Checks an AUTHENTICATION template (does nothing for other categories).
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    if !tpl.is(Category::Authentication) {
        return;
    }
    for c in &tpl.components {
        match c.kind {
            Kind::Header => {
                let format = c.obj.get("format").and_then(Value::as_str).map(str::to_ascii_uppercase);
                if format.as_deref() == Some("LOCATION") {
                    ctx.emit(
                        &table::HEADER_LOCATION_CATEGORY,
                        &c.pointer,
                        "Location headers are allowed only in UTILITY and MARKETING templates. \
                         Remove the header.",
                    );
                } else {
                    ctx.emit(
                        &table::AUTH_HEADER,
                        &c.pointer,
                        "AUTHENTICATION templates have no header (no text or media). Remove it.",
                    );
                }
            }
            Kind::Carousel | Kind::LimitedTimeOffer | Kind::Other => ctx.emit(
                &table::AUTH_COMPONENT,
                &c.pointer,
                "AUTHENTICATION templates hold only BODY, FOOTER and BUTTONS. Remove this component.",
            ),
            Kind::Body => check_body(ctx, tpl, c.obj, &c.pointer),
            Kind::Footer => check_footer(ctx, tpl, c.obj, &c.pointer),
            Kind::Buttons => check_buttons(ctx, tpl, c.obj, &c.pointer),
        }
    }
    if tpl.first(Kind::Buttons).is_none() && !tpl.components.is_empty() {
        ctx.emit(
            &table::AUTH_BUTTON_MISSING,
            "/components",
            "AUTHENTICATION templates need exactly one OTP button. Add {\"type\": \"BUTTONS\", \
             \"buttons\": [{\"type\": \"OTP\", \"otp_type\": \"COPY_CODE\"}]}.",
        );
    }
}

fn check_body(ctx: &mut Ctx, tpl: &Template, obj: &Map<String, Value>, ptr: &str) {
    if let Some(text) = obj.get("text").filter(|v| !v.is_null()) {
        if !tpl.read_back {
            ctx.emit(
                &table::AUTH_BODY_TEXT,
                &at(ptr, "text"),
                "AUTHENTICATION bodies are preset by WhatsApp (\"<code> is your verification \
                 code.\"); custom text is not allowed. Remove `text`.",
            );
        } else if let Some(s) = text.as_str() {
            if emoji_count(s) > 0 {
                ctx.emit(
                    &table::AUTH_EMOJI,
                    &at(ptr, "text"),
                    "AUTHENTICATION templates cannot contain emoji. Remove them.",
                );
            }
        }
    }
    if let Some(v) = obj.get("add_security_recommendation") {
        if !v.is_boolean() && !v.is_null() {
            ctx.emit(
                &table::AUTH_SECURITY_RECOMMENDATION,
                &at(ptr, "add_security_recommendation"),
                format!(
                    "`add_security_recommendation` must be true or false, not {}.",
                    type_name(v)
                ),
            );
        }
    }
}

fn check_footer(ctx: &mut Ctx, tpl: &Template, obj: &Map<String, Value>, ptr: &str) {
    if !tpl.read_back && obj.get("text").is_some_and(|v| !v.is_null()) {
        ctx.emit(
            &table::AUTH_FOOTER_TEXT,
            &at(ptr, "text"),
            "AUTHENTICATION footers are preset; custom text is not allowed. Remove `text` and use \
             \"code_expiration_minutes\" (1–90).",
        );
    }
    let field_ptr = at(ptr, "code_expiration_minutes");
    match obj.get("code_expiration_minutes") {
        None | Some(Value::Null) => {}
        Some(v) => match v
            .as_i64()
            .or_else(|| v.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
        {
            Some(m) if (1..=90).contains(&m) => {}
            Some(m) => ctx.emit(
                &table::AUTH_CODE_EXPIRATION,
                &field_ptr,
                format!("`code_expiration_minutes` is {m}; it must be from 1 to 90."),
            ),
            None => ctx.emit(
                &table::AUTH_CODE_EXPIRATION,
                &field_ptr,
                format!(
                    "`code_expiration_minutes` must be a whole number from 1 to 90, not {}.",
                    match v {
                        Value::Number(n) => n.to_string(),
                        other => type_name(other).to_string(),
                    }
                ),
            ),
        },
    }
}

fn check_buttons(ctx: &mut Ctx, tpl: &Template, obj: &Map<String, Value>, ptr: &str) {
    let Some(list) = buttons::button_list(ctx, obj, ptr) else {
        return;
    };
    let list_ptr = at(ptr, "buttons");
    let mut otp_seen = false;
    for (j, b) in list.iter().enumerate() {
        let bptr = at_index(&list_ptr, j);
        let Some(bobj) = b.as_object() else {
            ctx.emit(
                &table::FIELD_TYPE,
                &bptr,
                format!("Button {} must be an object, not {}.", j + 1, type_name(b)),
            );
            continue;
        };
        let kind = opt_upper(ctx, bobj, &bptr, "type");
        let read_back_otp = tpl.read_back && kind.as_deref() == Some("URL");
        if kind.as_deref() != Some("OTP") && !read_back_otp {
            ctx.emit(
                &table::AUTH_BUTTON_TYPE,
                &bptr,
                match kind {
                    Some(k) => format!(
                        "AUTHENTICATION templates allow only one OTP button, not {k}. Replace it \
                         with {{\"type\": \"OTP\", \"otp_type\": \"COPY_CODE\"}} or remove it."
                    ),
                    None => "This button has no `type`. AUTHENTICATION templates take one button \
                             of type OTP."
                        .to_string(),
                },
            );
            continue;
        }
        if otp_seen {
            ctx.emit(
                &table::AUTH_BUTTON_TYPE,
                &bptr,
                "A second OTP button. AUTHENTICATION templates have exactly one; remove it.",
            );
            continue;
        }
        otp_seen = true;
        if read_back_otp {
            continue;
        }
        check_otp_button(ctx, bobj, &bptr);
    }
}

fn check_otp_button(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str) {
    for key in ["text", "autofill_text"] {
        if let Some(label) = opt_str(ctx, obj, ptr, key) {
            let lptr = at(ptr, key);
            check_length(
                ctx,
                &table::BUTTON_TEXT_LENGTH,
                &lptr,
                "The button label",
                label,
                LABEL_MAX,
            );
            if emoji_count(label) > 0 {
                ctx.emit(
                    &table::AUTH_EMOJI,
                    &lptr,
                    "AUTHENTICATION templates cannot contain emoji. Remove them from the label.",
                );
            }
        }
    }
    let otp_ptr = at(ptr, "otp_type");
    let Some(otp_type) = opt_upper(ctx, obj, ptr, "otp_type") else {
        if obj.get("otp_type").is_none_or(Value::is_null) {
            ctx.emit(
                &table::AUTH_OTP_TYPE,
                ptr,
                "The OTP button has no `otp_type`. Set COPY_CODE, ONE_TAP or ZERO_TAP.",
            );
        }
        return;
    };
    match otp_type.as_str() {
        "COPY_CODE" => {}
        "ONE_TAP" | "ZERO_TAP" => {
            check_apps(ctx, obj, ptr, &otp_type);
            if otp_type == "ZERO_TAP" {
                let tptr = at(ptr, "zero_tap_terms_accepted");
                match obj.get("zero_tap_terms_accepted") {
                    Some(Value::Bool(true)) => {}
                    None | Some(Value::Null) => ctx.emit(
                        &table::AUTH_ZERO_TAP_TERMS,
                        ptr,
                        "ZERO_TAP buttons need \"zero_tap_terms_accepted\": true (you accept \
                         Meta's zero-tap terms). Add it.",
                    ),
                    Some(_) => ctx.emit(
                        &table::AUTH_ZERO_TAP_TERMS,
                        &tptr,
                        "`zero_tap_terms_accepted` must be true for ZERO_TAP buttons.",
                    ),
                }
            }
        }
        other => ctx.emit(
            &table::AUTH_OTP_TYPE,
            &otp_ptr,
            format!("Unknown otp_type \"{other}\". Use COPY_CODE, ONE_TAP or ZERO_TAP."),
        ),
    }
}

fn check_apps(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str, otp_type: &str) {
    let apps_ptr = at(ptr, "supported_apps");
    match obj.get("supported_apps") {
        None | Some(Value::Null) => {
            if obj.contains_key("package_name") && obj.contains_key("signature_hash") {
                ctx.emit(
                    &table::AUTH_LEGACY_APP_FIELDS,
                    ptr,
                    "`package_name` and `signature_hash` on the button work only up to Graph API \
                     v20.0. Move them into \"supported_apps\": [{\"package_name\": …, \
                     \"signature_hash\": …}].",
                );
                check_app(ctx, obj, ptr);
            } else {
                ctx.emit(
                    &table::AUTH_SUPPORTED_APPS,
                    ptr,
                    format!(
                        "{otp_type} buttons need `supported_apps` with your Android app's \
                         package_name and signature_hash. Add it."
                    ),
                );
            }
        }
        Some(Value::Array(apps)) => {
            if apps.is_empty() {
                ctx.emit(
                    &table::AUTH_SUPPORTED_APPS,
                    &apps_ptr,
                    "`supported_apps` is empty. Add at least one app (package_name, signature_hash).",
                );
            } else if apps.len() > SUPPORTED_APPS_MAX {
                ctx.emit(
                    &table::AUTH_SUPPORTED_APPS,
                    &at_index(&apps_ptr, SUPPORTED_APPS_MAX),
                    format!(
                        "`supported_apps` lists {} apps; the limit is {SUPPORTED_APPS_MAX}. Remove {}.",
                        apps.len(),
                        apps.len() - SUPPORTED_APPS_MAX
                    ),
                );
            }
            for (k, app) in apps.iter().enumerate() {
                let app_ptr = at_index(&apps_ptr, k);
                match app.as_object() {
                    Some(a) => check_app(ctx, a, &app_ptr),
                    None => ctx.emit(
                        &table::FIELD_TYPE,
                        &app_ptr,
                        format!(
                            "Each supported app is an object with package_name and \
                             signature_hash, not {}.",
                            type_name(app)
                        ),
                    ),
                }
            }
        }
        Some(other) => ctx.emit(
            &table::FIELD_TYPE,
            &apps_ptr,
            format!(
                "`supported_apps` must be an array, not {}.",
                type_name(other)
            ),
        ),
    }
}

fn check_app(ctx: &mut Ctx, app: &Map<String, Value>, ptr: &str) {
    match opt_str(ctx, app, ptr, "package_name") {
        None if app.get("package_name").is_none_or(Value::is_null) => ctx.emit(
            &table::AUTH_PACKAGE_NAME,
            ptr,
            "The app has no `package_name`. Add your Android package, e.g. \"com.example.app\".",
        ),
        Some(name) if !valid_package_name(name) => {
            let name = quote(name);
            ctx.emit(
                &table::AUTH_PACKAGE_NAME,
                &at(ptr, "package_name"),
                format!(
                "\"{name}\" is not a valid Android package name: at most 224 characters, two or \
                 more dot-separated parts, each starting with a letter, using letters, digits and \
                 underscores (e.g. \"com.example.app\")."
            ),
            );
        }
        _ => {}
    }
    match opt_str(ctx, app, ptr, "signature_hash") {
        None if app.get("signature_hash").is_none_or(Value::is_null) => ctx.emit(
            &table::AUTH_SIGNATURE_HASH,
            ptr,
            "The app has no `signature_hash`. Add your app's 11-character signing key hash.",
        ),
        None => {}
        Some(raw) => {
            // Meta's own OpenAPI example writes the hash URL-encoded ("K8a%2FAINcGX7").
            let hash = percent_decode_base64(raw);
            let ok = hash.chars().count() == SIGNATURE_HASH_LEN
                && hash
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='));
            if !ok {
                ctx.emit(
                    &table::AUTH_SIGNATURE_HASH,
                    &at(ptr, "signature_hash"),
                    format!(
                        "The signature hash is {} characters; it must be exactly 11 characters \
                         of A-Z, a-z, 0-9, +, / or =.",
                        hash.chars().count()
                    ),
                );
            }
        }
    }
}

/// `s` with the percent-encoded base64 symbols `%2B`, `%2F` and `%3D` (any case) decoded.
fn percent_decode_base64(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('%') {
        out.push_str(rest.get(..pos).unwrap_or(""));
        let code = rest.get(pos + 1..pos + 3).map(str::to_ascii_uppercase);
        let decoded = match code.as_deref() {
            Some("2B") => Some('+'),
            Some("2F") => Some('/'),
            Some("3D") => Some('='),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = rest.get(pos + 3..).unwrap_or("");
            }
            None => {
                out.push('%');
                rest = rest.get(pos + 1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// `package_name`: ≤224 characters, ≥2 dot-separated segments, each starting with a letter,
/// made of `[A-Za-z0-9_]`.
pub(crate) fn valid_package_name(name: &str) -> bool {
    if name.is_empty() || name.chars().count() > PACKAGE_NAME_MAX {
        return false;
    }
    let segments: Vec<&str> = name.split('.').collect();
    segments.len() >= 2
        && segments.iter().all(|s| {
            s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_encoded_signature_hash_symbols_are_decoded() {
        assert_eq!(percent_decode_base64("K8a%2FAINcGX7"), "K8a/AINcGX7");
        assert_eq!(percent_decode_base64("ab%2bc%3d"), "ab+c=");
        assert_eq!(percent_decode_base64("100%"), "100%");
        assert_eq!(percent_decode_base64("%é%2"), "%é%2");
    }

    #[test]
    fn package_names() {
        assert!(valid_package_name("com.example.app"));
        assert!(valid_package_name("a.b"));
        assert!(!valid_package_name("com"));
        assert!(!valid_package_name("com.1app"));
        assert!(!valid_package_name("com..app"));
        assert!(!valid_package_name("com.exa-mple"));
        let at_limit = format!("a.{}", "b".repeat(222));
        assert!(valid_package_name(&at_limit));
        let over = format!("a.{}", "b".repeat(223));
        assert!(!valid_package_name(&over));
    }
}
