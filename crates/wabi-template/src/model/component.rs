//! The components of a template: header, body, footer, buttons, carousel, limited-time offer.
//!
//! Each kind has its own typed struct holding Meta's field names; every struct keeps the fields
//! it does not know in `extra`, so writing a component back yields the JSON it was read from.
//! A component whose fields have the wrong JSON types (a draft in progress) is not an error: it
//! becomes [`Component::Unrecognized`], keeping the raw value and saying what could not be read.

use super::button::Button;
use super::keyword::{keyword_enum, Spelled};
use super::lossless::{read_exact, with_extra, WithExtra};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

keyword_enum!(
    /// The `type` of a component.
    ComponentKind {
        /// `HEADER`.
        Header => "HEADER",
        /// `BODY`.
        Body => "BODY",
        /// `FOOTER`.
        Footer => "FOOTER",
        /// `BUTTONS`.
        Buttons => "BUTTONS",
        /// `CAROUSEL`.
        Carousel => "CAROUSEL",
        /// `LIMITED_TIME_OFFER`.
        LimitedTimeOffer => "LIMITED_TIME_OFFER",
    }
);

keyword_enum!(
    /// The `format` of a header.
    HeaderFormat {
        /// Text header (`text`, at most one variable).
        Text => "TEXT",
        /// Image header.
        Image => "IMAGE",
        /// Video header.
        Video => "VIDEO",
        /// Document header.
        Document => "DOCUMENT",
        /// Location header (supplied at send time).
        Location => "LOCATION",
        /// GIF header (Marketing Messages API only).
        Gif => "GIF",
        /// Product header (product-card templates).
        Product => "PRODUCT",
    }
);

impl HeaderFormat {
    /// True for the formats whose header is a media file (image, video, document, GIF).
    pub fn is_media(self) -> bool {
        matches!(
            self,
            HeaderFormat::Image | HeaderFormat::Video | HeaderFormat::Document | HeaderFormat::Gif
        )
    }
}

/// One component of a template (or of a carousel card).
#[derive(Debug, Clone, PartialEq)]
pub enum Component {
    /// `HEADER`.
    Header(Header),
    /// `BODY`.
    Body(Body),
    /// `FOOTER`.
    Footer(Footer),
    /// `BUTTONS`.
    Buttons(Buttons),
    /// `CAROUSEL`.
    Carousel(Carousel),
    /// `LIMITED_TIME_OFFER`.
    LimitedTimeOffer(LimitedTimeOffer),
    /// A component of an unknown type, or one whose fields could not be read.
    Unrecognized {
        /// The component exactly as written.
        raw: Value,
        /// Why it could not be read, in words.
        problem: String,
    },
}

