//! Media card carousels (Meta: M-carousel): MARKETING only, 2 to 10 cards, each with an IMAGE or
//! VIDEO header, an optional body of at most 160 characters (all or none), 1 or 2 buttons, and
//! the same components on every card.

use super::buttons::{self, Scope};
use super::context::{at, at_index, check_length, opt_upper, required_text, type_name, Ctx};
use super::examples::{self, Role};
use super::header;
use super::structure::{Category, Component, Kind, Template};
use super::table;
use super::variables;
use crate::limits::{LimitedText, CARDS_MAX, CARDS_MIN, CARD_BODY, CARD_BUTTONS};
use crate::tr;
use serde_json::{Map, Value};

/// What a card is made of, to compare cards with each other.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    pointer: String,
    components_ptr: String,
    header_format: Option<(String, String)>,
    has_body: bool,
    buttons: Vec<String>,
}

/// Checks the CAROUSEL component, if any.
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let Some(c) = tpl.first(Kind::Carousel) else {
        return;
    };
    if tpl.is(Category::Authentication) {
        return; // the authentication module rejects the whole component
    }
    if tpl.category.is_some() && !tpl.is(Category::Marketing) {
        ctx.emit(
            &table::CAROUSEL_CATEGORY,
            &c.pointer,
            tr!(ctx.locale,
                en: "Carousels are allowed only in MARKETING templates, and this one is {}. \
                     Change the category or remove the carousel.",
                it: "I caroselli sono ammessi solo nei template MARKETING, e questo è {}. Cambia \
                     la categoria o rimuovi il carosello.",
                tpl.category.map(Category::name).unwrap_or("")),
        );
    }
    for other in &tpl.components {
        if matches!(other.kind, Kind::Header | Kind::Footer | Kind::Buttons) {
            ctx.emit(
                &table::CAROUSEL_TOP_LEVEL_COMPONENT,
                &other.pointer,
                tr!(ctx.locale,
                    en: "A carousel template has only a BODY and the CAROUSEL at top level; \
                         headers and buttons go on the cards. Remove this component.",
                    it: "Un template carosello ha al primo livello solo un BODY e il CAROUSEL; \
                         intestazioni e pulsanti vanno nelle schede. Rimuovi questo componente."),
            );
        }
    }
    let cards_ptr = at(&c.pointer, "cards");
    let cards = match c.obj.get("cards") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::CAROUSEL_CARDS_MISSING,
                &c.pointer,
                tr!(ctx.locale,
                    en: "The carousel has no `cards`. Add {CARDS_MIN} to {CARDS_MAX} cards.",
                    it: "Il carosello non ha `cards`. Aggiungi da {CARDS_MIN} a {CARDS_MAX} \
                         schede."),
            );
            return;
        }
        Some(Value::Array(cards)) => cards,
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &cards_ptr,
                tr!(ctx.locale,
                    en: "`cards` must be an array of cards, not {kind}.",
                    it: "`cards` deve essere un array di schede, non {kind}."),
            );
            return;
        }
    };
    if cards.len() < CARDS_MIN {
        ctx.emit(
            &table::CAROUSEL_CARD_COUNT,
            &cards_ptr,
            tr!(ctx.locale,
                en: "The carousel has {} card{}; it needs at least {CARDS_MIN}. Add {}.",
                it: "Il carosello ha {} sched{}; ne servono almeno {CARDS_MIN}. Aggiungine {}.",
                cards.len(),
                match (ctx.locale, cards.len() == 1) {
                    (crate::Locale::En, true) => "",
                    (crate::Locale::En, false) => "s",
                    (crate::Locale::It, true) => "a",
                    (crate::Locale::It, false) => "e",
                },
                CARDS_MIN - cards.len()),
        );
    } else if cards.len() > CARDS_MAX {
        ctx.emit(
            &table::CAROUSEL_CARD_COUNT,
            &at_index(&cards_ptr, CARDS_MAX),
            tr!(ctx.locale,
                en: "The carousel has {} cards; the limit is {CARDS_MAX}. Remove {}.",
                it: "Il carosello ha {} schede; il limite è {CARDS_MAX}. Rimuovine {}.",
                cards.len(),
                cards.len() - CARDS_MAX),
        );
    }
    let mut shapes = Vec::new();
    for (k, card) in cards.iter().enumerate() {
        let card_ptr = at_index(&cards_ptr, k);
        if let Some(shape) = check_card(ctx, tpl, card, &card_ptr, k) {
            shapes.push(shape);
        }
    }
    compare_cards(ctx, &shapes);
}

