//! Buttons (reference 1.6, 2.3): the list (total and per-type counts, quick-reply grouping,
//! category restrictions) and each button (label, URL, phone number, copy code, flow).
//!
//! Carousel cards reuse [`check_each`] for their buttons; AUTHENTICATION buttons are the
//! authentication module's, because there the only allowed button is one OTP button.

use super::context::{at, at_index, check_length, opt_str, opt_upper, quote, type_name, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use crate::placeholders::{scan, PlaceholderKey};
use crate::text::{char_count, thousands};
use serde_json::{Map, Value};

/// Button label limit (characters).
pub(crate) const LABEL_MAX: usize = 25;
/// URL limit (characters).
pub(crate) const URL_MAX: usize = 2000;
/// Phone number limit (characters).
pub(crate) const PHONE_MAX: usize = 20;
/// COPY_CODE example limit (characters) per Meta's current components page.
pub(crate) const COPY_CODE_MAX: usize = 20;
/// COPY_CODE limit in older Meta pages, SDKs and limited-time offers.
pub(crate) const COPY_CODE_OLD_MAX: usize = 15;
/// Buttons per template.
pub(crate) const BUTTONS_MAX: usize = 10;

const KNOWN_TYPES: &[&str] = &[
    "QUICK_REPLY",
    "URL",
    "PHONE_NUMBER",
    "COPY_CODE",
    "OTP",
    "FLOW",
    "VOICE_CALL",
    "MPM",
    "CATALOG",
    "SPM",
];

/// Types whose label (`text`) is required.
const LABELLED: &[&str] = &[
    "QUICK_REPLY",
    "URL",
    "PHONE_NUMBER",
    "FLOW",
    "VOICE_CALL",
    "MPM",
    "CATALOG",
];

/// Where a button list sits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scope {
    /// In a limited-time-offer template (copy code limit 15).
    pub lto: bool,
}

/// One button whose type was understood.
#[derive(Debug)]
pub(crate) struct Typed {
    pub index: usize,
    pub pointer: String,
    pub kind: String,
}

/// Checks the template's BUTTONS component (not for AUTHENTICATION templates).
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let Some(c) = tpl.first(Kind::Buttons) else {
        return;
    };
    if tpl.is(Category::Authentication) {
        return;
    }
    let Some(list) = button_list(ctx, c.obj, &c.pointer) else {
        return;
    };
    let list_ptr = at(&c.pointer, "buttons");
    let scope = Scope {
        lto: tpl.first(Kind::LimitedTimeOffer).is_some(),
    };
    let typed = check_each(ctx, tpl, list, &list_ptr, scope);
    if list.len() > BUTTONS_MAX {
        ctx.emit(
            &table::BUTTONS_COUNT,
            &at_index(&list_ptr, BUTTONS_MAX),
            format!(
                "The template has {} buttons; the limit is {BUTTONS_MAX}. Remove {}.",
                thousands(list.len()),
                thousands(list.len() - BUTTONS_MAX)
            ),
        );
    }
    check_type_counts(ctx, &typed);
    check_grouping(ctx, &typed);
    check_catalog_alone(ctx, &typed);
}

/// Reads the `buttons` array of a BUTTONS component, reporting a missing, mistyped or empty list.
pub(crate) fn button_list<'a>(
    ctx: &mut Ctx,
    obj: &'a Map<String, Value>,
    comp_ptr: &str,
) -> Option<&'a Vec<Value>> {
    let list_ptr = at(comp_ptr, "buttons");
    match obj.get("buttons") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::BUTTONS_MISSING,
                comp_ptr,
                "The BUTTONS component has no `buttons` array. Add the buttons, or remove the \
                 component.",
            );
            None
        }
        Some(Value::Array(list)) if list.is_empty() => {
            ctx.emit(
                &table::BUTTONS_EMPTY,
                &list_ptr,
                "`buttons` is empty. Add at least one button, or remove the component.",
            );
            None
        }
        Some(Value::Array(list)) => Some(list),
        Some(other) => {
            ctx.emit(
                &table::FIELD_TYPE,
                &list_ptr,
                format!("`buttons` must be an array, not {}.", type_name(other)),
            );
            None
        }
    }
}

