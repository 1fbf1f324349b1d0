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

use crate::model::{
    Body, Button, ButtonKind, Category, Component, Header, HeaderFormat, Template, UrlButton,
};
use crate::placeholders::{scan, PlaceholderKey};
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
    /// What is wrong and what to do, in English.
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

/// The variable keys of a text, in order: `"1"` for `{{1}}`, `"name"` for `{{name}}`.
/// Malformed placeholders are literal text and have no key.
pub fn variable_keys(text: &str) -> Vec<String> {
    scan(text)
        .into_iter()
        .filter_map(|p| match p.key {
            PlaceholderKey::Positional(n) => Some(n.to_string()),
            PlaceholderKey::Named(name) => Some(name),
            PlaceholderKey::Malformed(_) => None,
        })
        .collect()
}

/// The body variables of a body: from its text, or the code `"1"` of an authentication body.
pub(crate) fn body_keys(body: &Body, template: &Template) -> Vec<String> {
    match &body.text {
        Some(text) if !is_authentication(template) => variable_keys(text),
        _ if is_authentication(template) => vec!["1".to_string()],
        _ => Vec::new(),
    }
}

/// True for an authentication template (by category, or by its OTP button).
pub(crate) fn is_authentication(template: &Template) -> bool {
    template.category() == Some(Category::Authentication)
        || template
            .buttons()
            .is_some_and(|b| b.list().iter().any(|b| b.kind() == ButtonKind::Otp))
}

/// The example of variable `key` in a list of positional samples or named samples.
fn example_of<'a>(
    key: &str,
    positional: Option<&'a [String]>,
    named: Option<&'a [crate::model::NamedExample]>,
) -> Option<&'a str> {
    match key.parse::<usize>() {
        Ok(n) => positional?.get(n.checked_sub(1)?).map(String::as_str),
        Err(_) => named?
            .iter()
            .find(|p| p.param_name == key)
            .map(|p| p.example.as_str()),
    }
}

/// The template's example for header variable `key`.
pub fn header_example<'a>(header: &'a Header, key: &str) -> Option<&'a str> {
    let example = header.example.as_ref()?;
    example_of(
        key,
        example.header_text.as_deref(),
        example.header_text_named_params.as_deref(),
    )
}

/// The template's example for body variable `key`.
pub fn body_example<'a>(body: &'a Body, key: &str) -> Option<&'a str> {
    let example = body.example.as_ref()?;
    example_of(
        key,
        example
            .body_text
            .as_ref()
            .and_then(|rows| rows.first())
            .map(Vec::as_slice),
        example.body_text_named_params.as_deref(),
    )
}

/// The template's example for a URL button's variable. Meta's pages give either the value alone
/// or the whole URL (reference §10.6). A whole URL is cut back to the part after the URL's fixed
/// prefix; when it does not start with that prefix (Meta's own LTO example), to the part after
/// its last `=` or `/`.
pub fn url_example(button: &UrlButton) -> Option<&str> {
    let example = button.example.as_ref()?.first()?;
    let prefix = button
        .url
        .as_deref()
        .and_then(|url| url.find("{{").and_then(|at| url.get(..at)));
    let is_full_url = example.starts_with("https://") || example.starts_with("http://");
    match prefix {
        Some(prefix) if !prefix.is_empty() && example.starts_with(prefix) => {
            example.get(prefix.len()..)
        }
        Some(prefix) if !prefix.is_empty() && is_full_url => {
            let cut = example.rfind(['=', '/']).map_or(0, |at| at + 1);
            example.get(cut..)
        }
        _ => Some(example.as_str()),
    }
}

/// True when a URL button's URL holds a variable.
pub fn url_has_variable(button: &UrlButton) -> bool {
    button
        .url
        .as_deref()
        .is_some_and(|url| !variable_keys(url).is_empty())
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
            Button::CopyCode(code) => code.example.as_deref(),
            _ => None,
        };
        Fill::or_example(given, example)
    }
}

