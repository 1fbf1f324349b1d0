//! A template's media headers sent by id (its own header, and each carousel card's: a
//! [`HeaderSlot`]): the file is uploaded with
//! `POST /{PHONE_NUMBER_ID}/media` and the send carries the id Meta returned
//! (`{"image": {"id": "…"}}`), or a public `https://` link is sent as `{"image": {"link": …}}`.
//!
//! Why here: `wabi send` and the app's send dialog both do it, and both must do it the same way
//! (MIME type from the bytes, never the file name; a dry run uploads nothing and shows the upload
//! it would make, with [`UPLOADED_MEDIA_ID`] in the send). The caller keeps the order of a send:
//! build and show, check consent, then [`HeaderUpload::upload`] and send.

use crate::client::GraphClient;
use crate::error::CloudError;
use crate::request::{Header, PreparedRequest, MASKED_AUTHORIZATION};
use crate::settings::AccountSettings;
use serde_json::{json, Value};
use std::path::Path;
use wabi_media::{sniff, MediaFamily};
use wabi_template::model::{Component, HeaderFormat, Keyword, Template};
use wabi_template::values::{ComponentValues, HeaderValue, MediaRef, MediaSource, Values};

/// What the send of a dry run shows in place of the id the upload would return.
pub const UPLOADED_MEDIA_ID: &str = "<uploaded-media-id>";

/// Which media header of a template a file is for: the template's own, or a carousel card's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HeaderSlot {
    /// The template's own header.
    Main,
    /// The header of carousel card N (numbered from 0, as in `VALUES.json`'s `cards`).
    Card(usize),
}

impl HeaderSlot {
    /// The header of this slot in `template`, when there is one.
    pub fn header(self, template: &Template) -> Option<&wabi_template::model::Header> {
        match self {
            HeaderSlot::Main => template.header(),
            HeaderSlot::Card(index) => template
                .carousel()?
                .card_list()
                .get(index)?
                .component_list()
                .iter()
                .find_map(|component| match component {
                    Component::Header(header) => Some(header),
                    _ => None,
                }),
        }
    }

    /// The format of this slot's header when it is a media file (image, video, document, GIF).
    pub fn media_format(self, template: &Template) -> Option<HeaderFormat> {
        self.header(template)
            .map(|header| header.format())
            .filter(|format| format.is_media())
    }

    /// The slot as messages name it: `the template's header`, `card 1's header`.
    pub fn describe(self) -> String {
        match self {
            HeaderSlot::Main => "the template's header".to_owned(),
            HeaderSlot::Card(index) => format!("card {index}'s header"),
        }
    }

    /// The values of this slot's component (created empty when missing).
    fn values_of(self, values: &mut Values) -> &mut ComponentValues {
        match self {
            HeaderSlot::Main => &mut values.main,
            HeaderSlot::Card(index) => values.cards.entry(index).or_default(),
        }
    }
}

/// The media headers of `template` in send order: its own header first, then each card's.
pub fn media_header_slots(template: &Template) -> Vec<HeaderSlot> {
    let cards = template.carousel().map_or(0, |c| c.card_list().len());
    std::iter::once(HeaderSlot::Main)
        .chain((0..cards).map(HeaderSlot::Card))
        .filter(|slot| slot.media_format(template).is_some())
        .collect()
}

/// A media header's file, read and recognised, ready to upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderUpload {
    /// Which header the file is for.
    pub slot: HeaderSlot,
    /// The file's content.
    pub bytes: Vec<u8>,
    /// MIME type found in the bytes (`image/jpeg`).
    pub mime_type: String,
    /// The name sent with the upload (and shown for a document header).
    pub file_name: String,
}

impl HeaderUpload {
    /// Reads `path` for the media header of `template`: the content must be of the header's
    /// kind (an IMAGE header takes an image), recognised from its bytes.
    pub fn read(path: &Path, template: &Template) -> Result<Self, CloudError> {
        Self::read_for(HeaderSlot::Main, path, template)
    }

