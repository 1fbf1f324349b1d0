//! The FOOTER component (reference 1.6, 2.1, 2.4): text only, 60 characters, no variables.

use super::context::{at, check_length, opt_str, quote, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use crate::placeholders::scan;
use crate::text::emoji_count;
use serde_json::Value;

/// Checks the template's footer, if any (AUTHENTICATION footers are the authentication module's).
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let Some(c) = tpl.first(Kind::Footer) else {
        return;
    };
    if tpl.is(Category::Authentication) {
        return;
    }
    let text_ptr = at(&c.pointer, "text");
    let Some(text) = opt_str(ctx, c.obj, &c.pointer, "text") else {
        if c.obj.get("text").is_none_or(Value::is_null) {
            ctx.emit(
                &table::FOOTER_TEXT_MISSING,
                &c.pointer,
                "The footer has no `text`. Add up to 60 characters, or remove the footer.",
            );
        }
        return;
    };
    if text.trim().is_empty() {
        ctx.emit(
            &table::FOOTER_EMPTY,
            &text_ptr,
            "The footer text is empty. Write up to 60 characters, or remove the footer.",
        );
        return;
    }
    check_length(
        ctx,
        &table::FOOTER_LENGTH,
        &text_ptr,
        "Footer text",
        text,
        60,
    );
    let vars = scan(text);
    if !vars.is_empty() {
        let shown: Vec<String> = vars.iter().take(5).map(|p| quote(p.raw(text))).collect();
        ctx.emit(
            &table::FOOTER_VARIABLE,
            &text_ptr,
            format!(
                "The footer contains {} ({}); footers cannot have variables. Move the variable to \
                 the body or write the text out.",
                if vars.len() == 1 {
                    "a variable".to_string()
                } else {
                    format!("{} variables", vars.len())
                },
                shown.join(", ")
            ),
        );
    }
    let emoji = emoji_count(text);
    let newline = text.contains('\n') || text.contains('\r');
    if emoji > 0 || newline {
        let what = match (emoji > 0, newline) {
            (true, true) => "emoji and a line break",
            (true, false) => "emoji",
            _ => "a line break",
        };
        ctx.emit(
            &table::FOOTER_STYLE,
            &text_ptr,
            format!(
                "The footer contains {what}. Meta's older guidelines say footers take neither; \
                 remove them to avoid a rejection."
            ),
        );
    }
}
