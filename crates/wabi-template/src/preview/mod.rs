//! The preview model: (template, values, client, theme, time) → everything a phone shows for the
//! message, as plain data the UI draws with no further logic (strings substituted, markup turned
//! into styled spans, buttons laid out per client, notes worded in English).
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
pub mod offer;
pub mod text;

use crate::format::LineBlock;
use crate::model::{Button, Category, Component, Header, HeaderFormat, Template};
use crate::values::{
    is_authentication, substitute, ComponentValues, Fill, FillSource, HeaderValue, MediaSource,
    Substituted, Values,
};
use serde::Serialize;
use ts_rs::TS;

pub use buttons::{ButtonIcon, ButtonLayout, PreviewButton, SeeAll};
pub use client::{ButtonStyle, Client, ClientStyle, Theme, TimestampPlacement};
pub use offer::{Countdown, OfferPreview};
pub use text::{PreviewLine, PreviewSpan, ValueSource, VariableMark};

/// The sample code shown in an authentication template when no code is given.
pub const SAMPLE_OTP: &str = "123456";

/// What the preview is drawn for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewOptions {
    /// Which client to imitate.
    pub client: Client,
    /// Light or dark.
    pub theme: Theme,
    /// The message time as the client shows it, e.g. "10:42" (formatted by the caller).
    pub timestamp: String,
    /// "Now", Unix milliseconds (for the offer countdown).
    pub now_ms: i64,
}

/// Everything the UI draws for one template message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// The client imitated.
    pub client: Client,
    /// The theme.
    pub theme: Theme,
    /// Colours, font and placement hints of that client and theme.
    pub style: ClientStyle,
    /// Whether the client shows the message at all.
    pub display: Display,
    /// The header, if any.
    pub header: Option<PreviewHeader>,
    /// The limited-time-offer banner, if any.
    pub offer: Option<OfferPreview>,
    /// The body, if any.
    pub body: Option<PreviewBody>,
    /// The footer text, if any.
    pub footer: Option<String>,
    /// The timestamp, as given.
    pub timestamp: String,
    /// The buttons, laid out as the client shows them.
    pub buttons: ButtonLayout,
    /// Carousel cards, in order (empty without a carousel).
    pub cards: Vec<CardPreview>,
    /// Notes for the user: client differences, values shown from examples, unreadable parts.
    pub notes: Vec<PreviewNote>,
}

/// Whether the client shows the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Display {
    /// Shown as previewed.
    Shown,
    /// The client shows a placeholder instead.
    NotShown {
        /// The placeholder text the client shows.
        text: String,
        /// Why, in English.
        reasons: Vec<String>,
    },
}

/// The header as drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum PreviewHeader {
    /// Bold header text (no markup), variables filled.
    Text {
        /// The text, one entry per line.
        lines: Vec<PreviewLine>,
    },
    /// An image, video, document or GIF.
    Media {
        /// What kind of file.
        media: MediaKind,
        /// Which file to show.
        source: MediaPreview,
        /// File name shown under a document.
        filename: Option<String>,
    },
    /// A map pin.
    Location {
        /// Place name.
        name: Option<String>,
        /// Address.
        address: Option<String>,
        /// Latitude, as given.
        latitude: Option<String>,
        /// Longitude, as given.
        longitude: Option<String>,
    },
    /// A header format this version cannot draw.
    Unsupported {
        /// The format as written.
        format: String,
    },
}

/// Kinds of header media.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MediaKind {
    /// Image.
    Image,
    /// Video.
    Video,
    /// Document (PDF…).
    Document,
    /// GIF (an MP4 that loops).
    Gif,
}

/// Which media file the preview shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum MediaPreview {
    /// A media id given in the values.
    Id {
        /// The media id.
        id: String,
    },
    /// A link given in the values.
    Link {
        /// The URL.
        url: String,
    },
    /// The template's sample handle (not viewable: draw a placeholder of the media kind).
    Sample {
        /// The upload handle.
        handle: String,
    },
    /// No file: draw an empty placeholder.
    Missing,
}

/// The body as drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewBody {
    /// The whole body.
    pub lines: Vec<PreviewLine>,
    /// When the client folds the body: what it shows before "Read more".
    pub folded: Option<Folded>,
}

/// A folded body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Folded {
    /// The lines shown, the last one cut and ending in "…".
    pub lines: Vec<PreviewLine>,
    /// The link label: "Read more".
    pub label: String,
}