    /// Reads `path` for the media header `slot` of `template` (see [`HeaderUpload::read`]).
    pub fn read_for(
        slot: HeaderSlot,
        path: &Path,
        template: &Template,
    ) -> Result<Self, CloudError> {
        let bytes = std::fs::read(path).map_err(|error| {
            CloudError::BadInput(format!(
                "cannot read the header file {}: {error}",
                path.display()
            ))
        })?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "header".to_owned());
        Self::from_bytes_for(slot, bytes, &file_name, template)
    }

    /// Recognises `bytes` (named `file_name`) as the media header of `template`.
    pub fn from_bytes(
        bytes: Vec<u8>,
        file_name: &str,
        template: &Template,
    ) -> Result<Self, CloudError> {
        Self::from_bytes_for(HeaderSlot::Main, bytes, file_name, template)
    }

    /// Recognises `bytes` (named `file_name`) as the media header `slot` of `template`.
    pub fn from_bytes_for(
        slot: HeaderSlot,
        bytes: Vec<u8>,
        file_name: &str,
        template: &Template,
    ) -> Result<Self, CloudError> {
        let Some(format) = slot.media_format(template) else {
            return Err(CloudError::BadInput(match slot {
                HeaderSlot::Main => format!(
                    "{file_name}: the template has no IMAGE, VIDEO or DOCUMENT header to send it in"
                ),
                HeaderSlot::Card(index) => format!(
                    "{file_name}: the template has no card {index} with an IMAGE or VIDEO header \
                     to send it in"
                ),
            }));
        };
        let Some(kind) = sniff(&bytes) else {
            return Err(CloudError::BadInput(format!(
                "{file_name}: not a file WhatsApp takes as a header (JPEG or PNG image, MP4 or \
                 3GPP video, PDF document); convert it and try again"
            )));
        };
        let fits = match format {
            HeaderFormat::Image => kind.family() == MediaFamily::Image,
            HeaderFormat::Video => kind.family() == MediaFamily::Video,
            HeaderFormat::Document => kind.family() == MediaFamily::Document,
            // A GIF header is sent as an animated image or a short video.
            _ => kind.family() != MediaFamily::Document,
        };
        if !fits {
            return Err(CloudError::BadInput(format!(
                "{file_name} is {}, but {} is {}: choose a file of that kind",
                kind.mime(),
                slot.describe(),
                format.canonical()
            )));
        }
        Ok(Self {
            slot,
            bytes,
            mime_type: kind.mime().to_owned(),
            file_name: file_name.to_owned(),
        })
    }

    /// The upload as a dry run shows it: nothing is sent, the token is masked, and the body
    /// lists the form's fields (the file as cURL names one: `@name;type=mime`).
    pub fn prepare(&self, settings: &AccountSettings) -> PreparedRequest {
        PreparedRequest {
            method: "POST".into(),
            url: settings.url(&format!("{}/media", settings.phone_number_id)),
            headers: vec![
                Header {
                    name: "Authorization".into(),
                    value: MASKED_AUTHORIZATION.into(),
                },
                Header {
                    name: "Content-Type".into(),
                    value: "multipart/form-data".into(),
                },
            ],
            body: Some(json!({
                "messaging_product": "whatsapp",
                "type": self.mime_type,
                "file": format!("@{};type={}", self.file_name, self.mime_type),
            })),
        }
    }

    /// Uploads the file and returns the media id.
    pub async fn upload(&self, client: &GraphClient) -> Result<String, CloudError> {
        client
            .upload_media(self.bytes.clone(), &self.mime_type, &self.file_name)
            .await
    }

    /// `values` with this upload's media header (its [`HeaderSlot`]) set to the uploaded
    /// `media_id` (a document keeps the file's name to show).
    pub fn fill(&self, template: &Template, values: &Values, media_id: &str) -> Values {
        let mut filled = values.clone();
        let filename = (self.slot.media_format(template) == Some(HeaderFormat::Document))
            .then(|| self.file_name.clone());
        self.slot.values_of(&mut filled).header = Some(HeaderValue::Media(MediaRef {
            source: MediaSource::Id(media_id.to_owned()),
            filename,
        }));
        filled
    }
}

/// The format of the template's own header when it is a media file (image, video, document,
/// GIF).
pub fn media_header_format(template: &Template) -> Option<HeaderFormat> {
    HeaderSlot::Main.media_format(template)
}