impl Values {
    /// Validates a `VALUES.json` value against a template. Reports every problem, each naming
    /// its field.
    pub fn from_value(value: &Value, template: &Template) -> Result<Values, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let Value::Object(map) = value else {
            return Err(vec![FieldProblem::new(
                "(top level)",
                format!(
                    "the values must be a JSON object with keys header, body, buttons, cards, \
                     limited_time_offer; found {}",
                    crate::model::template::json_kind(value)
                ),
            )]);
        };
        let mut values = Values::default();
        let parts = Parts::of(template.component_list());
        for (key, item) in map {
            match key.as_str() {
                "header" | "body" | "buttons" => {}
                "cards" => values.cards = read_cards(item, template, &mut problems),
                "limited_time_offer" => {
                    values.offer_expiration_time_ms = read_offer(item, template, &mut problems);
                }
                other => problems.push(FieldProblem::new(
                    other,
                    "unknown key; the values may hold header, body, buttons, cards and \
                     limited_time_offer",
                )),
            }
        }
        values.main = read_component_values(map, "", &parts, template, &mut problems);
        if problems.is_empty() {
            Ok(values)
        } else {
            Err(problems)
        }
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

/// The header, body and buttons of a component list (the message's or a card's).
struct Parts<'a> {
    header: Option<&'a Header>,
    body: Option<&'a Body>,
    buttons: &'a [Button],
}

impl<'a> Parts<'a> {
    fn of(components: &'a [Component]) -> Parts<'a> {
        let mut parts = Parts {
            header: None,
            body: None,
            buttons: &[],
        };
        for component in components {
            match component {
                Component::Header(h) if parts.header.is_none() => parts.header = Some(h),
                Component::Body(b) if parts.body.is_none() => parts.body = Some(b),
                Component::Buttons(b) if parts.buttons.is_empty() => parts.buttons = b.list(),
                _ => {}
            }
        }
        parts
    }
}

fn field(prefix: &str, name: &str) -> String {
    format!("{prefix}{name}")
}

fn read_component_values(
    map: &Map<String, Value>,
    prefix: &str,
    parts: &Parts<'_>,
    template: &Template,
    problems: &mut Vec<FieldProblem>,
) -> ComponentValues {
    let mut values = ComponentValues::default();
    if let Some(item) = map.get("header") {
        values.header = read_header(item, &field(prefix, "header"), parts.header, problems);
    }
    if let Some(item) = map.get("body") {
        let path = field(prefix, "body");
        match parts.body {
            None => problems.push(FieldProblem::new(path, "there is no body to fill in here")),
            Some(body) => {
                let keys = if prefix.is_empty() {
                    body_keys(body, template)
                } else {
                    body.text.as_deref().map(variable_keys).unwrap_or_default()
                };
                values.body = read_variables(item, &path, &keys, "the body", problems);
            }
        }
    }
    if let Some(item) = map.get("buttons") {
        values.buttons = read_buttons(item, &field(prefix, "buttons"), parts.buttons, problems);
    }
    values
}

/// Reads `{"1": "…", "name": "…"}` for a text with variables `keys`.
fn read_variables(
    item: &Value,
    path: &str,
    keys: &[String],
    what: &str,
    problems: &mut Vec<FieldProblem>,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Value::Object(map) = item else {
        problems.push(FieldProblem::new(
            path,
            format!(
                "must be an object mapping each variable's number or name to its value, e.g. \
                 {{\"1\": \"Ada\"}}; found {}",
                crate::model::template::json_kind(item)
            ),
        ));
        return out;
    };
    for (key, value) in map {
        let at = format!("{path}.{key}");
        if !keys.iter().any(|k| k == key) {
            let known = if keys.is_empty() {
                format!("{what} has no variables")
            } else {
                format!("{what} has {}", describe_keys(keys))
            };
            problems.push(FieldProblem::new(
                at,
                format!("unknown variable {{{{{key}}}}}: {known}"),
            ));
            continue;
        }
        match value {
            Value::String(text) => {
                out.insert(key.clone(), text.clone());
            }
            other => problems.push(FieldProblem::new(
                at,
                format!(
                    "must be a string (write it in quotes), found {}",
                    crate::model::template::json_kind(other)
                ),
            )),
        }
    }
    out
}

fn describe_keys(keys: &[String]) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for key in keys {
        if !unique.contains(&key.as_str()) {
            unique.push(key);
        }
    }
    let list: Vec<String> = unique.iter().map(|k| format!("{{{{{k}}}}}")).collect();
    list.join(", ")
}