/// Checks every button of a list on its own; returns the buttons whose type is known.
pub(crate) fn check_each(
    ctx: &mut Ctx,
    tpl: &Template,
    list: &[Value],
    list_ptr: &str,
    scope: Scope,
) -> Vec<Typed> {
    let mut typed = Vec::new();
    for (j, value) in list.iter().enumerate() {
        let ptr = at_index(list_ptr, j);
        let Some(obj) = value.as_object() else {
            ctx.emit(
                &table::FIELD_TYPE,
                &ptr,
                format!(
                    "Button {} must be an object with a `type`, not {}.",
                    j + 1,
                    type_name(value)
                ),
            );
            continue;
        };
        let Some(kind) = opt_upper(ctx, obj, &ptr, "type") else {
            if obj.get("type").is_none_or(Value::is_null) {
                ctx.emit(
                    &table::BUTTON_TYPE_MISSING,
                    &ptr,
                    format!(
                        "Button {} has no `type`. Set QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE…",
                        j + 1
                    ),
                );
            }
            continue;
        };
        if !KNOWN_TYPES.contains(&kind.as_str()) {
            ctx.emit(
                &table::BUTTON_TYPE_UNKNOWN,
                &at(&ptr, "type"),
                format!(
                    "Unknown button type \"{kind}\". Use QUICK_REPLY, URL, PHONE_NUMBER, \
                     COPY_CODE, FLOW, VOICE_CALL, MPM or CATALOG."
                ),
            );
            continue;
        }
        check_button(ctx, tpl, obj, &ptr, &kind, scope);
        typed.push(Typed {
            index: j,
            pointer: ptr,
            kind,
        });
    }
    typed
}

fn check_button(
    ctx: &mut Ctx,
    tpl: &Template,
    obj: &Map<String, Value>,
    ptr: &str,
    kind: &str,
    scope: Scope,
) {
    if kind == "OTP" {
        if tpl.category.is_some() && !tpl.is(Category::Authentication) {
            ctx.emit(
                &table::BUTTON_OTP_CATEGORY,
                ptr,
                "OTP buttons are allowed only in AUTHENTICATION templates. Remove it, or make \
                 this a separate AUTHENTICATION template.",
            );
        }
        return;
    }
    check_label(ctx, obj, ptr, LABELLED.contains(&kind));
    match kind {
        "URL" => check_url(ctx, obj, ptr),
        "PHONE_NUMBER" => check_phone(ctx, obj, ptr),
        "COPY_CODE" => check_copy_code(ctx, tpl, obj, ptr, scope),
        "FLOW" => {
            let has_target = ["flow_id", "flow_name", "flow_json"]
                .iter()
                .any(|k| obj.get(*k).is_some_and(|v| !v.is_null()));
            if !has_target {
                ctx.emit(
                    &table::BUTTON_FLOW_TARGET_MISSING,
                    ptr,
                    "The FLOW button names no flow. Add `flow_id` (or `flow_name`, or `flow_json`).",
                );
            }
        }
        "MPM" | "CATALOG" if tpl.category.is_some() && !tpl.is(Category::Marketing) => {
            ctx.emit(
                &table::BUTTON_CATALOG_CATEGORY,
                ptr,
                format!(
                    "{kind} buttons are allowed only in MARKETING templates. Change the category \
                     to MARKETING or remove the button."
                ),
            );
        }
        _ => {}
    }
}

/// Checks a button label (`text`).
pub(crate) fn check_label(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str, required: bool) {
    let text_ptr = at(ptr, "text");
    let Some(text) = opt_str(ctx, obj, ptr, "text") else {
        if required && obj.get("text").is_none_or(Value::is_null) {
            ctx.emit(
                &table::BUTTON_TEXT_MISSING,
                ptr,
                "The button has no `text`. Add a label of up to 25 characters.",
            );
        }
        return;
    };
    if text.trim().is_empty() {
        ctx.emit(
            &table::BUTTON_TEXT_EMPTY,
            &text_ptr,
            "The button label is empty. Write up to 25 characters.",
        );
        return;
    }
    check_length(
        ctx,
        &table::BUTTON_TEXT_LENGTH,
        &text_ptr,
        "The button label",
        text,
        LABEL_MAX,
    );
    if !scan(text).is_empty() {
        ctx.emit(
            &table::BUTTON_TEXT_VARIABLE,
            &text_ptr,
            "The button label contains a variable; labels are fixed text. Write the label out.",
        );
    }
}

