//! Catalog and multi-product (MPM) templates (Meta: M-catalog, M-mpm): MARKETING only (checked
//! with the buttons), an MPM template has a TEXT header, a catalog template has no header in
//! Meta's syntax.

use super::context::{at, Ctx};
use super::structure::{Kind, Template};
use super::table;
use crate::limits::HEADER_TEXT;
use crate::tr;
use serde_json::Value;

/// Checks what an MPM or CATALOG button implies for the rest of the template.
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let Some(buttons) = tpl.first(Kind::Buttons) else {
        return;
    };
    let Some(list) = buttons.obj.get("buttons").and_then(Value::as_array) else {
        return;
    };
    let kinds: Vec<String> = list
        .iter()
        .filter_map(|b| b.get("type").and_then(Value::as_str))
        .map(|t| t.trim().to_ascii_uppercase())
        .collect();
    let Some(header) = tpl.first(Kind::Header) else {
        if kinds.iter().any(|k| k == "MPM") {
            ctx.emit(
                &table::MPM_HEADER_MISSING,
                "/components",
                tr!(ctx.locale,
                    en: "A multi-product template needs a TEXT header (up to {HEADER_TEXT} \
                         characters, e.g. \"Forget something, {{{{1}}}}?\"). Add one.",
                    it: "Un template multi-prodotto richiede un'intestazione TEXT (fino a \
                         {HEADER_TEXT} caratteri, ad esempio \"Dimenticato qualcosa, \
                         {{{{1}}}}?\"). Aggiungila."),
            );
        }
        return;
    };
    let format = header
        .obj
        .get("format")
        .and_then(Value::as_str)
        .map(|f| f.trim().to_ascii_uppercase());
    if kinds.iter().any(|k| k == "MPM") {
        if let Some(f) = format.filter(|f| f != "TEXT") {
            ctx.emit(
                &table::MPM_HEADER_FORMAT,
                &at(&header.pointer, "format"),
                tr!(ctx.locale,
                    en: "A multi-product template's header is TEXT (up to {HEADER_TEXT} \
                         characters), not {f}. The products supply the images.",
                    it: "L'intestazione di un template multi-prodotto è TEXT (fino a \
                         {HEADER_TEXT} caratteri), non {f}. Le immagini arrivano dai prodotti."),
            );
        }
    } else if kinds.iter().any(|k| k == "CATALOG") {
        ctx.emit(
            &table::CATALOG_HEADER,
            &header.pointer,
            tr!(ctx.locale,
                en: "Catalog templates show the catalog's thumbnail; Meta's catalog syntax has a \
                     body, an optional footer and the CATALOG button, but no header. Remove it \
                     to be safe.",
                it: "I template catalogo mostrano la miniatura del catalogo; la sintassi di Meta \
                     per il catalogo prevede un corpo, un piè di pagina facoltativo e il \
                     pulsante CATALOG, ma nessuna intestazione. Per sicurezza rimuovila."),
        );
    }
}
