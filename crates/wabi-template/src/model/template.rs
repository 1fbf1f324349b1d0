//! The template document itself (Meta's `POST /{WABA-ID}/message_templates` body), and the list
//! shape Meta returns from `GET /{WABA-ID}/message_templates`.
//!
//! Reading never fails on a JSON object: a top-level field of the wrong JSON type stays in
//! `extra` (so it is written back unchanged) and reads as absent, and each component that cannot
//! be read is kept as [`Component::Unrecognized`]. That is what lets the preview and the payload
//! builder work on drafts in progress. Only a document that is not an object at all is refused.

use super::component::{Body, Buttons, Carousel, Component, Footer, Header, LimitedTimeOffer};
use super::keyword::{keyword_enum, Spelled};
use crate::TemplateError;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

keyword_enum!(
    /// A template's `category`.
    Category {
        /// `MARKETING`.
        Marketing => "MARKETING",
        /// `UTILITY`.
        Utility => "UTILITY",
        /// `AUTHENTICATION`.
        Authentication => "AUTHENTICATION",
    }
);

keyword_enum!(
    /// A template's `parameter_format`.
    ParameterFormat {
        /// `{{1}}`, `{{2}}`… (the default).
        Positional => "POSITIONAL",
        /// `{{first_name}}`.
        Named => "NAMED",
    }
);

/// A WhatsApp message template, as Meta's creation JSON (or one entry of Meta's template list).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Template {
    /// Template name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Language code, e.g. `en_US`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Spelled<Category>>,
    /// Positional or named variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter_format: Option<Spelled<ParameterFormat>>,
    /// Time-to-live in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_send_ttl_seconds: Option<i64>,
    /// Components, in order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<Component>>,
    /// Template id (templates read back from Meta).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Review status (templates read back from Meta).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Every other field (`sub_category`, `quality_score`, …), kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Template {
    /// Reads a template from any JSON value. Fails only when the value is not an object.
    pub fn from_value(value: Value) -> Result<Template, TemplateError> {
        let Value::Object(mut map) = value else {
            return Err(TemplateError::Invalid(format!(
                "a template must be a JSON object, found {}",
                json_kind(&value)
            )));
        };
        Ok(Template {
            name: take(&mut map, "name"),
            language: take(&mut map, "language"),
            category: take(&mut map, "category"),
            parameter_format: take(&mut map, "parameter_format"),
            message_send_ttl_seconds: take(&mut map, "message_send_ttl_seconds"),
            components: take(&mut map, "components"),
            id: take(&mut map, "id"),
            status: take(&mut map, "status"),
            extra: map,
        })
    }

    /// Parses a template from JSON text.
    pub fn from_json(text: &str) -> Result<Template, TemplateError> {
        Template::from_value(serde_json::from_str(text)?)
    }

    /// Writes the template back as a JSON value (the value it was read from, when unchanged).
    pub fn to_value(&self) -> Value {
        // Serialising plain data (strings, numbers, maps with string keys) cannot fail.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The category, if one was given and understood.
    pub fn category(&self) -> Option<Category> {
        self.category.as_ref().map(Spelled::kind)
    }

    /// The parameter format; positional when absent (Meta's default).
    pub fn parameter_format(&self) -> ParameterFormat {
        self.parameter_format
            .as_ref()
            .map_or(ParameterFormat::Positional, Spelled::kind)
    }

    /// The components (empty when the field is missing).
    pub fn component_list(&self) -> &[Component] {
        self.components.as_deref().unwrap_or_default()
    }

    /// The first header component.
    pub fn header(&self) -> Option<&Header> {
        self.component_list().iter().find_map(|c| match c {
            Component::Header(h) => Some(h),
            _ => None,
        })
    }

    /// The first body component.
    pub fn body(&self) -> Option<&Body> {
        self.component_list().iter().find_map(|c| match c {
            Component::Body(b) => Some(b),
            _ => None,
        })
    }

    /// The first footer component.
    pub fn footer(&self) -> Option<&Footer> {
        self.component_list().iter().find_map(|c| match c {
            Component::Footer(f) => Some(f),
            _ => None,
        })
    }

    /// The first buttons component.
    pub fn buttons(&self) -> Option<&Buttons> {
        self.component_list().iter().find_map(|c| match c {
            Component::Buttons(b) => Some(b),
            _ => None,
        })
    }

    /// The first carousel component.
    pub fn carousel(&self) -> Option<&Carousel> {
        self.component_list().iter().find_map(|c| match c {
            Component::Carousel(c) => Some(c),
            _ => None,
        })
    }

    /// The first limited-time-offer component.
    pub fn limited_time_offer(&self) -> Option<&LimitedTimeOffer> {
        self.component_list().iter().find_map(|c| match c {
            Component::LimitedTimeOffer(l) => Some(l),
            _ => None,
        })
    }
}

impl<'de> Deserialize<'de> for Template {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Template::from_value(Value::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// Meta's template list: `{"data": [...], "paging": {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TemplateList {
    /// The templates.
    pub data: Vec<Template>,
    /// Paging cursors and every other field, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A file's content: one template, or Meta's list of templates.
#[derive(Debug, Clone, PartialEq)]
pub enum TemplateDocument {
    /// One template.
    Single(Template),
    /// `{"data": [...]}` as returned by Meta.
    List(TemplateList),
}

impl TemplateDocument {
    /// Reads either shape: an object with a `data` array is a list, any other object one template.
    pub fn from_value(value: Value) -> Result<TemplateDocument, TemplateError> {
        if matches!(value.get("data"), Some(Value::Array(_))) && value.get("components").is_none() {
            let list = TemplateList::deserialize(&value)
                .map_err(|e| TemplateError::Invalid(format!("template list: {e}")))?;
            return Ok(TemplateDocument::List(list));
        }
        Template::from_value(value).map(TemplateDocument::Single)
    }

    /// The templates the document holds, in order.
    pub fn templates(&self) -> &[Template] {
        match self {
            TemplateDocument::Single(t) => std::slice::from_ref(t),
            TemplateDocument::List(list) => &list.data,
        }
    }

    /// Writes the document back as JSON.
    pub fn to_value(&self) -> Value {
        let written = match self {
            TemplateDocument::Single(t) => serde_json::to_value(t),
            TemplateDocument::List(list) => serde_json::to_value(list),
        };
        // Serialising plain data cannot fail.
        written.unwrap_or(Value::Null)
    }
}

/// Removes `key` from `map` and returns it typed, or leaves it in place when it has another type.
fn take<T: DeserializeOwned>(map: &mut Map<String, Value>, key: &str) -> Option<T> {
    let parsed = T::deserialize(map.get(key)?).ok()?;
    map.remove(key);
    Some(parsed)
}

/// A JSON value's kind in words, for messages.
pub(crate) fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
