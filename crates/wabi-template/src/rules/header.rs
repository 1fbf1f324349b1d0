//! The HEADER component (Meta: M-components): format, text length, one variable, no
//! formatting characters, media samples, location only where allowed.

use super::context::{at, check_length, opt_upper, required_text, Ctx};
use super::examples::{self, Role};
use super::structure::{Category, Component, Kind, Template};
use super::table;
use super::variables;
use crate::limits::{LimitedText, HEADER_TEXT};
use crate::text::{emoji_count, strip_placeholders};
use crate::tr;
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
                tr!(ctx.locale,
                    en: "The header has no `format`. Set it to TEXT, IMAGE, VIDEO, DOCUMENT or \
                         LOCATION.",
                    it: "L'intestazione non ha `format`. Impostalo su TEXT, IMAGE, VIDEO, \
                         DOCUMENT o LOCATION."),
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
                tr!(ctx.locale,
                    en: "GIF headers are sent only through the Marketing Messages API and only \
                         in MARKETING templates (an MP4 of at most 3.5 MB). Use IMAGE or VIDEO \
                         for the Cloud API.",
                    it: "Le intestazioni GIF si inviano solo tramite la Marketing Messages API e \
                         solo nei template MARKETING (un MP4 di al massimo 3,5 MB). Per la Cloud \
                         API usa IMAGE o VIDEO."),
            );
            check_media_sample(ctx, c, &format);
        }
        "LOCATION" | "PRODUCT" => {}
        other => ctx.emit(
            &table::HEADER_FORMAT_UNKNOWN,
            &at(&c.pointer, "format"),
            tr!(ctx.locale,
                en: "Unknown header format \"{other}\". Use TEXT, IMAGE, VIDEO, DOCUMENT or \
                     LOCATION.",
                it: "Formato di intestazione sconosciuto \"{other}\". Usa TEXT, IMAGE, VIDEO, \
                     DOCUMENT o LOCATION."),
        ),
    }
}

/// Checks that a media header has a sample handle (`example.header_handle`).
pub(crate) fn check_media_sample(ctx: &mut Ctx, c: &Component, format: &str) {
    let sample = match (ctx.locale, format) {
        (crate::Locale::En, _) => format.to_ascii_lowercase(),
        (crate::Locale::It, "IMAGE") => "un'immagine di esempio".to_string(),
        (crate::Locale::It, "VIDEO") => "un video di esempio".to_string(),
        (crate::Locale::It, "DOCUMENT") => "un documento di esempio".to_string(),
        (crate::Locale::It, other) => format!("un file {other} di esempio"),
    };
    let fix = tr!(ctx.locale,
        en: "Upload a sample {sample} with the Resumable Upload API and put its handle in \
             \"example\": {{\"header_handle\": [\"4::…\"]}}.",
        it: "Carica {sample} con la Resumable Upload API e inserisci il suo handle in \
             \"example\": {{\"header_handle\": [\"4::…\"]}}.");
    let ex_ptr = at(&c.pointer, "example");
    let Some(example) = c.obj.get("example").filter(|v| !v.is_null()) else {
        ctx.emit(
            &table::HEADER_MEDIA_EXAMPLE_MISSING,
            &c.pointer,
            tr!(ctx.locale,
                en: "The {format} header has no sample. {fix}",
                it: "L'intestazione {format} non ha un esempio. {fix}"),
        );
        return;
    };
    let Some(ex) = example.as_object() else {
        ctx.emit(
            &table::FIELD_TYPE,
            &ex_ptr,
            tr!(ctx.locale,
                en: "`example` must be an object holding `header_handle`.",
                it: "`example` deve essere un oggetto che contiene `header_handle`."),
        );
        return;
    };
    match ex.get("header_handle") {
        None | Some(Value::Null) => ctx.emit(
            &table::HEADER_MEDIA_EXAMPLE_MISSING,
            &ex_ptr,
            tr!(ctx.locale,
                en: "The {format} header's example has no `header_handle`. {fix}",
                it: "L'esempio dell'intestazione {format} non ha `header_handle`. {fix}"),
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
                    tr!(ctx.locale,
                        en: "`header_handle` holds no usable handle. {fix}",
                        it: "`header_handle` non contiene un handle utilizzabile. {fix}"),
                );
            }
        }
        Some(Value::String(_)) => ctx.emit(
            &table::FIELD_TYPE,
            &at(&ex_ptr, "header_handle"),
            tr!(ctx.locale,
                en: "`header_handle` must be an array of handles, e.g. [\"4::aW…\"], not text.",
                it: "`header_handle` deve essere un array di handle, ad esempio [\"4::aW…\"], \
                     non un testo."),
        ),
        Some(_) => ctx.emit(
            &table::FIELD_TYPE,
            &at(&ex_ptr, "header_handle"),
            tr!(ctx.locale,
                en: "`header_handle` must be an array of handles, e.g. [\"4::aW…\"].",
                it: "`header_handle` deve essere un array di handle, ad esempio \
                     [\"4::aW…\"]."),
        ),
    }
}