fn check_card(
    ctx: &mut Ctx,
    tpl: &Template,
    card: &Value,
    card_ptr: &str,
    k: usize,
) -> Option<Shape> {
    let Some(obj) = card.as_object() else {
        let kind = type_name(card, ctx.locale);
        ctx.emit(
            &table::FIELD_TYPE,
            card_ptr,
            tr!(ctx.locale,
                en: "Card {} must be an object with `components`, not {kind}.",
                it: "La scheda {} deve essere un oggetto con `components`, non {kind}.",
                k + 1),
        );
        return None;
    };
    let comps_ptr = at(card_ptr, "components");
    let comps = match obj.get("components") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::CAROUSEL_CARD_COMPONENTS_MISSING,
                card_ptr,
                tr!(ctx.locale,
                    en: "Card {} has no `components`. Add a header (IMAGE or VIDEO) and buttons.",
                    it: "La scheda {} non ha `components`. Aggiungi un'intestazione (IMAGE o \
                         VIDEO) e dei pulsanti.",
                    k + 1),
            );
            return None;
        }
        Some(Value::Array(a)) => a,
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &comps_ptr,
                tr!(ctx.locale,
                    en: "`components` must be an array, not {kind}.",
                    it: "`components` deve essere un array, non {kind}."),
            );
            return None;
        }
    };
    let mut shape = Shape {
        pointer: card_ptr.to_string(),
        components_ptr: comps_ptr.clone(),
        header_format: None,
        has_body: false,
        buttons: Vec::new(),
    };
    let mut seen_header = false;
    let mut seen_buttons = false;
    for (h, comp) in comps.iter().enumerate() {
        let ptr = at_index(&comps_ptr, h);
        let Some(cobj) = comp.as_object() else {
            let kind = type_name(comp, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &ptr,
                tr!(ctx.locale,
                    en: "A card component must be an object, not {kind}.",
                    it: "Un componente della scheda deve essere un oggetto, non {kind}."),
            );
            continue;
        };
        let Some(kind) = opt_upper(ctx, cobj, &ptr, "type") else {
            if cobj.get("type").is_none_or(Value::is_null) {
                ctx.emit(
                    &table::COMPONENT_TYPE_MISSING,
                    &ptr,
                    tr!(ctx.locale,
                        en: "This card component has no `type`. Use HEADER, BODY or BUTTONS.",
                        it: "Questo componente della scheda non ha `type`. Usa HEADER, BODY o \
                             BUTTONS."),
                );
            }
            continue;
        };
        match kind.as_str() {
            "HEADER" if !seen_header => {
                seen_header = true;
                shape.header_format = check_card_header(ctx, cobj, &ptr);
            }
            "BODY" if !shape.has_body => {
                shape.has_body = true;
                check_card_body(ctx, tpl, cobj, &ptr);
            }
            "BUTTONS" if !seen_buttons => {
                seen_buttons = true;
                shape.buttons = check_card_buttons(ctx, tpl, cobj, &ptr);
            }
            "HEADER" | "BODY" | "BUTTONS" => ctx.emit(
                &table::COMPONENT_DUPLICATE,
                &ptr,
                tr!(ctx.locale,
                    en: "A second {kind} on card {}. Keep one.",
                    it: "Un secondo {kind} nella scheda {}. Tienine uno.",
                    k + 1),
            ),
            other => ctx.emit(
                &table::CAROUSEL_CARD_COMPONENT_TYPE,
                &at(&ptr, "type"),
                tr!(ctx.locale,
                    en: "Cards cannot hold a {other} component; only HEADER, BODY and BUTTONS. \
                         Remove it.",
                    it: "Le schede non possono contenere un componente {other}; solo HEADER, \
                         BODY e BUTTONS. Rimuovilo."),
            ),
        }
    }
    if !seen_header {
        ctx.emit(
            &table::CAROUSEL_CARD_HEADER,
            &comps_ptr,
            tr!(ctx.locale,
                en: "Card {} has no header. Every card needs an IMAGE or VIDEO header.",
                it: "La scheda {} non ha un'intestazione. Ogni scheda richiede \
                     un'intestazione IMAGE o VIDEO.",
                k + 1),
        );
    }
    Some(shape)
}