/// Checks a URL button's `url` and `example`.
pub(crate) fn check_url(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str) {
    let url_ptr = at(ptr, "url");
    let Some(url) = opt_str(ctx, obj, ptr, "url") else {
        if obj.get("url").is_none_or(Value::is_null) {
            ctx.emit(
                &table::BUTTON_URL_MISSING,
                ptr,
                "The URL button has no `url`. Add the web address (https://…).",
            );
        }
        return;
    };
    check_length(
        ctx,
        &table::BUTTON_URL_LENGTH,
        &url_ptr,
        "The URL",
        url,
        URL_MAX,
    );
    let vars = scan(url);
    let trimmed_len = url.trim_end().len();
    let malformed: Vec<&str> = vars
        .iter()
        .filter_map(|p| match &p.key {
            PlaceholderKey::Malformed(raw) => Some(raw.as_str()),
            _ => None,
        })
        .collect();
    if let Some(raw) = malformed.first() {
        ctx.emit(
            &table::VARIABLE_MALFORMED,
            &url_ptr,
            format!(
                "The URL contains \"{}\"{}, which is not a valid variable. Write {{{{1}}}} at the \
                 end of the URL.",
                quote(raw),
                if malformed.len() > 1 {
                    format!(" and {} more", thousands(malformed.len() - 1))
                } else {
                    String::new()
                }
            ),
        );
    }
    if vars.len() > 1 {
        ctx.emit(
            &table::BUTTON_URL_VARIABLE_COUNT,
            &url_ptr,
            format!(
                "The URL has {} variables; the limit is 1, at the very end. Remove {}.",
                vars.len(),
                vars.len() - 1
            ),
        );
    }
    let scheme_len = ["https://", "http://"]
        .iter()
        .find(|s| {
            url.len() >= s.len()
                && url
                    .get(..s.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(s))
        })
        .map(|s| s.len());
    let host_end = scheme_len.map(|start| {
        url.get(start..)
            .and_then(|rest| rest.find(['/', '?', '#']).map(|i| i + start))
            .unwrap_or(url.len())
    });
    let mut in_host = false;
    if let (Some(start), Some(end)) = (scheme_len, host_end) {
        in_host = vars
            .iter()
            .any(|p| p.span.start < end && p.span.end > start);
        if in_host {
            ctx.emit(
                &table::BUTTON_URL_VARIABLE_IN_HOST,
                &url_ptr,
                "The variable is in the domain of the URL. Only the end of the address may vary: \
                 write the fixed domain, e.g. https://example.com/track/{{1}}.",
            );
        }
    }
    if !in_host {
        match (scheme_len, host_end) {
            (Some(start), Some(end)) => {
                let host = url.get(start..end).unwrap_or("");
                if host.is_empty()
                    || !host.contains('.')
                    || url.trim().contains(char::is_whitespace)
                {
                    ctx.emit(
                        &table::BUTTON_URL_INVALID,
                        &url_ptr,
                        format!("\"{}\" is not a valid web address. Use a full address such as https://example.com/path.", quote(url)),
                    );
                }
            }
            _ => ctx.emit(
                &table::BUTTON_URL_INVALID,
                &url_ptr,
                format!(
                    "\"{}\" does not start with https:// or http://. Write the full address, e.g. \
                     https://example.com/path.",
                    quote(url)
                ),
            ),
        }
    }
    let good: Vec<_> = vars.iter().filter(|p| !p.key.is_malformed()).collect();
    if !good.is_empty() {
        if let Some(first_bad) = good.iter().find(|p| p.span.end != trimmed_len) {
            ctx.emit(
                &table::BUTTON_URL_VARIABLE_NOT_AT_END,
                &url_ptr,
                format!(
                    "The variable {} is not at the end of the URL. Only the end may vary: move \
                     it to the very end.",
                    quote(first_bad.raw(url))
                ),
            );
        }
        for p in &good {
            if p.key != PlaceholderKey::Positional(1) {
                ctx.emit(
                    &table::BUTTON_URL_VARIABLE_NUMBER,
                    &url_ptr,
                    format!(
                        "The URL variable is written {}; URL buttons take {{{{1}}}} (also in \
                         NAMED templates). Write {{{{1}}}}.",
                        quote(p.raw(url))
                    ),
                );
            }
        }
    }
    check_url_example(ctx, obj, ptr, !vars.is_empty());
}