/// A `HEADER` component.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ComponentKind>,
    /// `format`: text, image, video, document, location…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Spelled<HeaderFormat>>,
    /// Header text (text headers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Sample values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<HeaderExample>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `example` of a header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeaderExample {
    /// Positional sample: `["Summer Sale"]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_text: Option<Vec<String>>,
    /// Named sample: `[{"param_name": "…", "example": "…"}]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_text_named_params: Option<Vec<NamedExample>>,
    /// Media sample handles from the Resumable Upload API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_handle: Option<Vec<String>>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A named variable's sample: `{"param_name": "first_name", "example": "Pablo"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedExample {
    /// The variable's name.
    pub param_name: String,
    /// Its sample value.
    pub example: String,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `BODY` component.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Body {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ComponentKind>,
    /// Body text (absent in authentication templates, whose text is preset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Authentication: add "For your security, do not share this code."
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_security_recommendation: Option<bool>,
    /// Sample values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<BodyExample>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `example` of a body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BodyExample {
    /// Positional samples: one array wrapped in an outer array.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_text: Option<Vec<Vec<String>>>,
    /// Named samples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_text_named_params: Option<Vec<NamedExample>>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `FOOTER` component.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Footer {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ComponentKind>,
    /// Footer text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Authentication: "This code expires in N minutes."
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_expiration_minutes: Option<u32>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `BUTTONS` component.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Buttons {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ComponentKind>,
    /// The buttons, in template order (their index is their position); see [`Buttons::list`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buttons: Option<Vec<Button>>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `CAROUSEL` component.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Carousel {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ComponentKind>,
    /// The cards, in order; see [`Carousel::card_list`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cards: Option<Vec<Card>>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One carousel card: its own header, body and buttons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The card's components.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<Component>>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `LIMITED_TIME_OFFER` component.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LimitedTimeOffer {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ComponentKind>,
    /// The offer itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limited_time_offer: Option<OfferDetails>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `limited_time_offer` object: headline and whether it expires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferDetails {
    /// Offer headline (at most 16 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Whether a countdown is shown (expiry supplied at send time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_expiration: Option<bool>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Component {
    /// Reads one component from any JSON value; never fails (see [`Component::Unrecognized`]).
    pub fn from_value(value: Value) -> Component {
        let kind = match value.get("type") {
            Some(Value::String(s)) => <ComponentKind as super::keyword::Keyword>::parse(s),
            Some(_) => {
                return unrecognized(value, "its \"type\" is not a string".to_string());
            }
            None if value.is_object() => {
                return unrecognized(value, "it has no \"type\"".to_string());
            }
            None => return unrecognized(value, "it is not a JSON object".to_string()),
        };
        match kind {
            ComponentKind::Header => typed(value, Component::Header),
            ComponentKind::Body => typed(value, Component::Body),
            ComponentKind::Footer => typed(value, Component::Footer),
            ComponentKind::Buttons => typed(value, Component::Buttons),
            ComponentKind::Carousel => typed(value, Component::Carousel),
            ComponentKind::LimitedTimeOffer => typed(value, Component::LimitedTimeOffer),
            ComponentKind::Other => {
                let problem = format!(
                    "its type {} is not one this version knows",
                    value.get("type").unwrap_or(&Value::Null)
                );
                unrecognized(value, problem)
            }
        }
    }

    /// What kind of component this is (`Other` for unrecognized ones).
    pub fn kind(&self) -> ComponentKind {
        match self {
            Component::Header(_) => ComponentKind::Header,
            Component::Body(_) => ComponentKind::Body,
            Component::Footer(_) => ComponentKind::Footer,
            Component::Buttons(_) => ComponentKind::Buttons,
            Component::Carousel(_) => ComponentKind::Carousel,
            Component::LimitedTimeOffer(_) => ComponentKind::LimitedTimeOffer,
            Component::Unrecognized { .. } => ComponentKind::Other,
        }
    }
}

impl Header {
    /// The header's format; a header without `format` is treated as text.
    pub fn format(&self) -> HeaderFormat {
        self.format
            .as_ref()
            .map_or(HeaderFormat::Text, |format| format.kind())
    }
}

impl Buttons {
    /// The buttons (empty when the field is missing).
    pub fn list(&self) -> &[Button] {
        self.buttons.as_deref().unwrap_or_default()
    }
}

impl Carousel {
    /// The cards (empty when the field is missing).
    pub fn card_list(&self) -> &[Card] {
        self.cards.as_deref().unwrap_or_default()
    }
}

impl Card {
    /// The card's components (empty when the field is missing).
    pub fn component_list(&self) -> &[Component] {
        self.components.as_deref().unwrap_or_default()
    }
}

with_extra!(Header, Body, Footer, Buttons, Carousel, LimitedTimeOffer);

fn unrecognized(raw: Value, problem: String) -> Component {
    Component::Unrecognized { raw, problem }
}

/// Reads a typed component, or keeps it raw with serde's explanation.
fn typed<T: WithExtra>(value: Value, wrap: fn(T) -> Component) -> Component {
    match read_exact::<T>(&value) {
        Ok(component) => wrap(component),
        Err(problem) => unrecognized(value, problem),
    }
}

impl Serialize for Component {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Component::Header(c) => c.serialize(serializer),
            Component::Body(c) => c.serialize(serializer),
            Component::Footer(c) => c.serialize(serializer),
            Component::Buttons(c) => c.serialize(serializer),
            Component::Carousel(c) => c.serialize(serializer),
            Component::LimitedTimeOffer(c) => c.serialize(serializer),
            Component::Unrecognized { raw, .. } => raw.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Component {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Component::from_value(Value::deserialize(deserializer)?))
    }
}