/// Returns (format, pointer of `format`).
fn check_card_header(
    ctx: &mut Ctx,
    obj: &Map<String, Value>,
    ptr: &str,
) -> Option<(String, String)> {
    let format_ptr = at(ptr, "format");
    let Some(format) = opt_upper(ctx, obj, ptr, "format") else {
        if obj.get("format").is_none_or(Value::is_null) {
            ctx.emit(
                &table::CAROUSEL_CARD_HEADER,
                ptr,
                tr!(ctx.locale,
                    en: "The card header has no `format`. Set IMAGE or VIDEO.",
                    it: "L'intestazione della scheda non ha `format`. Imposta IMAGE o VIDEO."),
            );
        }
        return None;
    };
    if format != "IMAGE" && format != "VIDEO" {
        ctx.emit(
            &table::CAROUSEL_CARD_HEADER,
            &format_ptr,
            tr!(ctx.locale,
                en: "Card headers are IMAGE or VIDEO, not {format}.",
                it: "Le intestazioni delle schede sono IMAGE o VIDEO, non {format}."),
        );
        return Some((format, format_ptr));
    }
    let comp = Component {
        pointer: ptr.to_string(),
        kind: Kind::Header,
        obj,
    };
    header::check_media_sample(ctx, &comp, &format);
    Some((format, format_ptr))
}

fn check_card_body(ctx: &mut Ctx, tpl: &Template, obj: &Map<String, Value>, ptr: &str) {
    let text_ptr = at(ptr, "text");
    let Some(text) = required_text(
        ctx,
        obj,
        ptr,
        (&table::BODY_TEXT_MISSING, |locale| {
            tr!(locale,
                en: "The card body has no `text`. Add up to {CARD_BODY} characters, or remove the \
                     body from every card.",
                it: "Il corpo della scheda non ha `text`. Aggiungi fino a {CARD_BODY} caratteri o \
                     rimuovi il corpo da tutte le schede.")
        }),
        (&table::BODY_EMPTY, |locale| {
            tr!(locale,
                en: "The card body is empty. Write up to {CARD_BODY} characters.",
                it: "Il corpo della scheda è vuoto. Scrivi fino a {CARD_BODY} caratteri.")
        }),
    ) else {
        return;
    };
    let what = tr!(ctx.locale, en: "The card body", it: "Il corpo della scheda");
    check_length(ctx, LimitedText::CardBody, &text_ptr, &what, text);
    let vars = variables::check_text(ctx, tpl, text, &text_ptr, &what);
    examples::check_examples(ctx, obj, ptr, &vars, Role::Body, &what);
}

fn check_card_buttons(
    ctx: &mut Ctx,
    tpl: &Template,
    obj: &Map<String, Value>,
    ptr: &str,
) -> Vec<String> {
    let Some(list) = buttons::button_list(ctx, obj, ptr) else {
        return Vec::new();
    };
    let list_ptr = at(ptr, "buttons");
    if list.len() > CARD_BUTTONS {
        ctx.emit(
            &table::CAROUSEL_CARD_BUTTONS,
            &at_index(&list_ptr, CARD_BUTTONS),
            tr!(ctx.locale,
                en: "The card has {} buttons; the limit is {CARD_BUTTONS}. Remove {}.",
                it: "La scheda ha {} pulsanti; il limite è {CARD_BUTTONS}. Rimuovine {}.",
                list.len(),
                list.len() - CARD_BUTTONS),
        );
    }
    let typed = buttons::check_each(ctx, tpl, list, &list_ptr, Scope { lto: false });
    let mut quick_replies = 0;
    for b in &typed {
        match b.kind.as_str() {
            "QUICK_REPLY" => {
                quick_replies += 1;
                if quick_replies == 2 {
                    ctx.emit(
                        &table::CAROUSEL_CARD_QUICK_REPLIES,
                        &b.pointer,
                        tr!(ctx.locale,
                            en: "A second quick reply on this card. An SDK (kapso) allows one \
                                 per card; Meta's page does not say: sources disagree. Keep one \
                                 to be safe.",
                            it: "Una seconda risposta rapida in questa scheda. Un SDK (kapso) ne \
                                 ammette una per scheda; la pagina di Meta non lo dice: le fonti \
                                 non concordano. Per sicurezza tienine una."),
                    );
                }
            }
            "URL" | "PHONE_NUMBER" => {}
            other => ctx.emit(
                &table::CAROUSEL_CARD_BUTTONS,
                &b.pointer,
                tr!(ctx.locale,
                    en: "Card buttons are QUICK_REPLY, URL or PHONE_NUMBER, not {other}. Replace \
                         or remove it.",
                    it: "I pulsanti delle schede sono QUICK_REPLY, URL o PHONE_NUMBER, non \
                         {other}. Sostituiscilo o rimuovilo."),
            ),
        }
    }
    typed.into_iter().map(|b| b.kind).collect()
}