fn read_header(
    item: &Value,
    path: &str,
    header: Option<&Header>,
    problems: &mut Vec<FieldProblem>,
) -> Option<HeaderValue> {
    let Some(header) = header else {
        problems.push(FieldProblem::new(
            path,
            "there is no header to fill in here",
        ));
        return None;
    };
    let format = header.format();
    if format == HeaderFormat::Text {
        let keys = header
            .text
            .as_deref()
            .map(variable_keys)
            .unwrap_or_default();
        return Some(HeaderValue::Text(read_variables(
            item,
            path,
            &keys,
            "the header",
            problems,
        )));
    }
    let Value::Object(map) = item else {
        problems.push(FieldProblem::new(
            path,
            format!(
                "must be an object, found {}",
                crate::model::template::json_kind(item)
            ),
        ));
        return None;
    };
    if format.is_media() {
        return read_media(map, path, problems).map(HeaderValue::Media);
    }
    if format == HeaderFormat::Location {
        return read_location(map, path, problems).map(HeaderValue::Location);
    }
    problems.push(FieldProblem::new(
        path,
        format!(
            "a {} header takes no values here",
            header.format.as_ref().map_or("TEXT", |f| f.as_str())
        ),
    ));
    None
}

fn optional_string(
    map: &Map<String, Value>,
    key: &str,
    path: &str,
    problems: &mut Vec<FieldProblem>,
) -> Option<String> {
    match map.get(key)? {
        Value::String(text) => Some(text.clone()),
        other => {
            problems.push(FieldProblem::new(
                format!("{path}.{key}"),
                format!(
                    "must be a string, found {}",
                    crate::model::template::json_kind(other)
                ),
            ));
            None
        }
    }
}

fn read_media(
    map: &Map<String, Value>,
    path: &str,
    problems: &mut Vec<FieldProblem>,
) -> Option<MediaRef> {
    for key in map.keys() {
        if !matches!(key.as_str(), "id" | "link" | "filename") {
            problems.push(FieldProblem::new(
                format!("{path}.{key}"),
                "unknown key; a media header takes id or link (and filename for documents)",
            ));
        }
    }
    let id = optional_string(map, "id", path, problems);
    let link = optional_string(map, "link", path, problems);
    let filename = optional_string(map, "filename", path, problems);
    let source = match (id, link) {
        (Some(id), None) => MediaSource::Id(id),
        (None, Some(link)) => MediaSource::Link(link),
        (Some(_), Some(_)) => {
            problems.push(FieldProblem::new(path, "give either id or link, not both"));
            return None;
        }
        (None, None) => {
            problems.push(FieldProblem::new(
                path,
                "a media header needs {\"id\": \"<MEDIA_ID>\"} or {\"link\": \"https://…\"}",
            ));
            return None;
        }
    };
    Some(MediaRef { source, filename })
}

fn read_location(
    map: &Map<String, Value>,
    path: &str,
    problems: &mut Vec<FieldProblem>,
) -> Option<LocationValue> {
    for key in map.keys() {
        if !matches!(key.as_str(), "latitude" | "longitude" | "name" | "address") {
            problems.push(FieldProblem::new(
                format!("{path}.{key}"),
                "unknown key; a location header takes latitude, longitude, name and address",
            ));
        }
    }
    let coordinate = |key: &str, problems: &mut Vec<FieldProblem>| match map.get(key) {
        Some(v @ (Value::Number(_) | Value::String(_))) => Some(v.clone()),
        Some(other) => {
            problems.push(FieldProblem::new(
                format!("{path}.{key}"),
                format!(
                    "must be a number, found {}",
                    crate::model::template::json_kind(other)
                ),
            ));
            None
        }
        None => {
            problems.push(FieldProblem::new(
                format!("{path}.{key}"),
                "missing; a location header needs latitude and longitude",
            ));
            None
        }
    };
    let latitude = coordinate("latitude", problems);
    let longitude = coordinate("longitude", problems);
    let name = optional_string(map, "name", path, problems);
    let address = optional_string(map, "address", path, problems);
    Some(LocationValue {
        latitude: latitude?,
        longitude: longitude?,
        name,
        address,
    })
}

fn read_buttons(
    item: &Value,
    path: &str,
    buttons: &[Button],
    problems: &mut Vec<FieldProblem>,
) -> BTreeMap<usize, ButtonValue> {
    let mut out = BTreeMap::new();
    let Value::Object(map) = item else {
        problems.push(FieldProblem::new(
            path,
            format!(
                "must be an object mapping a button index to its value, e.g. {{\"0\": \
                 \"order-42\"}}; found {}",
                crate::model::template::json_kind(item)
            ),
        ));
        return out;
    };
    for (key, value) in map {
        let at = format!("{path}.{key}");
        let Some((index, button)) = key
            .parse::<usize>()
            .ok()
            .and_then(|i| buttons.get(i).map(|b| (i, b)))
        else {
            problems.push(FieldProblem::new(
                at,
                format!(
                    "no button with this index; buttons are numbered from 0 and there {}",
                    match buttons.len() {
                        0 => "are none".to_string(),
                        1 => "is 1 (index 0)".to_string(),
                        n => format!("are {n} (0 to {})", n - 1),
                    }
                ),
            ));
            continue;
        };
        if let Some(read) = read_button(value, &at, button, problems) {
            out.insert(index, read);
        }
    }
    out
}