/// Where a `"header"` value given as a plain string points, for a template with a media header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderSource {
    /// A local file to upload.
    File(std::path::PathBuf),
}

/// Reads a `"header"` value given as a string in `values` (the `VALUES.json` shape): for a
/// template with a media header, an `https://` URL becomes `{"link": …}` and anything else is a
/// local file to upload (removed from the values, returned). Other values are left as they are.
pub fn take_header_source(values: &mut Value, template: &Template) -> Option<HeaderSource> {
    media_header_format(template)?;
    take_source_in(values)
}

/// Reads each card's `"header"` value given as a string in `values`
/// (`{"cards": {"0": {"header": "./a.png"}}}`), as [`take_header_source`] does for the
/// template's own header: links become `{"link": …}`, files are removed and returned, in card
/// order. Cards without a media header, and card keys that are no card, are left for the values
/// check to report.
pub fn take_card_header_sources(
    values: &mut Value,
    template: &Template,
) -> Vec<(HeaderSlot, HeaderSource)> {
    let Some(Value::Object(cards)) = values.get_mut("cards") else {
        return Vec::new();
    };
    let mut found: Vec<(HeaderSlot, HeaderSource)> = cards
        .iter_mut()
        .filter_map(|(key, card)| {
            let slot = HeaderSlot::Card(key.parse().ok()?);
            slot.media_format(template)?;
            take_source_in(card).map(|source| (slot, source))
        })
        .collect();
    found.sort_by_key(|(slot, _)| *slot);
    found
}

