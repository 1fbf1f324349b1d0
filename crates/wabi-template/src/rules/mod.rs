//! The rule checker: every rule of WhatsApp's template creation (from Meta's pages listed in
//! `docs/sources.md`; every rule in `RULES.md`), as a table of named rules ([`table::ALL`])
//! applied to the raw JSON document.
//!
//! Why raw JSON: any value, however broken, must get errors at its bad fields rather than a
//! parse failure. [`structure`] reads a light view of the template; one module per area then
//! checks its part. Every diagnostic carries an RFC 6901 pointer to the most specific value the
//! user must change (for a missing field: the object that should hold it).

mod authentication;
mod body;
mod button_fields;
mod buttons;
mod carousel;
mod catalog;
mod context;
mod examples;
mod footer;
mod header;
mod identity;
mod lto;
mod risk;
mod structure;
pub mod table;
mod url;
mod variables;

pub use structure::Category;
pub use table::{Rule, ALL as RULES};

use crate::{tr, Diagnostic, Locale};
use context::Ctx;
use serde_json::Value;

/// Checks a template document (any JSON value) and returns every problem found, in document
/// order of the pointers, with messages in English.
///
/// Never panics, whatever the value.
pub fn check(doc: &Value) -> Vec<Diagnostic> {
    check_in(doc, Locale::En)
}

/// Like [`check`], with the messages written in `locale`. Rules, severities and pointers do not
/// depend on the locale.
pub fn check_in(doc: &Value, locale: Locale) -> Vec<Diagnostic> {
    let mut ctx = Ctx::new(locale);
    match doc.as_object() {
        None => {
            let kind = context::type_name(doc, locale);
            ctx.emit(
                &table::TEMPLATE_NOT_OBJECT,
                "",
                tr!(locale,
                    en: "The document is {kind}, not a template. A template is a JSON object \
                         with name, language, category and components.",
                    it: "Il documento è {kind}, non un template. Un template è un oggetto JSON \
                         con name, language, category e components."),
            )
        }
        Some(root) => {
            let id = identity::check(&mut ctx, root);
            let tpl = structure::read(&mut ctx, root, id.category, id.named, id.format_explicit);
            header::check(&mut ctx, &tpl);
            body::check(&mut ctx, &tpl);
            footer::check(&mut ctx, &tpl);
            buttons::check(&mut ctx, &tpl);
            carousel::check(&mut ctx, &tpl);
            lto::check(&mut ctx, &tpl);
            authentication::check(&mut ctx, &tpl);
            catalog::check(&mut ctx, &tpl);
            risk::check(&mut ctx, &tpl);
            identity::check_ttl(&mut ctx, root, id.category);
        }
    }
    ctx.finish(doc)
}

/// The rule with this id, if any.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}
