//! A template's media header sent by id: the file is uploaded with
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
use wabi_template::model::{HeaderFormat, Keyword, Template};
use wabi_template::values::{HeaderValue, MediaRef, MediaSource, Values};

/// What the send of a dry run shows in place of the id the upload would return.
pub const UPLOADED_MEDIA_ID: &str = "<uploaded-media-id>";

/// A media header's file, read and recognised, ready to upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderUpload {
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
        Self::from_bytes(bytes, &file_name, template)
    }

    /// Recognises `bytes` (named `file_name`) as the media header of `template`.
    pub fn from_bytes(
        bytes: Vec<u8>,
        file_name: &str,
        template: &Template,
    ) -> Result<Self, CloudError> {
        let Some(format) = media_header_format(template) else {
            return Err(CloudError::BadInput(format!(
                "{file_name}: the template has no IMAGE, VIDEO or DOCUMENT header to send it in"
            )));
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
                "{file_name} is {}, but the template's header is {}: choose a file of that kind",
                kind.mime(),
                format.canonical()
            )));
        }
        Ok(Self {
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

    /// `values` with the template's media header set to the uploaded `media_id` (a document
    /// keeps the file's name to show).
    pub fn fill(&self, template: &Template, values: &Values, media_id: &str) -> Values {
        let mut filled = values.clone();
        let filename = (media_header_format(template) == Some(HeaderFormat::Document))
            .then(|| self.file_name.clone());
        filled.main.header = Some(HeaderValue::Media(MediaRef {
            source: MediaSource::Id(media_id.to_owned()),
            filename,
        }));
        filled
    }
}

/// The format of the template's own header when it is a media file (image, video, document,
/// GIF).
pub fn media_header_format(template: &Template) -> Option<HeaderFormat> {
    template
        .header()
        .map(|header| header.format())
        .filter(|format| format.is_media())
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
}
