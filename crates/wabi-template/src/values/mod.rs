//! The values a send fills in (the `VALUES.json` of `wabi preview`/`wabi payload`), their
//! validation against a template, and the lookup "given value, else the template's example".
//!
//! Shape (every key optional):
//! ```json
//! {"header": {"1": "Ada"},                       // text header: variable → value
//!  "body": {"1": "Ada", "2": "42"},              // or by name: {"first_name": "Ada"}
//!  "buttons": {"0": "order-42"},                 // by button index: URL suffix, quick-reply
//!                                                // payload, coupon code, catalog thumbnail,
//!                                                // flow token; an object for MPM/flow actions
//!  "cards": {"0": {"header": {...}, "body": {...}, "buttons": {...}}},
//!  "limited_time_offer": {"expiration_time_ms": 1767225600000}}
//! ```
//! A media header takes `{"id": "<MEDIA_ID>"}` or `{"link": "https://…"}` (documents may add
//! `"filename"`); a location header takes `{"latitude": …, "longitude": …, "name": …,
//! "address": …}`. An authentication template's one-time code is `body.1`.
//!
//! Validation happens against the template, because what a key means depends on it (a media
//! header's `id` is not a variable). Every problem is reported at once, each naming its field.

mod examples;
mod read;
mod substitute;

pub use examples::{body_example, header_example, url_example, url_has_variable, variable_keys};
pub(crate) use examples::{button_kind_name, is_authentication};
pub use substitute::{substitute, FillSource, FilledVariable, Substituted};

use crate::model::{Body, Button, Header, Template};
use crate::Locale;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;
use ts_rs::TS;

/// One problem with an input, naming the field (e.g. `body.3`, `cards.1.buttons.0`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldProblem {
    /// Where: a dotted path into the values (or, for send-time rules, into the message).
    pub field: String,
    /// What is wrong and what to do, in the locale asked for (English by default).
    pub message: String,
}

impl FieldProblem {
    pub(crate) fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Validated values for one template.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Values {
    /// Top-level header, body and buttons.
    pub main: ComponentValues,
    /// Per carousel card, by card index.
    pub cards: BTreeMap<usize, ComponentValues>,
    /// Limited-time offer expiry (Unix milliseconds).
    pub offer_expiration_time_ms: Option<i64>,
}

/// Values for a header, a body and buttons (of the message, or of one card).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComponentValues {
    /// Header value.
    pub header: Option<HeaderValue>,
    /// Body variables: `"1"` or a name → value.
    pub body: BTreeMap<String, String>,
    /// Button values by index.
    pub buttons: BTreeMap<usize, ButtonValue>,
}

/// A header's value.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderValue {
    /// Text header variables: `"1"` or a name → value.
    Text(BTreeMap<String, String>),
    /// Media header: an uploaded media id or a public link.
    Media(MediaRef),
    /// Location header.
    Location(LocationValue),
}

/// A media file for a header: by id (Media Upload API) or by link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRef {
    /// What identifies the file.
    pub source: MediaSource,
    /// File name shown for documents.
    pub filename: Option<String>,
}

/// Where a media file comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaSource {
    /// A media id from `POST /{PHONE_NUMBER_ID}/media`.
    Id(String),
    /// A public `https://` link.
    Link(String),
}

/// A location header's value. Coordinates are kept as given (number or string), as Meta
/// accepts both.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationValue {
    /// Latitude.
    pub latitude: Value,
    /// Longitude.
    pub longitude: Value,
    /// Place name.
    pub name: Option<String>,
    /// Address.
    pub address: Option<String>,
}

/// A button's value.
#[derive(Debug, Clone, PartialEq)]
pub enum ButtonValue {
    /// URL suffix, quick-reply payload, coupon code, catalog thumbnail id or flow token.
    Text(String),
    /// An `action` object (multi-product sections, flow token with data).
    Action(Map<String, Value>),
}

/// Where a filled-in value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill<'a> {
    /// Given in the values.
    Given(&'a str),
    /// Taken from the template's example.
    Example(&'a str),
    /// Neither given nor exemplified.
    Missing,
}

impl<'a> Fill<'a> {
    /// The text, if there is one.
    pub fn text(self) -> Option<&'a str> {
        match self {
            Fill::Given(text) | Fill::Example(text) => Some(text),
            Fill::Missing => None,
        }
    }

    fn or_example(given: Option<&'a String>, example: Option<&'a str>) -> Fill<'a> {
        match (given, example) {
            (Some(text), _) => Fill::Given(text),
            (None, Some(text)) => Fill::Example(text),
            (None, None) => Fill::Missing,
        }
    }
}

impl ComponentValues {
    /// Header variable `key`: given, else the header's example.
    pub fn header_variable<'a>(&'a self, header: &'a Header, key: &str) -> Fill<'a> {
        let given = match &self.header {
            Some(HeaderValue::Text(vars)) => vars.get(key),
            _ => None,
        };
        Fill::or_example(given, header_example(header, key))
    }

    /// Body variable `key`: given, else the body's example.
    pub fn body_variable<'a>(&'a self, body: &'a Body, key: &str) -> Fill<'a> {
        Fill::or_example(self.body.get(key), body_example(body, key))
    }

    /// Text value of button `index`: given, else the button's example (URL suffix, coupon).
    pub fn button_text<'a>(&'a self, index: usize, button: &'a Button) -> Fill<'a> {
        let given = match self.buttons.get(&index) {
            Some(ButtonValue::Text(text)) => Some(text),
            _ => None,
        };
        let example = match button {
            Button::Url(url) => url_example(url),
            Button::CopyCode(code) => code.example.as_ref().and_then(|s| s.first()),
            _ => None,
        };
        Fill::or_example(given, example)
    }
}

impl Values {
    /// Validates a `VALUES.json` value against a template. Reports every problem, each naming
    /// its field, worded in English.
    pub fn from_value(value: &Value, template: &Template) -> Result<Values, Vec<FieldProblem>> {
        read::read_values(value, template, Locale::En)
    }

    /// Like [`from_value`](Self::from_value), with the problems worded in `locale`. The fields
    /// of the problems do not depend on the locale.
    pub fn from_value_in(
        value: &Value,
        template: &Template,
        locale: Locale,
    ) -> Result<Values, Vec<FieldProblem>> {
        read::read_values(value, template, locale)
    }

    /// The values of card `index` (empty when none were given).
    pub fn card(&self, index: usize) -> &ComponentValues {
        static EMPTY: ComponentValues = ComponentValues {
            header: None,
            body: BTreeMap::new(),
            buttons: BTreeMap::new(),
        };
        self.cards.get(&index).unwrap_or(&EMPTY)
    }
}
