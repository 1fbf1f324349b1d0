//! Headers as drawn: text with its variables filled, media (given file, template sample or
//! none), location; plus the tracking of which values came from examples, for the notes.

use super::model::{MediaKind, MediaPreview, PreviewHeader, PreviewNote};
use super::text;
use crate::model::{Header, HeaderFormat};
use crate::values::{
    substitute, ComponentValues, FillSource, HeaderValue, MediaSource, Substituted,
};
use crate::{tr, Locale};

/// Tracks which variables were shown from examples or raw, for the notes: (place, key) pairs,
/// each once, in order of appearance.
#[derive(Default)]
pub(super) struct ValueUsage {
    from_examples: Vec<(String, String)>,
    missing: Vec<(String, String)>,
}

impl ValueUsage {
    pub(super) fn record(&mut self, place: &str, filled: &Substituted) {
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

    pub(super) fn add_notes(self, notes: &mut Vec<PreviewNote>, locale: Locale) {
        if !self.from_examples.is_empty() {
            notes.push(PreviewNote::info(tr!(locale,
                en: "Shown with the template's example values: {}.",
                it: "Mostrato con i valori di esempio del template: {}.",
                Self::describe(&self.from_examples))));
        }
        if !self.missing.is_empty() {
            notes.push(PreviewNote::warning(tr!(locale,
                en: "No value and no example, shown as written: {}.",
                it: "Nessun valore e nessun esempio, mostrato così come è scritto: {}.",
                Self::describe(&self.missing))));
        }
    }
}

pub(super) fn header_preview(
    header: &Header,
    values: &ComponentValues,
    place: &str,
    usage: &mut ValueUsage,
    notes: &mut Vec<PreviewNote>,
    locale: Locale,
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
                    notes.push(PreviewNote::info(tr!(locale,
                        en: "The {place} location is chosen at send time; a sample map is drawn.",
                        it: "La posizione ({place}) si sceglie al momento dell'invio; è disegnata \
                             una mappa di esempio.")));
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