/// One carousel card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CardPreview {
    /// Card position (its send `card_index`).
    pub index: usize,
    /// The card's media.
    pub header: Option<PreviewHeader>,
    /// The card's text.
    pub body: Option<Vec<PreviewLine>>,
    /// The card's buttons (at most 2, always shown).
    pub buttons: Vec<PreviewButton>,
}

/// A note shown beside the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewNote {
    /// Information or warning.
    pub level: NoteLevel,
    /// The note, in English.
    pub text: String,
}

/// How important a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NoteLevel {
    /// Good to know.
    Info,
    /// Something differs from what the user may expect.
    Warning,
}

impl PreviewNote {
    pub(crate) fn info(text: String) -> Self {
        Self {
            level: NoteLevel::Info,
            text,
        }
    }

    pub(crate) fn warning(text: String) -> Self {
        Self {
            level: NoteLevel::Warning,
            text,
        }
    }
}

/// The text WhatsApp desktop shows instead of a message it cannot display.
pub const NOT_SHOWN_TEXT: &str =
    "This message can't be displayed here. Open WhatsApp on your phone to view it.";

/// Builds the preview of `template` with `values`. Never panics.
pub fn preview(template: &Template, values: &Values, options: &PreviewOptions) -> Preview {
    let mut notes = Vec::new();
    for (position, component) in template.component_list().iter().enumerate() {
        if let Component::Unrecognized { problem, .. } = component {
            notes.push(PreviewNote::warning(format!(
                "Component {} could not be read ({problem}); it is not drawn.",
                position + 1
            )));
        }
    }
    let mut usage = ValueUsage::default();
    let header = template
        .header()
        .map(|h| header_preview(h, &values.main, "header", &mut usage, &mut notes));
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
                    label: "Read more".to_string(),
                })
            } else {
                None
            };
            Some(PreviewBody { lines, folded })
        })
    };
    if let Some(body) = &body {
        note_new_markup(&body.lines, &mut notes);
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
    let all_buttons = buttons::preview_buttons(
        button_list,
        &values.main,
        options.client,
        shown_code,
        &mut notes,
    );
    let offer = offer_preview(template, values, options, &mut notes);
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
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    usage.add_notes(&mut notes);
    let display = desktop_display(template, button_list, options.client, &mut notes);
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
        buttons: buttons::layout(all_buttons),
        cards,
        notes,
    }
}

/// Tracks which variables were shown from examples or raw, for the notes: (place, key) pairs,
/// each once, in order of appearance.
#[derive(Default)]
struct ValueUsage {
    from_examples: Vec<(String, String)>,
    missing: Vec<(String, String)>,
}

impl ValueUsage {
    fn record(&mut self, place: &str, filled: &Substituted) {
        for variable in &filled.variables {
            let list = match variable.source {
                FillSource::Given => continue,
                FillSource::Example => &mut self.from_examples,
                FillSource::Missing => &mut self.missing,
            };
            let seen = list.iter().any(|(p, k)| p == place && *k == variable.key);
            if !seen {
                list.push((place.to_string(), variable.key.clone()));
            }
        }
    }

