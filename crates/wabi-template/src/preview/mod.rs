//! The preview model: (template, values, client, theme, time) → everything a phone shows for the
//! message, as plain data the UI draws with no further logic (strings substituted, markup turned
//! into styled spans, buttons laid out per client, notes and client labels worded in the
//! interface locale).
//!
//! Works on drafts in progress: it takes the lenient typed model ([`crate::model`]), which never
//! fails on a JSON object and keeps unreadable parts as `Unrecognized`. Why the typed model and
//! not raw JSON: the preview needs to know what each part *is* (a URL button, a media header),
//! and the lenient model gives exactly that while turning anything unreadable into a note here
//! rather than a failure. Missing optional parts are simply not drawn.
//!
//! Time comes in as inputs (`timestamp` already formatted, `now_ms` for the offer countdown), so
//! the same inputs always give the same preview.

pub mod buttons;
pub mod client;
mod header;
mod model;
pub mod offer;
pub mod text;

use crate::format::LineBlock;
use crate::model::{Button, Category, Component, Template};
use crate::values::{is_authentication, substitute, ComponentValues, Fill, Values};
use crate::{tr, Locale};
use header::{header_preview, ValueUsage};

pub use buttons::{ButtonIcon, ButtonLayout, PreviewButton, SeeAll};
pub use client::{ButtonStyle, Client, ClientStyle, Theme, TimestampPlacement};
pub use model::{
    CardPreview, Display, Folded, MediaKind, MediaPreview, NoteLevel, Preview, PreviewBody,
    PreviewHeader, PreviewNote, PreviewOptions,
};
pub use offer::{Countdown, OfferPreview};
pub use text::{PreviewLine, PreviewSpan, ValueSource, VariableMark};

/// The sample code shown in an authentication template when no code is given.
pub const SAMPLE_OTP: &str = "123456";

/// The text WhatsApp desktop shows instead of a message it cannot display (English).
pub const NOT_SHOWN_TEXT: &str =
    "This message can't be displayed here. Open WhatsApp on your phone to view it.";

/// The text WhatsApp desktop shows instead of a message it cannot display, in `locale`.
pub fn not_shown_text(locale: Locale) -> String {
    tr!(locale,
        en: "This message can't be displayed here. Open WhatsApp on your phone to view it.",
        it: "Impossibile visualizzare questo messaggio qui. Apri WhatsApp sul telefono per \
             vederlo.")
}

/// Builds the preview of `template` with `values`, notes and client labels in English. Never
/// panics.
pub fn preview(template: &Template, values: &Values, options: &PreviewOptions) -> Preview {
    preview_in(template, values, options, Locale::En)
}

