//! The FOOTER component (Meta: M-components): text only, 60 characters, no variables.

use super::context::{at, check_length, quote, required_text, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use crate::limits::{LimitedText, FOOTER};
use crate::placeholders::scan;
use crate::text::emoji_count;
use crate::{tr, Locale};

/// Checks the template's footer, if any (AUTHENTICATION footers are the authentication module's).
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let Some(c) = tpl.first(Kind::Footer) else {
        return;
    };
    if tpl.is(Category::Authentication) {
        return;
    }
    let text_ptr = at(&c.pointer, "text");
    let Some(text) = required_text(
        ctx,
        c.obj,
        &c.pointer,
        (&table::FOOTER_TEXT_MISSING, |locale| {
            tr!(locale,
                en: "The footer has no `text`. Add up to {FOOTER} characters, or remove the \
                     footer.",
                it: "Il piè di pagina non ha `text`. Aggiungi fino a {FOOTER} caratteri o \
                     rimuovi il piè di pagina.")
        }),
        (&table::FOOTER_EMPTY, |locale| {
            tr!(locale,
                en: "The footer text is empty. Write up to {FOOTER} characters, or remove the \
                     footer.",
                it: "Il testo del piè di pagina è vuoto. Scrivi fino a {FOOTER} caratteri o \
                     rimuovi il piè di pagina.")
        }),
    ) else {
        return;
    };
    let what = tr!(ctx.locale, en: "Footer text", it: "Il testo del piè di pagina");
    check_length(ctx, LimitedText::Footer, &text_ptr, &what, text);
    let vars = scan(text);
    if !vars.is_empty() {
        let shown: Vec<String> = vars.iter().take(5).map(|p| quote(p.raw(text))).collect();
        ctx.emit(
            &table::FOOTER_VARIABLE,
            &text_ptr,
            tr!(ctx.locale,
                en: "The footer contains {} ({}); footers cannot have variables. Move the \
                     variable to the body or write the text out.",
                it: "Il piè di pagina contiene {} ({}); il piè di pagina non può avere variabili. \
                     Sposta la variabile nel corpo o scrivi il testo per esteso.",
                match (ctx.locale, vars.len()) {
                    (Locale::En, 1) => "a variable".to_string(),
                    (Locale::En, n) => format!("{n} variables"),
                    (Locale::It, 1) => "una variabile".to_string(),
                    (Locale::It, n) => format!("{n} variabili"),
                },
                shown.join(", ")),
        );
    }
    let emoji = emoji_count(text);
    let newline = text.contains('\n') || text.contains('\r');
    if emoji > 0 || newline {
        let what = match (ctx.locale, emoji > 0, newline) {
            (Locale::En, true, true) => "emoji and a line break",
            (Locale::En, true, false) => "emoji",
            (Locale::En, _, _) => "a line break",
            (Locale::It, true, true) => "emoji e un a capo",
            (Locale::It, true, false) => "emoji",
            (Locale::It, _, _) => "un a capo",
        };
        ctx.emit(
            &table::FOOTER_STYLE,
            &text_ptr,
            tr!(ctx.locale,
                en: "The footer contains {what}. Meta's older guidelines say footers take \
                     neither; remove them to avoid a rejection.",
                it: "Il piè di pagina contiene {what}. Le linee guida meno recenti di Meta non \
                     ammettono né emoji né a capo nel piè di pagina: rimuovili per evitare un \
                     rifiuto."),
        );
    }
}