fn compare_cards(ctx: &mut Ctx, shapes: &[Shape]) {
    let any_body = shapes.iter().any(|s| s.has_body);
    if any_body {
        for s in shapes.iter().filter(|s| !s.has_body) {
            ctx.emit(
                &table::CAROUSEL_CARD_BODY_CONSISTENCY,
                &s.components_ptr,
                tr!(ctx.locale,
                    en: "Other cards have a body but this one has none. If any card has a body, \
                         all must: add one (up to {CARD_BODY} characters).",
                    it: "Le altre schede hanno un corpo, questa no. Se una scheda ha un corpo, \
                         devono averlo tutte: aggiungilo (fino a {CARD_BODY} caratteri)."),
            );
        }
    }
    let Some(first) = shapes.first() else { return };
    for s in shapes.iter().skip(1) {
        if s.buttons.len() != first.buttons.len() && !s.buttons.is_empty() {
            ctx.emit(
                &table::CAROUSEL_CARDS_DIFFER,
                &s.pointer,
                tr!(ctx.locale,
                    en: "This card has {} button{} but the first card has {}. All cards need \
                         the same components, so the same number of buttons.",
                    it: "Questa scheda ha {} pulsant{} ma la prima ne ha {}. Tutte le schede \
                         richiedono gli stessi componenti, quindi lo stesso numero di pulsanti.",
                    s.buttons.len(),
                    match (ctx.locale, s.buttons.len() == 1) {
                        (crate::Locale::En, true) => "",
                        (crate::Locale::En, false) => "s",
                        (crate::Locale::It, true) => "e",
                        (crate::Locale::It, false) => "i",
                    },
                    first.buttons.len()),
            );
        } else if s.buttons != first.buttons && !s.buttons.is_empty() {
            ctx.emit(
                &table::CAROUSEL_CARD_BUTTON_TYPES_DIFFER,
                &s.pointer,
                tr!(ctx.locale,
                    en: "This card's buttons ({}) differ in type or order from the first card's \
                         ({}). Meta says all cards have the same components, yet its own \
                         example mixes URL and phone buttons across cards: sources disagree. Use \
                         the same buttons to be safe.",
                    it: "I pulsanti di questa scheda ({}) differiscono per tipo o ordine da \
                         quelli della prima ({}). Meta dice che tutte le schede hanno gli stessi \
                         componenti, ma il suo stesso esempio mescola pulsanti URL e telefono \
                         tra le schede: le fonti non concordano. Per sicurezza usa gli stessi \
                         pulsanti.",
                    s.buttons.join(", "),
                    first.buttons.join(", ")),
            );
        }
        if let (Some((f0, _)), Some((f, fptr))) = (&first.header_format, &s.header_format) {
            if f0 != f {
                ctx.emit(
                    &table::CAROUSEL_CARD_MEDIA_DIFFERS,
                    fptr,
                    tr!(ctx.locale,
                        en: "This card's header is {f} but the first card's is {f0}. A provider \
                             says all cards must use the same media type; Meta says the same \
                             components. Use one media type to be safe.",
                        it: "L'intestazione di questa scheda è {f} ma quella della prima è {f0}. \
                             Un provider dice che tutte le schede devono usare lo stesso tipo di \
                             media; Meta dice gli stessi componenti. Per sicurezza usa un solo \
                             tipo di media."),
                );
            }
        }
    }
}