/// The `"header"` string of one object of the values: a link is rewritten in place, a file is
/// removed and returned.
fn take_source_in(values: &mut Value) -> Option<HeaderSource> {
    let map = values.as_object_mut()?;
    let Some(Value::String(text)) = map.get("header") else {
        return None;
    };
    let text = text.trim().to_owned();
    if text.starts_with("https://") {
        map.insert("header".into(), json!({ "link": text }));
        return None;
    }
    map.remove("header");
    Some(HeaderSource::File(text.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image_template() -> Template {
        Template::from_value(json!({"name": "promo", "language": "en", "components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2U="]}},
            {"type": "BODY", "text": "Look"}]}))
        .expect("template")
    }

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

    #[test]
    fn the_mime_type_comes_from_the_bytes_not_the_name() {
        let upload = HeaderUpload::from_bytes(PNG.to_vec(), "photo.jpg", &image_template())
            .expect("a PNG is an image");
        assert_eq!(upload.mime_type, "image/png");
        assert_eq!(upload.file_name, "photo.jpg");
    }

    #[test]
    fn a_file_of_another_kind_than_the_header_is_refused_naming_both() {
        let error = HeaderUpload::from_bytes(b"%PDF-1.7\n".to_vec(), "menu.pdf", &image_template())
            .expect_err("a PDF is no image");
        let text = error.to_string();
        assert!(
            text.contains("menu.pdf") && text.contains("application/pdf") && text.contains("IMAGE"),
            "{text}"
        );
    }

    #[test]
    fn unrecognised_bytes_are_refused_naming_the_file() {
        let error = HeaderUpload::from_bytes(b"hello".to_vec(), "notes.txt", &image_template())
            .expect_err("text is no media");
        assert!(error.to_string().contains("notes.txt"));
    }

    #[test]
    fn the_dry_run_upload_masks_the_token_and_names_the_file() {
        let upload = HeaderUpload::from_bytes(PNG.to_vec(), "p.png", &image_template()).unwrap();
        let request = upload.prepare(&AccountSettings::for_phone_number("106540352242922"));
        assert_eq!(
            request.url,
            "https://graph.facebook.com/v23.0/106540352242922/media"
        );
        assert_eq!(request.headers[0].value, MASKED_AUTHORIZATION);
        let body = request.body.expect("form fields");
        assert_eq!(body["type"], "image/png");
        assert!(body["file"]
            .as_str()
            .unwrap_or("")
            .starts_with("@p.png;type=image/png"));
    }

    #[test]
    fn a_header_string_is_a_link_when_https_else_a_file_to_upload() {
        let template = image_template();
        let mut link = json!({"header": "https://cdn.example.com/a.png", "body": {}});
        assert_eq!(take_header_source(&mut link, &template), None);
        assert_eq!(
            link["header"],
            json!({"link": "https://cdn.example.com/a.png"})
        );
        let mut file = json!({"header": "./photo.png"});
        assert_eq!(
            take_header_source(&mut file, &template),
            Some(HeaderSource::File("./photo.png".into()))
        );
        assert!(file.get("header").is_none());
        let mut by_id = json!({"header": {"id": "1"}});
        assert_eq!(take_header_source(&mut by_id, &template), None);
        assert_eq!(by_id["header"], json!({"id": "1"}));
    }

    #[test]
    fn filling_sets_the_header_to_the_uploaded_id() {
        let template = image_template();
        let upload = HeaderUpload::from_bytes(PNG.to_vec(), "p.png", &template).unwrap();
        let values = upload.fill(&template, &Values::default(), "4490709327384033");
        let payload = wabi_template::payload::build(&template, &values, "+16505551234");
        assert!(payload.is_sendable(), "{:?}", payload.problems);
        assert_eq!(
            payload.message["template"]["components"][0]["parameters"][0],
            json!({"type": "image", "image": {"id": "4490709327384033"}})
        );
    }

    fn carousel_template() -> Template {
        let card = |format: &str| {
            json!({"components": [
                {"type": "HEADER", "format": format, "example": {"header_handle": ["4::aA=="]}},
                {"type": "BODY", "text": "Card"},
                {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}]})
        };
        Template::from_value(json!({"name": "looks", "language": "en", "components": [
            {"type": "BODY", "text": "New looks"},
            {"type": "CAROUSEL", "cards": [card("IMAGE"), card("VIDEO")]}]}))
        .expect("template")
    }

    #[test]
    fn a_carousel_has_one_media_header_slot_per_card_in_order() {
        assert_eq!(
            media_header_slots(&carousel_template()),
            vec![HeaderSlot::Card(0), HeaderSlot::Card(1)]
        );
        assert_eq!(
            media_header_slots(&image_template()),
            vec![HeaderSlot::Main]
        );
    }

    #[test]
    fn a_card_file_of_another_kind_than_its_header_is_refused_naming_the_card() {
        let template = carousel_template();
        let error =
            HeaderUpload::from_bytes_for(HeaderSlot::Card(1), PNG.to_vec(), "a.png", &template)
                .expect_err("card 1 is a video");
        let text = error.to_string();
        assert!(
            text.contains("a.png") && text.contains("card 1") && text.contains("VIDEO"),
            "{text}"
        );
        let missing =
            HeaderUpload::from_bytes_for(HeaderSlot::Card(5), PNG.to_vec(), "a.png", &template)
                .expect_err("there is no card 5");
        assert!(missing.to_string().contains("card 5"), "{missing}");
    }

    #[test]
    fn card_header_strings_are_links_when_https_else_files_in_card_order() {
        let template = carousel_template();
        let mut values = json!({"cards": {
            "1": {"header": "./b.mp4"},
            "0": {"header": "https://cdn.example.com/a.png", "body": {}}}});
        assert_eq!(
            take_card_header_sources(&mut values, &template),
            vec![(HeaderSlot::Card(1), HeaderSource::File("./b.mp4".into()))]
        );
        assert_eq!(
            values["cards"]["0"]["header"],
            json!({"link": "https://cdn.example.com/a.png"})
        );
        assert!(values["cards"]["1"].get("header").is_none());
    }

    #[test]
    fn filling_a_card_slot_sets_that_cards_header_to_the_uploaded_id() {
        let template = carousel_template();
        let upload =
            HeaderUpload::from_bytes_for(HeaderSlot::Card(0), PNG.to_vec(), "a.png", &template)
                .unwrap();
        let values = upload.fill(&template, &Values::default(), "111");
        assert!(values.main.header.is_none());
        let payload = wabi_template::payload::build(&template, &values, "+16505551234");
        let text = payload.message.to_string();
        assert!(text.contains(r#"{"id":"111"}"#), "{text}");
    }
}
