//! Buttons (Meta: M-components): the list (total and per-type counts, quick-reply grouping,
//! category restrictions) and each button (label, flow, catalog); URL, phone number and copy code
//! fields are checked in the `url` and `button_fields` modules.
//!
//! Carousel cards reuse [`check_each`] for their buttons; AUTHENTICATION buttons are the
//! authentication module's, because there the only allowed button is one OTP button.

use super::button_fields;
use super::context::{at, at_index, check_length, opt_str, opt_upper, type_name, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use super::url;
use crate::limits::{LimitedText, BUTTONS, BUTTON_LABEL};
use crate::placeholders::scan;
use crate::{tr, Locale};
use serde_json::{Map, Value};

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
    if list.len() > BUTTONS {
        ctx.emit(
            &table::BUTTONS_COUNT,
            &at_index(&list_ptr, BUTTONS),
            tr!(ctx.locale,
                en: "The template has {} buttons; the limit is {BUTTONS}. Remove {}.",
                it: "Il template ha {} pulsanti; il limite è {BUTTONS}. Rimuovine {}.",
                ctx.num(list.len()),
                ctx.num(list.len() - BUTTONS)),
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
                tr!(ctx.locale,
                    en: "The BUTTONS component has no `buttons` array. Add the buttons, or \
                         remove the component.",
                    it: "Il componente BUTTONS non ha l'array `buttons`. Aggiungi i pulsanti o \
                         rimuovi il componente."),
            );
            None
        }
        Some(Value::Array(list)) if list.is_empty() => {
            ctx.emit(
                &table::BUTTONS_EMPTY,
                &list_ptr,
                tr!(ctx.locale,
                    en: "`buttons` is empty. Add at least one button, or remove the component.",
                    it: "`buttons` è vuoto. Aggiungi almeno un pulsante o rimuovi il \
                         componente."),
            );
            None
        }
        Some(Value::Array(list)) => Some(list),
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &list_ptr,
                tr!(ctx.locale,
                    en: "`buttons` must be an array, not {kind}.",
                    it: "`buttons` deve essere un array, non {kind}."),
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
            let kind = type_name(value, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &ptr,
                tr!(ctx.locale,
                    en: "Button {} must be an object with a `type`, not {kind}.",
                    it: "Il pulsante {} deve essere un oggetto con un `type`, non {kind}.",
                    j + 1),
            );
            continue;
        };
        let Some(kind) = opt_upper(ctx, obj, &ptr, "type") else {
            if obj.get("type").is_none_or(Value::is_null) {
                ctx.emit(
                    &table::BUTTON_TYPE_MISSING,
                    &ptr,
                    tr!(ctx.locale,
                        en: "Button {} has no `type`. Set QUICK_REPLY, URL, PHONE_NUMBER, \
                             COPY_CODE…",
                        it: "Il pulsante {} non ha `type`. Imposta QUICK_REPLY, URL, \
                             PHONE_NUMBER, COPY_CODE…",
                        j + 1),
                );
            }
            continue;
        };
        if !KNOWN_TYPES.contains(&kind.as_str()) {
            ctx.emit(
                &table::BUTTON_TYPE_UNKNOWN,
                &at(&ptr, "type"),
                tr!(ctx.locale,
                    en: "Unknown button type \"{kind}\". Use QUICK_REPLY, URL, PHONE_NUMBER, \
                         COPY_CODE, FLOW, VOICE_CALL, MPM or CATALOG.",
                    it: "Tipo di pulsante sconosciuto \"{kind}\". Usa QUICK_REPLY, URL, \
                         PHONE_NUMBER, COPY_CODE, FLOW, VOICE_CALL, MPM o CATALOG."),
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
                tr!(ctx.locale,
                    en: "OTP buttons are allowed only in AUTHENTICATION templates. Remove it, \
                         or make this a separate AUTHENTICATION template.",
                    it: "I pulsanti OTP sono ammessi solo nei template AUTHENTICATION. \
                         Rimuovilo o crea un template AUTHENTICATION a parte."),
            );
        }
        return;
    }
    check_label(ctx, obj, ptr, LABELLED.contains(&kind));
    match kind {
        "URL" => url::check_url(ctx, obj, ptr),
        "PHONE_NUMBER" => button_fields::check_phone(ctx, obj, ptr),
        "COPY_CODE" => button_fields::check_copy_code(ctx, tpl, obj, ptr, scope),
        "FLOW" => {
            let has_target = ["flow_id", "flow_name", "flow_json"]
                .iter()
                .any(|k| obj.get(*k).is_some_and(|v| !v.is_null()));
            if !has_target {
                ctx.emit(
                    &table::BUTTON_FLOW_TARGET_MISSING,
                    ptr,
                    tr!(ctx.locale,
                        en: "The FLOW button names no flow. Add `flow_id` (or `flow_name`, or \
                             `flow_json`).",
                        it: "Il pulsante FLOW non indica alcun flow. Aggiungi `flow_id` (o \
                             `flow_name`, o `flow_json`)."),
                );
            }
        }
        "MPM" | "CATALOG" if tpl.category.is_some() && !tpl.is(Category::Marketing) => {
            ctx.emit(
                &table::BUTTON_CATALOG_CATEGORY,
                ptr,
                tr!(ctx.locale,
                    en: "{kind} buttons are allowed only in MARKETING templates. Change the \
                         category to MARKETING or remove the button.",
                    it: "I pulsanti {kind} sono ammessi solo nei template MARKETING. Cambia la \
                         categoria in MARKETING o rimuovi il pulsante."),
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
                tr!(ctx.locale,
                    en: "The button has no `text`. Add a label of up to {BUTTON_LABEL} \
                         characters.",
                    it: "Il pulsante non ha `text`. Aggiungi un'etichetta di massimo \
                         {BUTTON_LABEL} caratteri."),
            );
        }
        return;
    };
    if text.trim().is_empty() {
        ctx.emit(
            &table::BUTTON_TEXT_EMPTY,
            &text_ptr,
            tr!(ctx.locale,
                en: "The button label is empty. Write up to {BUTTON_LABEL} characters.",
                it: "L'etichetta del pulsante è vuota. Scrivi fino a {BUTTON_LABEL} caratteri."),
        );
        return;
    }
    let what = tr!(ctx.locale, en: "The button label", it: "L'etichetta del pulsante");
    check_length(ctx, LimitedText::ButtonLabel, &text_ptr, &what, text);
    if !scan(text).is_empty() {
        ctx.emit(
            &table::BUTTON_TEXT_VARIABLE,
            &text_ptr,
            tr!(ctx.locale,
                en: "The button label contains a variable; labels are fixed text. Write the \
                     label out.",
                it: "L'etichetta del pulsante contiene una variabile; le etichette sono testo \
                     fisso. Scrivila per esteso."),
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
                    tr!(ctx.locale,
                        en: "The template has {n} {kind} buttons; the limit is {max}. Remove {}.",
                        it: "Il template ha {n} pulsanti {kind}; il limite è {max}. Rimuovine {}.",
                        n - max),
                );
            } else {
                ctx.emit(
                    &table::BUTTONS_TYPE_COUNT_UNCERTAIN,
                    &extra.pointer,
                    tr!(ctx.locale,
                        en: "The template has {n} {kind} buttons. No Meta page states a limit; \
                             an SDK or provider says {max}: sources disagree. Keep {max} to be \
                             safe.",
                        it: "Il template ha {n} pulsanti {kind}. Nessuna pagina di Meta indica \
                             un limite; un SDK o un provider dice {max}: le fonti non \
                             concordano. Per sicurezza tienine {max}."),
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
                    tr!(ctx.locale,
                    en: "Button {} breaks the grouping: quick replies and other buttons must \
                         each stay together (e.g. QR, QR, URL, PHONE or URL, QR, QR). Move \
                         it next to the other {}.",
                    it: "Il pulsante {} rompe il raggruppamento: le risposte rapide e gli \
                         altri pulsanti devono restare ciascuno insieme (ad esempio QR, QR, \
                         URL, PHONE o URL, QR, QR). Spostalo accanto agli altri {}.",
                    b.index + 1,
                    match (ctx.locale, qr) {
                        (Locale::En, true) => "quick replies",
                        (Locale::En, false) => "call-to-action buttons",
                        (Locale::It, true) => "pulsanti di risposta rapida",
                        (Locale::It, false) => "pulsanti di invito all'azione",
                    }),
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
            tr!(ctx.locale,
                en: "Providers say {0} templates have only their {0} button; Meta's syntax shows \
                     no other buttons. Remove this one to be safe.",
                it: "Alcuni provider dicono che i template {0} hanno solo il pulsante {0}; la \
                     sintassi di Meta non mostra altri pulsanti. Per sicurezza rimuovi questo.",
                catalog.kind),
        );
    }
}