/// Like [`preview`], with the notes and the client's own labels ("See all options", "Read
/// more", the offer countdown) worded in `locale`. The template's own texts are never
/// translated. Never panics.
pub fn preview_in(
    template: &Template,
    values: &Values,
    options: &PreviewOptions,
    locale: Locale,
) -> Preview {
    let mut notes = Vec::new();
    for (position, component) in template.component_list().iter().enumerate() {
        if let Component::Unrecognized { problem, .. } = component {
            notes.push(PreviewNote::warning(tr!(locale,
                en: "Component {} could not be read ({problem}); it is not drawn.",
                it: "Il componente {} non si può leggere ({problem}); non viene disegnato.",
                position + 1)));
        }
    }
    let mut usage = ValueUsage::default();
    let header_place = tr!(locale, en: "header", it: "intestazione");
    let header = template.header().map(|h| {
        header_preview(
            h,
            &values.main,
            &header_place,
            &mut usage,
            &mut notes,
            locale,
        )
    });
    let authentication = is_authentication(template);
    let otp_code = values.main.body.get("1").map(String::as_str);
    let body = if authentication {
        Some(authentication_body(template, otp_code, &mut usage))
    } else {
        template.body().and_then(|body| {
            let text = body.text.as_deref()?;
            let filled = substitute(text, |key| values.main.body_variable(body, key));
            usage.record("body", &filled);
            let lines = text::formatted_lines(&filled);
            let folded = if template.category() == Some(Category::Marketing) {
                text::fold(&lines, options.client.chars_per_line()).map(|lines| Folded {
                    lines,
                    label: tr!(locale, en: "Read more", it: "Leggi altro"),
                })
            } else {
                None
            };
            Some(PreviewBody { lines, folded })
        })
    };
    if let Some(body) = &body {
        note_new_markup(&body.lines, &mut notes, locale);
    }
    let footer = template.footer().and_then(|footer| {
        if authentication {
            footer
                .code_expiration_minutes
                .map(|minutes| match minutes {
                    1 => "This code expires in 1 minute.".to_string(),
                    n => format!("This code expires in {n} minutes."),
                })
                .or_else(|| footer.text.clone())
        } else {
            footer.text.clone()
        }
    });
    let button_list = template.buttons().map(|b| b.list()).unwrap_or_default();
    let shown_code = authentication.then(|| otp_code.unwrap_or(SAMPLE_OTP));
    let all_buttons = buttons::preview_buttons_in(
        button_list,
        &values.main,
        options.client,
        shown_code,
        &mut notes,
        locale,
    );
    let offer = offer_preview(template, values, options, &mut notes, locale);
    let cards = template
        .carousel()
        .map(|carousel| {
            carousel
                .card_list()
                .iter()
                .enumerate()
                .map(|(index, card)| {
                    card_preview(
                        index,
                        card,
                        values.card(index),
                        options.client,
                        &mut usage,
                        &mut notes,
                        locale,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    usage.add_notes(&mut notes, locale);
    let display = desktop_display(template, button_list, options.client, &mut notes, locale);
    Preview {
        client: options.client,
        theme: options.theme,
        style: ClientStyle::of(options.client, options.theme),
        display,
        header,
        offer,
        body,
        footer,
        timestamp: options.timestamp.clone(),
        buttons: buttons::layout_in(all_buttons, locale),
        cards,
        notes,
    }
}

/// Authentication bodies are preset by Meta (Meta: M-auth).
fn authentication_body(
    template: &Template,
    code: Option<&str>,
    usage: &mut ValueUsage,
) -> PreviewBody {
    let security = template
        .body()
        .and_then(|b| b.add_security_recommendation)
        .unwrap_or(false);
    let text = if security {
        "{{1}} is your verification code. For your security, do not share this code."
    } else {
        "{{1}} is your verification code."
    };
    let fill = match code {
        Some(code) => Fill::Given(code),
        None => Fill::Example(SAMPLE_OTP),
    };
    let filled = substitute(text, |_| fill);
    usage.record("body", &filled);
    PreviewBody {
        lines: text::formatted_lines(&filled),
        folded: None,
    }
}

/// Quotes, lists and inline code render in the app, but no Meta page says they render in
/// templates (Meta: M-components; the sources disagree, see `docs/sources.md`).
fn note_new_markup(lines: &[PreviewLine], notes: &mut Vec<PreviewNote>, locale: Locale) {
    let uses_new = lines
        .iter()
        .any(|line| !matches!(line.block, LineBlock::Plain) || line.spans.iter().any(|s| s.code));
    if uses_new {
        notes.push(PreviewNote::warning(tr!(locale,
            en: "Quotes, lists and inline code are drawn as the WhatsApp app shows them, but no \
                 Meta page confirms they render in templates sent through the API (sources \
                 disagree).",
            it: "Citazioni, elenchi e codice in linea sono disegnati come li mostra l'app \
                 WhatsApp, ma nessuna pagina di Meta conferma che appaiano nei template inviati \
                 tramite API (le fonti non concordano).")));
    }
}

fn offer_preview(
    template: &Template,
    values: &Values,
    options: &PreviewOptions,
    notes: &mut Vec<PreviewNote>,
    locale: Locale,
) -> Option<OfferPreview> {
    let offer = template.limited_time_offer()?;
    let details = offer.limited_time_offer.as_ref();
    let headline = details.and_then(|d| d.text.clone()).unwrap_or_default();
    let buttons = template.buttons().map(|b| b.list()).unwrap_or_default();
    let code = buttons
        .iter()
        .enumerate()
        .find_map(|(index, button)| match button {
            Button::CopyCode(_) => values
                .main
                .button_text(index, button)
                .text()
                .map(str::to_string),
            _ => None,
        });
    let expires = details.and_then(|d| d.has_expiration).unwrap_or(false);
    let countdown = expires.then(|| match values.offer_expiration_time_ms {
        Some(ms) => offer::countdown_in(ms, options.now_ms, false, locale),
        None => {
            notes.push(PreviewNote::info(tr!(locale,
                en: "No offer expiry given: the countdown shows a sample of 2 days.",
                it: "Nessuna scadenza dell'offerta indicata: il conto alla rovescia mostra un \
                     esempio di 2 giorni.")));
            offer::countdown_in(
                options.now_ms.saturating_add(offer::SAMPLE_EXPIRY_MS),
                options.now_ms,
                true,
                locale,
            )
        }
    });
    Some(OfferPreview {
        headline,
        code,
        countdown,
    })
}

fn card_preview(
    index: usize,
    card: &crate::model::Card,
    values: &ComponentValues,
    client: Client,
    usage: &mut ValueUsage,
    notes: &mut Vec<PreviewNote>,
    locale: Locale,
) -> CardPreview {
    let place = tr!(locale, en: "card {}", it: "scheda {}", index + 1);
    let mut preview = CardPreview {
        index,
        header: None,
        body: None,
        buttons: Vec::new(),
    };
    for component in card.component_list() {
        match component {
            Component::Header(header) if preview.header.is_none() => {
                preview.header = Some(header_preview(header, values, &place, usage, notes, locale));
            }
            Component::Body(body) if preview.body.is_none() => {
                if let Some(text) = body.text.as_deref() {
                    let filled = substitute(text, |key| values.body_variable(body, key));
                    usage.record(&place, &filled);
                    preview.body = Some(text::formatted_lines(&filled));
                }
            }
            Component::Buttons(buttons) if preview.buttons.is_empty() => {
                preview.buttons = buttons::preview_buttons_in(
                    buttons.list(),
                    values,
                    client,
                    None,
                    notes,
                    locale,
                );
            }
            Component::Unrecognized { problem, .. } => {
                notes.push(PreviewNote::warning(tr!(locale,
                en: "A component of {place} could not be read ({problem}); it is not drawn.",
                it: "Un componente della {place} non si può leggere ({problem}); non viene \
                     disegnato.")))
            }
            _ => {}
        }
    }
    preview
}

/// WhatsApp desktop hides limited-time offers and some button sets (Meta: M-components, M-lto).
fn desktop_display(
    template: &Template,
    buttons: &[Button],
    client: Client,
    notes: &mut Vec<PreviewNote>,
    locale: Locale,
) -> Display {
    if client != Client::Desktop {
        return Display::Shown;
    }
    let mut reasons = Vec::new();
    if template.limited_time_offer().is_some() {
        reasons.push(tr!(locale,
            en: "WhatsApp desktop does not show limited-time offers.",
            it: "WhatsApp desktop non mostra le offerte a tempo limitato."));
    }
    reasons.extend(buttons::desktop_hides_in(buttons, locale));
    if reasons.is_empty() {
        return Display::Shown;
    }
    for reason in &reasons {
        notes.push(PreviewNote::warning(tr!(locale,
            en: "{reason} Desktop users see a placeholder asking them to open WhatsApp on their \
                 phone.",
            it: "{reason} Chi usa il desktop vede un segnaposto che chiede di aprire WhatsApp \
                 sul telefono.")));
    }
    Display::NotShown {
        text: not_shown_text(locale),
        reasons,
    }
}