fn check_url_example(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str, has_var: bool) {
    let ex_ptr = at(ptr, "example");
    let example = obj.get("example").filter(|v| !v.is_null());
    if !has_var {
        if example.is_some() {
            ctx.emit(
                &table::EXAMPLE_UNUSED,
                &ex_ptr,
                "The URL has no variable, so its `example` is not used. Remove it, or end the \
                 URL with {{1}}.",
            );
        }
        return;
    }
    let Some(example) = example else {
        ctx.emit(
            &table::BUTTON_URL_EXAMPLE_MISSING,
            ptr,
            "The URL has a variable but no example. Add \"example\": [\"<sample value>\"].",
        );
        return;
    };
    let values = match example {
        Value::Array(values) => values,
        Value::String(_) => {
            ctx.emit(
                &table::FIELD_TYPE,
                &ex_ptr,
                "The URL `example` must be an array holding one sample, e.g. [\"summer2023\"], \
                 not text.",
            );
            return;
        }
        other => {
            ctx.emit(
                &table::FIELD_TYPE,
                &ex_ptr,
                format!(
                    "The URL `example` must be an array holding one sample, not {}.",
                    type_name(other)
                ),
            );
            return;
        }
    };
    if values.len() != 1 {
        ctx.emit(
            &table::BUTTON_URL_EXAMPLE_COUNT,
            &ex_ptr,
            format!(
                "The URL example holds {} values; it takes exactly 1 (the sample for {{{{1}}}}).",
                values.len()
            ),
        );
    }
    if let Some(first) = values.first() {
        let vptr = at_index(&ex_ptr, 0);
        match first {
            Value::String(s) if s.trim().is_empty() => ctx.emit(
                &table::EXAMPLE_EMPTY,
                &vptr,
                "The URL example is empty. Give a sample value for {{1}}.",
            ),
            Value::String(s) => {
                let lower = s.to_ascii_lowercase();
                if lower.starts_with("http://") || lower.starts_with("https://") {
                    ctx.emit(
                        &table::BUTTON_URL_EXAMPLE_FORM,
                        &vptr,
                        "The URL example is a full address. Meta's components page passes only \
                         the value of {{1}}, its limited-time-offer page the full URL: Meta's \
                         pages disagree. Both are usually accepted.",
                    );
                }
            }
            other => ctx.emit(
                &table::FIELD_TYPE,
                &vptr,
                format!("The URL example must be text, not {}.", type_name(other)),
            ),
        }
    }
}

/// Checks a PHONE_NUMBER button's number.
pub(crate) fn check_phone(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str) {
    let num_ptr = at(ptr, "phone_number");
    let Some(number) = opt_str(ctx, obj, ptr, "phone_number") else {
        if obj.get("phone_number").is_none_or(Value::is_null) {
            ctx.emit(
                &table::BUTTON_PHONE_MISSING,
                ptr,
                "The PHONE_NUMBER button has no `phone_number`. Add the number with its country \
                 code, e.g. \"15550051310\".",
            );
        }
        return;
    };
    check_length(
        ctx,
        &table::BUTTON_PHONE_LENGTH,
        &num_ptr,
        "The phone number",
        number,
        PHONE_MAX,
    );
    let trimmed = number.trim();
    let digits = trimmed.chars().filter(char::is_ascii_digit).count();
    let allowed = trimmed.chars().enumerate().all(|(i, c)| {
        // Meta calls the field "alphanumeric": letters (1-800-FLOWERS) are let through.
        c.is_ascii_alphanumeric()
            || matches!(c, ' ' | '-' | '(' | ')' | '.')
            || (c == '+' && i == 0)
    });
    if !allowed || digits == 0 || !scan(number).is_empty() {
        ctx.emit(
            &table::BUTTON_PHONE_FORMAT,
            &num_ptr,
            format!(
                "\"{}\" is not a phone number. Write the number with its country code, e.g. \
                 \"+15550051310\" (digits, no variables or symbols).",
                quote(number)
            ),
        );
    }
}