fn read_button(
    value: &Value,
    at: &str,
    button: &Button,
    problems: &mut Vec<FieldProblem>,
) -> Option<ButtonValue> {
    let kind_name = button_kind_name(button);
    let takes_action = matches!(button.kind(), ButtonKind::Mpm | ButtonKind::Flow);
    let takes_text = match button {
        Button::Url(url) => {
            if !url_has_variable(url) {
                problems.push(FieldProblem::new(
                    at,
                    "this URL button has no variable, so it takes no value",
                ));
                return None;
            }
            true
        }
        Button::QuickReply(_) | Button::CopyCode(_) | Button::Catalog(_) | Button::Flow(_) => true,
        Button::Otp(_) => {
            problems.push(FieldProblem::new(
                at,
                "the OTP button takes its code from body.1 (the code is sent in both places)",
            ));
            return None;
        }
        _ if takes_action => false,
        _ => {
            problems.push(FieldProblem::new(
                at,
                format!("a {kind_name} button takes no value"),
            ));
            return None;
        }
    };
    match value {
        Value::String(text) if takes_text => Some(ButtonValue::Text(text.clone())),
        Value::Object(map) if takes_action => Some(ButtonValue::Action(map.clone())),
        other => {
            let wanted = match (takes_text, takes_action) {
                (true, true) => "a string (flow token) or an object (action)",
                (false, true) => "an object (the action with sections)",
                _ => "a string",
            };
            problems.push(FieldProblem::new(
                at,
                format!(
                    "a {kind_name} button's value must be {wanted}, found {}",
                    crate::model::template::json_kind(other)
                ),
            ));
            None
        }
    }
}

/// A button's type for messages, as written in the template.
pub(crate) fn button_kind_name(button: &Button) -> String {
    match button {
        Button::Unrecognized { raw, .. } => raw
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("unknown")
            .to_string(),
        other => {
            let kind = other.kind();
            <ButtonKind as crate::model::Keyword>::canonical(kind).to_string()
        }
    }
}

fn read_cards(
    item: &Value,
    template: &Template,
    problems: &mut Vec<FieldProblem>,
) -> BTreeMap<usize, ComponentValues> {
    let mut out = BTreeMap::new();
    let cards = template
        .carousel()
        .map(|c| c.card_list())
        .unwrap_or_default();
    if template.carousel().is_none() {
        problems.push(FieldProblem::new("cards", "the template has no carousel"));
        return out;
    }
    let Value::Object(map) = item else {
        problems.push(FieldProblem::new(
            "cards",
            format!(
                "must be an object mapping a card index to its values; found {}",
                crate::model::template::json_kind(item)
            ),
        ));
        return out;
    };
    for (key, value) in map {
        let path = format!("cards.{key}");
        let Some((index, card)) = key
            .parse::<usize>()
            .ok()
            .and_then(|i| cards.get(i).map(|c| (i, c)))
        else {
            problems.push(FieldProblem::new(
                path,
                format!(
                    "no card with this index; cards are numbered from 0 and there are {}",
                    cards.len()
                ),
            ));
            continue;
        };
        let Value::Object(card_map) = value else {
            problems.push(FieldProblem::new(
                path,
                "must be an object with header, body and buttons",
            ));
            continue;
        };
        for key in card_map.keys() {
            if !matches!(key.as_str(), "header" | "body" | "buttons") {
                problems.push(FieldProblem::new(
                    format!("{path}.{key}"),
                    "unknown key; a card may hold header, body and buttons",
                ));
            }
        }
        let parts = Parts::of(card.component_list());
        let values =
            read_component_values(card_map, &format!("{path}."), &parts, template, problems);
        out.insert(index, values);
    }
    out
}