    fn describe(list: &[(String, String)]) -> String {
        list.iter()
            .map(|(place, key)| format!("{place} {{{{{key}}}}}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn add_notes(self, notes: &mut Vec<PreviewNote>) {
        if !self.from_examples.is_empty() {
            notes.push(PreviewNote::info(format!(
                "Shown with the template's example values: {}.",
                Self::describe(&self.from_examples)
            )));
        }
        if !self.missing.is_empty() {
            notes.push(PreviewNote::warning(format!(
                "No value and no example, shown as written: {}.",
                Self::describe(&self.missing)
            )));
        }
    }
}

fn header_preview(
    header: &Header,
    values: &ComponentValues,
    place: &str,
    usage: &mut ValueUsage,
    notes: &mut Vec<PreviewNote>,
) -> PreviewHeader {
    let format = header.format();
    let media = match format {
        HeaderFormat::Text => {
            let text = header.text.as_deref().unwrap_or("");
            let filled = substitute(text, |key| values.header_variable(header, key));
            usage.record(place, &filled);
            return PreviewHeader::Text {
                lines: text::plain_lines(&filled),
            };
        }
        HeaderFormat::Image => MediaKind::Image,
        HeaderFormat::Video => MediaKind::Video,
        HeaderFormat::Document => MediaKind::Document,
        HeaderFormat::Gif => MediaKind::Gif,
        HeaderFormat::Location => {
            return match &values.header {
                Some(HeaderValue::Location(location)) => PreviewHeader::Location {
                    name: location.name.clone(),
                    address: location.address.clone(),
                    latitude: Some(coordinate(&location.latitude)),
                    longitude: Some(coordinate(&location.longitude)),
                },
                _ => {
                    notes.push(PreviewNote::info(format!(
                        "The {place} location is chosen at send time; a sample map is drawn."
                    )));
                    PreviewHeader::Location {
                        name: None,
                        address: None,
                        latitude: None,
                        longitude: None,
                    }
                }
            };
        }
        HeaderFormat::Product | HeaderFormat::Other => {
            return PreviewHeader::Unsupported {
                format: header
                    .format
                    .as_ref()
                    .map_or_else(String::new, |f| f.as_str().to_string()),
            };
        }
    };
    let (source, filename) = match &values.header {
        Some(HeaderValue::Media(media)) => {
            let source = match &media.source {
                MediaSource::Id(id) => MediaPreview::Id { id: id.clone() },
                MediaSource::Link(url) => MediaPreview::Link { url: url.clone() },
            };
            (source, media.filename.clone())
        }
        _ => {
            let handle = header
                .example
                .as_ref()
                .and_then(|e| e.header_handle.as_ref())
                .and_then(|handles| handles.first());
            match handle {
                Some(handle) => (
                    MediaPreview::Sample {
                        handle: handle.clone(),
                    },
                    None,
                ),
                None => (MediaPreview::Missing, None),
            }
        }
    };
    PreviewHeader::Media {
        media,
        source,
        filename,
    }
}

fn coordinate(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Authentication bodies are preset by Meta (reference §3.3).
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
/// templates (reference §2.4, §10.14).
fn note_new_markup(lines: &[PreviewLine], notes: &mut Vec<PreviewNote>) {
    let uses_new = lines
        .iter()
        .any(|line| !matches!(line.block, LineBlock::Plain) || line.spans.iter().any(|s| s.code));
    if uses_new {
        notes.push(PreviewNote::warning(
            "Quotes, lists and inline code are drawn as the WhatsApp app shows them, but no \
             Meta page confirms they render in templates sent through the API (sources disagree)."
                .to_string(),
        ));
    }
}

fn offer_preview(
    template: &Template,
    values: &Values,
    options: &PreviewOptions,
    notes: &mut Vec<PreviewNote>,
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
        Some(ms) => offer::countdown(ms, options.now_ms, false),
        None => {
            notes.push(PreviewNote::info(
                "No offer expiry given: the countdown shows a sample of 2 days.".to_string(),
            ));
            offer::countdown(
                options.now_ms.saturating_add(offer::SAMPLE_EXPIRY_MS),
                options.now_ms,
                true,
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
) -> CardPreview {
    let place = format!("card {}", index + 1);
    let mut preview = CardPreview {
        index,
        header: None,
        body: None,
        buttons: Vec::new(),
    };
    for component in card.component_list() {
        match component {
            Component::Header(header) if preview.header.is_none() => {
                preview.header = Some(header_preview(header, values, &place, usage, notes));
            }
            Component::Body(body) if preview.body.is_none() => {
                if let Some(text) = body.text.as_deref() {
                    let filled = substitute(text, |key| values.body_variable(body, key));
                    usage.record(&place, &filled);
                    preview.body = Some(text::formatted_lines(&filled));
                }
            }
            Component::Buttons(buttons) if preview.buttons.is_empty() => {
                preview.buttons =
                    buttons::preview_buttons(buttons.list(), values, client, None, notes);
            }
            Component::Unrecognized { problem, .. } => notes.push(PreviewNote::warning(format!(
                "A component of {place} could not be read ({problem}); it is not drawn."
            ))),
            _ => {}
        }
    }
    preview
}

/// WhatsApp desktop hides limited-time offers and some button sets (reference §2.3, §3.2).
fn desktop_display(
    template: &Template,
    buttons: &[Button],
    client: Client,
    notes: &mut Vec<PreviewNote>,
) -> Display {
    if client != Client::Desktop {
        return Display::Shown;
    }
    let mut reasons = Vec::new();
    if template.limited_time_offer().is_some() {
        reasons.push("WhatsApp desktop does not show limited-time offers.".to_string());
    }
    reasons.extend(buttons::desktop_hides(buttons));
    if reasons.is_empty() {
        return Display::Shown;
    }
    for reason in &reasons {
        notes.push(PreviewNote::warning(format!(
            "{reason} Desktop users see a placeholder asking them to open WhatsApp on their phone."
        )));
    }
    Display::NotShown {
        text: NOT_SHOWN_TEXT.to_string(),
        reasons,
    }
}
