//! The HEADER component (reference 1.6, 2.1, 2.4): format, text length, one variable, no
//! formatting characters, media samples, location only where allowed.

use super::context::{at, check_length, opt_str, opt_upper, Ctx};
use super::examples::{self, Role};
use super::structure::{Category, Component, Kind, Template};
use super::table;
use super::variables;
use crate::text::{emoji_count, strip_placeholders};
use serde_json::Value;

/// Checks the template's header, if any (AUTHENTICATION headers are the authentication module's).
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let Some(c) = tpl.first(Kind::Header) else {
        return;
    };
    if tpl.is(Category::Authentication) {
        return;
    }
    let Some(format) = opt_upper(ctx, c.obj, &c.pointer, "format") else {
        if c.obj.get("format").is_none_or(Value::is_null) {
            ctx.emit(
                &table::HEADER_FORMAT_MISSING,
                &c.pointer,
                "The header has no `format`. Set it to TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION.",
            );
        }
        return;
    };
    match format.as_str() {
        "TEXT" => check_text_header(ctx, tpl, c),
        "IMAGE" | "VIDEO" | "DOCUMENT" => check_media_sample(ctx, c, &format),
        "GIF" => {
            ctx.emit(
                &table::HEADER_GIF,
                &at(&c.pointer, "format"),
                "GIF headers are sent only through the Marketing Messages API and only in \
                 MARKETING templates (an MP4 of at most 3.5 MB). Use IMAGE or VIDEO for the Cloud \
                 API.",
            );
            check_media_sample(ctx, c, &format);
        }
        "LOCATION" | "PRODUCT" => {}
        other => ctx.emit(
            &table::HEADER_FORMAT_UNKNOWN,
            &at(&c.pointer, "format"),
            format!(
                "Unknown header format \"{other}\". Use TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION."
            ),
        ),
    }
}

/// Checks that a media header has a sample handle (`example.header_handle`).
pub(crate) fn check_media_sample(ctx: &mut Ctx, c: &Component, format: &str) {
    let fix = format!(
        "Upload a sample {} with the Resumable Upload API and put its handle in \
         \"example\": {{\"header_handle\": [\"4::…\"]}}.",
        format.to_ascii_lowercase()
    );
    let ex_ptr = at(&c.pointer, "example");
    let Some(example) = c.obj.get("example").filter(|v| !v.is_null()) else {
        ctx.emit(
            &table::HEADER_MEDIA_EXAMPLE_MISSING,
            &c.pointer,
            format!("The {format} header has no sample. {fix}"),
        );
        return;
    };
    let Some(ex) = example.as_object() else {
        ctx.emit(
            &table::FIELD_TYPE,
            &ex_ptr,
            "`example` must be an object holding `header_handle`.",
        );
        return;
    };
    match ex.get("header_handle") {
        None | Some(Value::Null) => ctx.emit(
            &table::HEADER_MEDIA_EXAMPLE_MISSING,
            &ex_ptr,
            format!("The {format} header's example has no `header_handle`. {fix}"),
        ),
        Some(Value::Array(handles)) => {
            let ok = handles
                .first()
                .and_then(Value::as_str)
                .is_some_and(|s| !s.trim().is_empty());
            if !ok {
                ctx.emit(
                    &table::HEADER_MEDIA_EXAMPLE_MISSING,
                    &at(&ex_ptr, "header_handle"),
                    format!("`header_handle` holds no usable handle. {fix}"),
                );
            }
        }
        Some(Value::String(_)) => ctx.emit(
            &table::FIELD_TYPE,
            &at(&ex_ptr, "header_handle"),
            "`header_handle` must be an array of handles, e.g. [\"4::aW…\"], not text.",
        ),
        Some(_) => ctx.emit(
            &table::FIELD_TYPE,
            &at(&ex_ptr, "header_handle"),
            "`header_handle` must be an array of handles, e.g. [\"4::aW…\"].",
        ),
    }
}

fn check_text_header(ctx: &mut Ctx, tpl: &Template, c: &Component) {
    let text_ptr = at(&c.pointer, "text");
    let Some(text) = opt_str(ctx, c.obj, &c.pointer, "text") else {
        if c.obj.get("text").is_none_or(Value::is_null) {
            ctx.emit(
                &table::HEADER_TEXT_MISSING,
                &c.pointer,
                "The TEXT header has no `text`. Add up to 60 characters, or remove the header.",
            );
        }
        return;
    };
    if text.trim().is_empty() {
        ctx.emit(
            &table::HEADER_EMPTY,
            &text_ptr,
            "The header text is empty. Write up to 60 characters, or remove the header.",
        );
        return;
    }
    check_length(
        ctx,
        &table::HEADER_LENGTH,
        &text_ptr,
        "Header text",
        text,
        60,
    );
    let vars = variables::check_text(ctx, tpl, text, &text_ptr, "The header");
    if vars.len() > 1 {
        ctx.emit(
            &table::HEADER_VARIABLE_COUNT,
            &text_ptr,
            format!(
                "The header has {} variables; the limit is 1. Remove {}.",
                vars.len(),
                vars.len() - 1
            ),
        );
    }
    let fixed = strip_placeholders(text);
    let marks: Vec<char> = ['*', '_', '~', '`']
        .into_iter()
        .filter(|m| fixed.contains(*m))
        .collect();
    if !marks.is_empty() {
        let shown: Vec<String> = marks.iter().map(|m| format!("\"{m}\"")).collect();
        ctx.emit(
            &table::HEADER_MARKUP,
            &text_ptr,
            format!(
                "The header contains formatting characters ({}), which headers do not support. \
                 Remove them.",
                shown.join(", ")
            ),
        );
    }
    if text.contains('\n') || text.contains('\r') {
        ctx.emit(
            &table::HEADER_NEWLINE,
            &text_ptr,
            "The header contains a line break. Header text is a single line; remove it.",
        );
    }
    let emoji = emoji_count(text);
    if emoji > 0 {
        ctx.emit(
            &table::HEADER_EMOJI,
            &text_ptr,
            format!(
                "The header contains {emoji} emoji. Meta's older guidelines (and several \
                 providers) say headers take no emoji; move them to the body."
            ),
        );
    }
    if let (Some(first), Some(last)) = (vars.first(), vars.last()) {
        let at_start = text
            .get(..first.span.start)
            .is_some_and(|s| s.trim().is_empty());
        let at_end = text
            .get(last.span.end..)
            .is_some_and(|s| s.trim().is_empty());
        if at_start || at_end {
            ctx.emit(
                &table::HEADER_VARIABLE_AT_EDGE,
                &text_ptr,
                format!(
                    "The header {} with a variable. Meta states no such rule for headers, but a \
                     provider reports rejections: sources disagree. Add a word {} it to be safe.",
                    if at_start { "starts" } else { "ends" },
                    if at_start { "before" } else { "after" }
                ),
            );
        }
    }
    examples::check_examples(ctx, c.obj, &c.pointer, &vars, Role::Header, "The header");
}