fn read_offer(item: &Value, template: &Template, problems: &mut Vec<FieldProblem>) -> Option<i64> {
    if template.limited_time_offer().is_none() {
        problems.push(FieldProblem::new(
            "limited_time_offer",
            "the template has no limited-time offer",
        ));
        return None;
    }
    let Some(expiry) = item.get("expiration_time_ms") else {
        problems.push(FieldProblem::new(
            "limited_time_offer",
            "must be {\"expiration_time_ms\": <Unix time in milliseconds>}",
        ));
        return None;
    };
    match expiry.as_i64() {
        Some(ms) if ms >= 0 => Some(ms),
        _ => {
            problems.push(FieldProblem::new(
                "limited_time_offer.expiration_time_ms",
                "must be a whole, non-negative number of milliseconds since 1970",
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn template(doc: Value) -> Template {
        Template::from_value(doc).expect("object")
    }

    fn promo() -> Template {
        template(json!({
            "name": "promo", "language": "en", "category": "MARKETING",
            "components": [
                {"type": "HEADER", "format": "TEXT", "text": "Hi {{1}}", "example": {"header_text": ["Pablo"]}},
                {"type": "BODY", "text": "Code {{1}} gives {{2}} off.", "example": {"body_text": [["X1", "10%"]]}},
                {"type": "BUTTONS", "buttons": [
                    {"type": "QUICK_REPLY", "text": "Stop"},
                    {"type": "URL", "text": "Shop", "url": "https://a.example/shop?c={{1}}", "example": ["https://a.example/shop?c=summer"]},
                    {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051310"}
                ]}
            ]
        }))
    }

    fn problems(values: Value, template: &Template) -> Vec<String> {
        match Values::from_value(&values, template) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn valid_values_are_read() {
        let t = promo();
        let values = Values::from_value(
            &json!({"header": {"1": "Ada"}, "body": {"2": "20%"}, "buttons": {"0": "STOP", "1": "fall"}}),
            &t,
        )
        .expect("valid");
        let body = t.body().expect("body");
        assert_eq!(values.main.body_variable(body, "2"), Fill::Given("20%"));
        assert_eq!(values.main.body_variable(body, "1"), Fill::Example("X1"));
        assert_eq!(values.main.body_variable(body, "3"), Fill::Missing);
    }

    #[test]
    fn unknown_variable_names_the_field_and_the_known_ones() {
        let found = problems(json!({"body": {"3": "x"}}), &promo());
        assert_eq!(
            found,
            vec!["body.3: unknown variable {{3}}: the body has {{1}}, {{2}}"]
        );
    }

    #[test]
    fn wrong_types_are_reported_per_field() {
        let found = problems(
            json!({"body": {"1": 5}, "buttons": {"1": ["x"]}, "extra": 1}),
            &promo(),
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].starts_with("extra: unknown key"), "{found:?}");
        assert!(
            found[1].starts_with("body.1: must be a string"),
            "{found:?}"
        );
        assert!(found[2].starts_with("buttons.1: a URL button's value must be a string"));
    }

    #[test]
    fn button_without_value_slot_is_refused() {
        let found = problems(json!({"buttons": {"2": "x", "7": "y"}}), &promo());
        assert_eq!(found.len(), 2);
        assert!(
            found[0].contains("PHONE_NUMBER button takes no value"),
            "{found:?}"
        );
        assert!(found[1].contains("there are 3 (0 to 2)"), "{found:?}");
    }

    #[test]
    fn full_url_example_is_cut_to_the_variable_part() {
        let t = promo();
        let button = &t.buttons().expect("buttons").list()[1];
        assert_eq!(
            Values::default().main.button_text(1, button),
            Fill::Example("summer")
        );
    }

    #[test]
    fn full_url_example_with_another_prefix_is_cut_after_the_last_separator() {
        let t = template(
            json!({"components": [{"type": "BODY", "text": "x"}, {"type": "BUTTONS", "buttons": [
            {"type": "url", "text": "Book", "url": "https://a.example/offers?code={{1}}",
             "example": ["https://a.example/offers?ref=n3mtql"]}]}]}),
        );
        let button = &t.buttons().expect("buttons").list()[0];
        assert_eq!(
            Values::default().main.button_text(0, button),
            Fill::Example("n3mtql")
        );
    }

    #[test]
    fn values_that_are_not_an_object_are_refused() {
        let found = problems(json!([1]), &promo());
        assert!(found[0].contains("found an array"), "{found:?}");
    }

    #[test]
    fn media_header_takes_id_or_link() {
        let t = template(
            json!({"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "x"}]}),
        );
        let values = Values::from_value(&json!({"header": {"id": "123"}}), &t).expect("valid");
        assert_eq!(
            values.main.header,
            Some(HeaderValue::Media(MediaRef {
                source: MediaSource::Id("123".into()),
                filename: None
            }))
        );
        assert_eq!(
            problems(json!({"header": {"id": "1", "link": "https://x"}}), &t).len(),
            1
        );
        assert_eq!(problems(json!({"header": {}}), &t).len(), 1);
    }

    #[test]
    fn authentication_code_is_body_1() {
        let t = template(json!({"category": "AUTHENTICATION", "components": [
            {"type": "BODY", "add_security_recommendation": true},
            {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE"}]}]}));
        assert!(Values::from_value(&json!({"body": {"1": "123456"}}), &t).is_ok());
        assert_eq!(problems(json!({"buttons": {"0": "123456"}}), &t).len(), 1);
    }

    #[test]
    fn card_values_are_checked_against_their_card() {
        let t = template(json!({"category": "MARKETING", "components": [
            {"type": "BODY", "text": "Hi"},
            {"type": "CAROUSEL", "cards": [
                {"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Card {{1}}"}]},
                {"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Card {{1}}"}]}]}]}));
        let values = Values::from_value(
            &json!({"cards": {"1": {"body": {"1": "two"}, "header": {"link": "https://x/y.png"}}}}),
            &t,
        )
        .expect("valid");
        assert_eq!(
            values.card(1).body.get("1").map(String::as_str),
            Some("two")
        );
        let found = problems(json!({"cards": {"2": {}, "0": {"body": {"2": "x"}}}}), &t);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("cards.2: no card"), "{found:?}");
        assert!(
            found[1].starts_with("cards.0.body.2: unknown variable"),
            "{found:?}"
        );
    }
}

/// A text with its variables filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Substituted {
    /// The text after substitution (missing values stay as written, e.g. `{{2}}`).
    pub text: String,
    /// Where each variable ended up in `text`, in order.
    pub variables: Vec<FilledVariable>,
}

/// One variable occurrence in a [`Substituted`] text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilledVariable {
    /// Its key (`"1"` or a name).
    pub key: String,
    /// Byte range of its value (or of its raw `{{…}}` when missing) in the substituted text.
    pub range: std::ops::Range<usize>,
    /// Where the value came from.
    pub source: FillSource,
}

/// Where a filled-in value came from (owned form of [`Fill`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FillSource {
    /// Given in the values.
    Given,
    /// The template's example.
    Example,
    /// Not available: the raw `{{…}}` is shown.
    Missing,
}

/// Fills the variables of `text` using `lookup`; malformed placeholders stay literal.
pub fn substitute<'a>(text: &str, lookup: impl Fn(&str) -> Fill<'a>) -> Substituted {
    let mut out = String::with_capacity(text.len() + 32);
    let placeholders = scan(text);
    let mut variables = Vec::with_capacity(placeholders.len());
    let mut copied_to = 0;
    for placeholder in placeholders {
        let key = match placeholder.key {
            PlaceholderKey::Positional(n) => n.to_string(),
            PlaceholderKey::Named(name) => name,
            PlaceholderKey::Malformed(_) => continue,
        };
        out.push_str(text.get(copied_to..placeholder.span.start).unwrap_or(""));
        let raw = text.get(placeholder.span.clone()).unwrap_or("");
        let (value, source) = match lookup(&key) {
            Fill::Given(value) => (value, FillSource::Given),
            Fill::Example(value) => (value, FillSource::Example),
            Fill::Missing => (raw, FillSource::Missing),
        };
        let start = out.len();
        out.push_str(value);
        variables.push(FilledVariable {
            key,
            range: start..out.len(),
            source,
        });
        copied_to = placeholder.span.end;
    }
    out.push_str(text.get(copied_to..).unwrap_or(""));
    Substituted {
        text: out,
        variables,
    }
}

#[cfg(test)]
mod substitute_tests {
    use super::*;

    #[test]
    fn variables_are_filled_and_their_ranges_recorded() {
        let filled = substitute("Hi {{1}}, {{name}} and {{3}} {{ 4 }}", |key| match key {
            "1" => Fill::Given("Ada"),
            "name" => Fill::Example("Bo"),
            _ => Fill::Missing,
        });
        assert_eq!(filled.text, "Hi Ada, Bo and {{3}} {{ 4 }}");
        let ranges: Vec<&str> = filled
            .variables
            .iter()
            .map(|v| &filled.text[v.range.clone()])
            .collect();
        assert_eq!(ranges, vec!["Ada", "Bo", "{{3}}"]);
        assert_eq!(filled.variables[2].source, FillSource::Missing);
    }
}