fn check_copy_code(
    ctx: &mut Ctx,
    tpl: &Template,
    obj: &Map<String, Value>,
    ptr: &str,
    scope: Scope,
) {
    if tpl.is(Category::Utility) {
        ctx.emit(
            &table::BUTTON_COPY_CODE_UTILITY,
            ptr,
            "A provider (Gupshup) says UTILITY templates cannot use COPY_CODE; no Meta page says \
             so: sources disagree. Consider MARKETING for coupon codes.",
        );
    }
    let ex_ptr = at(ptr, "example");
    let (code, code_ptr) = match obj.get("example") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::BUTTON_COPY_CODE_EXAMPLE_MISSING,
                ptr,
                "The COPY_CODE button has no `example`. Add a sample code, e.g. \"example\": \"250FF\".",
            );
            return;
        }
        Some(Value::String(s)) => (s.as_str(), ex_ptr),
        Some(Value::Array(a)) => match a.first() {
            Some(Value::String(s)) => (s.as_str(), at_index(&ex_ptr, 0)),
            _ => {
                ctx.emit(
                    &table::BUTTON_COPY_CODE_EXAMPLE_MISSING,
                    &ex_ptr,
                    "The COPY_CODE `example` holds no code. Write it as text, e.g. \"250FF\".",
                );
                return;
            }
        },
        Some(other) => {
            ctx.emit(
                &table::FIELD_TYPE,
                &ex_ptr,
                format!(
                    "The COPY_CODE `example` must be text, not {}.",
                    type_name(other)
                ),
            );
            return;
        }
    };
    if code.trim().is_empty() {
        ctx.emit(
            &table::EXAMPLE_EMPTY,
            &code_ptr,
            "The COPY_CODE example is empty. Give a sample code.",
        );
        return;
    }
    let n = char_count(code);
    let limit = if scope.lto {
        COPY_CODE_OLD_MAX
    } else {
        COPY_CODE_MAX
    };
    if n > limit {
        ctx.emit(
            &table::BUTTON_COPY_CODE_EXAMPLE_LENGTH,
            &code_ptr,
            format!(
                "The {} code is {n} characters; the limit is {limit}. Remove {}.",
                if scope.lto {
                    "limited-time-offer"
                } else {
                    "COPY_CODE"
                },
                n - limit
            ),
        );
    } else if n > COPY_CODE_OLD_MAX {
        ctx.emit(
            &table::BUTTON_COPY_CODE_EXAMPLE_UNCERTAIN,
            &code_ptr,
            format!(
                "The code is {n} characters. Meta's components page raised the limit from 15 to \
                 20 in June 2026, but SDKs and the send side still use 15: sources disagree. Keep \
                 it to 15 to be safe."
            ),
        );
    }
}

fn check_type_counts(ctx: &mut Ctx, typed: &[Typed]) {
    let limits: &[(&str, usize, bool)] = &[
        ("URL", 2, true),
        ("PHONE_NUMBER", 1, true),
        ("COPY_CODE", 1, true),
        ("MPM", 1, true),
        ("CATALOG", 1, true),
        ("SPM", 1, true),
        ("VOICE_CALL", 1, false),
        ("FLOW", 1, false),
    ];
    for &(kind, max, certain) in limits {
        let of_kind: Vec<&Typed> = typed.iter().filter(|b| b.kind == kind).collect();
        if let Some(extra) = of_kind.get(max) {
            let n = of_kind.len();
            if certain {
                ctx.emit(
                    &table::BUTTONS_TYPE_COUNT,
                    &extra.pointer,
                    format!(
                        "The template has {n} {kind} buttons; the limit is {max}. Remove {}.",
                        n - max
                    ),
                );
            } else {
                ctx.emit(
                    &table::BUTTONS_TYPE_COUNT_UNCERTAIN,
                    &extra.pointer,
                    format!(
                        "The template has {n} {kind} buttons. No Meta page states a limit; an SDK \
                         or provider says {max}: sources disagree. Keep {max} to be safe."
                    ),
                );
            }
        }
    }
}

fn check_grouping(ctx: &mut Ctx, typed: &[Typed]) {
    let mut runs = 0;
    let mut previous: Option<bool> = None;
    for b in typed {
        let qr = b.kind == "QUICK_REPLY";
        if previous != Some(qr) {
            runs += 1;
            previous = Some(qr);
            if runs == 3 {
                ctx.emit(
                    &table::BUTTONS_GROUPING,
                    &b.pointer,
                    format!(
                        "Button {} breaks the grouping: quick replies and other buttons must each \
                         stay together (e.g. QR, QR, URL, PHONE or URL, QR, QR). Move it next to \
                         the other {}.",
                        b.index + 1,
                        if qr {
                            "quick replies"
                        } else {
                            "call-to-action buttons"
                        }
                    ),
                );
                return;
            }
        }
    }
}

fn check_catalog_alone(ctx: &mut Ctx, typed: &[Typed]) {
    let Some(catalog) = typed
        .iter()
        .find(|b| b.kind == "MPM" || b.kind == "CATALOG")
    else {
        return;
    };
    if let Some(other) = typed
        .iter()
        .find(|b| b.kind != "MPM" && b.kind != "CATALOG")
    {
        ctx.emit(
            &table::BUTTON_CATALOG_NOT_ALONE,
            &other.pointer,
            format!(
                "Providers say {} templates have only their {} button; Meta's syntax shows no \
                 other buttons. Remove this one to be safe.",
                catalog.kind, catalog.kind
            ),
        );
    }
}
