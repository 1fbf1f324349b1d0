//! The preview model's data: what the UI receives and draws. Plain data, serialised with
//! camelCase fields and `kind`-tagged enums; no logic beyond small constructors.

use super::buttons::ButtonLayout;
use super::buttons::PreviewButton;
use super::client::{Client, ClientStyle, Theme};
use super::offer::OfferPreview;
use super::text::PreviewLine;
use serde::Serialize;
use ts_rs::TS;

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