fn check_text_header(ctx: &mut Ctx, tpl: &Template, c: &Component) {
    let text_ptr = at(&c.pointer, "text");
    let Some(text) = required_text(
        ctx,
        c.obj,
        &c.pointer,
        (&table::HEADER_TEXT_MISSING, |locale| {
            tr!(locale,
                en: "The TEXT header has no `text`. Add up to {HEADER_TEXT} characters, or \
                     remove the header.",
                it: "L'intestazione TEXT non ha `text`. Aggiungi fino a {HEADER_TEXT} caratteri o \
                     rimuovi l'intestazione.")
        }),
        (&table::HEADER_EMPTY, |locale| {
            tr!(locale,
                en: "The header text is empty. Write up to {HEADER_TEXT} characters, or remove \
                     the header.",
                it: "Il testo dell'intestazione è vuoto. Scrivi fino a {HEADER_TEXT} caratteri o \
                     rimuovi l'intestazione.")
        }),
    ) else {
        return;
    };
    let what = tr!(ctx.locale, en: "Header text", it: "Il testo dell'intestazione");
    check_length(ctx, LimitedText::HeaderText, &text_ptr, &what, text);
    let what = tr!(ctx.locale, en: "The header", it: "L'intestazione");
    let vars = variables::check_text(ctx, tpl, text, &text_ptr, &what);
    if vars.len() > 1 {
        ctx.emit(
            &table::HEADER_VARIABLE_COUNT,
            &text_ptr,
            tr!(ctx.locale,
                en: "The header has {} variables; the limit is 1. Remove {}.",
                it: "L'intestazione ha {} variabili; il limite è 1. Rimuovine {}.",
                vars.len(),
                vars.len() - 1),
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
            tr!(ctx.locale,
                en: "The header contains formatting characters ({}), which headers do not \
                     support. Remove them.",
                it: "L'intestazione contiene caratteri di formattazione ({}), che le \
                     intestazioni non supportano. Rimuovili.",
                shown.join(", ")),
        );
    }
    if text.contains('\n') || text.contains('\r') {
        ctx.emit(
            &table::HEADER_NEWLINE,
            &text_ptr,
            tr!(ctx.locale,
                en: "The header contains a line break. Header text is a single line; remove it.",
                it: "L'intestazione contiene un a capo. Il testo dell'intestazione sta su una \
                     sola riga: rimuovilo."),
        );
    }
    let emoji = emoji_count(text);
    if emoji > 0 {
        ctx.emit(
            &table::HEADER_EMOJI,
            &text_ptr,
            tr!(ctx.locale,
                en: "The header contains {emoji} emoji. Meta's older guidelines (and several \
                     providers) say headers take no emoji; move them to the body.",
                it: "L'intestazione contiene {emoji} emoji. Le linee guida meno recenti di Meta \
                     (e diversi provider) non ammettono emoji nelle intestazioni: spostale nel \
                     corpo."),
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
                tr!(ctx.locale,
                en: "The header {} with a variable. Meta states no such rule for headers, \
                     but a provider reports rejections: sources disagree. Add a word {} it \
                     to be safe.",
                it: "L'intestazione {} con una variabile. Meta non indica questa regola per \
                     le intestazioni, ma un provider segnala dei rifiuti: le fonti non \
                     concordano. Per sicurezza aggiungi una parola {}.",
                match (ctx.locale, at_start) {
                    (crate::Locale::En, true) => "starts",
                    (crate::Locale::En, false) => "ends",
                    (crate::Locale::It, true) => "inizia",
                    (crate::Locale::It, false) => "finisce",
                },
                match (ctx.locale, at_start) {
                    (crate::Locale::En, true) => "before",
                    (crate::Locale::En, false) => "after",
                    (crate::Locale::It, true) => "prima della variabile",
                    (crate::Locale::It, false) => "dopo la variabile",
                }),
            );
        }
    }
    examples::check_examples(ctx, c.obj, &c.pointer, &vars, Role::Header, &what);
}
