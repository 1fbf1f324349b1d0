//! Building a send: the input (a template, its values, the header files given), the draft's
//! kept header files, and the message with its problems, warnings and, for a proof, how it
//! differs from the template.

use super::{sentence, SendError, SendMode};
use crate::header_media::{media_header_slots, HeaderSlot, HeaderUpload, UPLOADED_MEDIA_ID};
use serde::Deserialize;
use serde_json::Value;
use ts_rs::TS;
use wabi_media::{reference, KeptFiles};
use wabi_template::model::Template;
use wabi_template::values::Values;
use wabi_template::{tr, Locale, Severity};

/// What the send dialog asks for.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendTestRequest {
    /// Template or proof.
    pub mode: SendMode,
    /// The recipient, one of the test recipients (E.164).
    pub to: String,
    /// The composer's template document.
    #[ts(type = "unknown")]
    pub document: Value,
    /// Values to fill in (`VALUES.json` shape); `None` uses the draft's samples.
    #[ts(type = "unknown")]
    pub values: Option<Value>,
    /// Template mode: the approved template's name, when not the draft's.
    pub template_name: Option<String>,
    /// Template mode: its language code, when not the draft's.
    pub language: Option<String>,
    /// The draft in the library, when the document is one.
    pub draft_id: Option<i64>,
    /// The interface language of the texts that come back (a proof's differences); English
    /// when absent.
    #[serde(default)]
    #[ts(optional)]
    pub locale: Option<Locale>,
}

impl SendTestRequest {
    /// The send this request asks for: the document with the picked name and language (template
    /// mode), read as a template, and its values.
    pub fn input(&self) -> Result<SendInput, SendError> {
        let mut document = self.document.clone();
        if let (Value::Object(map), SendMode::Template) = (&mut document, self.mode) {
            if let Some(name) = self.template_name.as_ref().filter(|n| !n.is_empty()) {
                map.insert("name".into(), Value::String(name.clone()));
            }
            if let Some(language) = self.language.as_ref().filter(|l| !l.is_empty()) {
                map.insert("language".into(), Value::String(language.clone()));
            }
        }
        let locale = self.locale.unwrap_or_default();
        let template = Template::from_value(document)
            .map_err(|error| SendError::BadInput(format!("the draft cannot be sent: {error}")))?;
        let values = match &self.values {
            None | Some(Value::Null) => Values::default(),
            Some(value) => Values::from_value_in(value, &template, locale).map_err(|problems| {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                let list = list.join("; ");
                SendError::BadInput(tr!(locale, en: "parameters: {list}", it: "parametri: {list}"))
            })?,
        };
        Ok(SendInput {
            mode: self.mode,
            to: self.to.clone(),
            template,
            values,
            header_files: Vec::new(),
            draft_id: self.draft_id,
            locale,
        })
    }
}

/// A send to build: what the app's request or `wabi send`'s flags come to.
#[derive(Debug, Clone)]
pub struct SendInput {
    /// Template or proof.
    pub mode: SendMode,
    /// The recipient as given.
    pub to: String,
    /// The template.
    pub template: Template,
    /// The values to fill in (header files aside).
    pub values: Values,
    /// Header files the user gave for a slot (`wabi send --media`, a `"header"` path in
    /// VALUES.json), read and recognised; the draft's kept files fill the other media headers.
    pub header_files: Vec<HeaderUpload>,
    /// The draft in the library, when the template is one (its latest revision is logged).
    pub draft_id: Option<i64>,
    /// The language of the texts for people (a proof's differences).
    pub locale: Locale,
}

/// A built send: the message, what stops it, and the header files to upload first.
#[derive(Debug, Clone)]
pub struct Built {
    /// The message, with [`UPLOADED_MEDIA_ID`] in place of each header file's id.
    pub message: Value,
    /// Why it cannot be sent as is (each naming the field); empty when it can.
    pub problems: Vec<String>,
    /// Warnings that do not stop the send.
    pub warnings: Vec<String>,
    /// Proof mode: what the proof shows differently from the approved template.
    pub differences: Vec<String>,
    /// The header files to upload before the send, in send order (the template's header, then
    /// each card's).
    pub uploads: Vec<HeaderUpload>,
    /// Template or proof.
    pub mode: SendMode,
    /// The recipient as given.
    pub to: String,
    /// The draft sent, when it came from the library.
    pub draft_id: Option<i64>,
    template: Template,
    values: Values,
    locale: Locale,
}

impl Built {
    /// The template sent.
    pub fn template(&self) -> &Template {
        &self.template
    }

    /// The language of the texts for people.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The values as given (without the uploads' ids).
    pub fn values(&self) -> &Values {
        &self.values
    }

    /// The message with the uploaded `media_ids` (one per upload, in the same order) in the
    /// headers.
    pub fn message_with(&self, media_ids: &[String]) -> Value {
        let values = self
            .uploads
            .iter()
            .zip(media_ids)
            .fold(self.values.clone(), |values, (file, id)| {
                file.fill(&self.template, &values, id)
            });
        compose(self.mode, &self.template, &values, &self.to, self.locale).message
    }
}

/// Builds the send of `input`: each media header the values and the given files leave to the
/// draft's sample is uploaded from the kept file that sample names (through `kept`), and the
/// message holds [`UPLOADED_MEDIA_ID`] for every upload. Fails only on input that cannot be
/// read (a kept file missing, of the wrong kind); problems of the message are in
/// [`Built::problems`].
pub fn build(input: SendInput, kept: &KeptFiles) -> Result<Built, SendError> {
    let SendInput {
        mode,
        to,
        template,
        values,
        mut header_files,
        draft_id,
        locale,
    } = input;
    for slot in media_header_slots(&template) {
        if header_files.iter().any(|file| file.slot == slot) {
            continue;
        }
        if let Some(file) = kept_header_file(kept, &template, &values, slot)? {
            header_files.push(file);
        }
    }
    header_files.sort_by_key(|file| file.slot);
    let shown = header_files.iter().fold(values.clone(), |shown, file| {
        file.fill(&template, &shown, UPLOADED_MEDIA_ID)
    });
    let composed = compose(mode, &template, &shown, &to, locale);
    Ok(Built {
        message: composed.message,
        problems: composed.problems,
        warnings: composed.warnings,
        differences: composed.differences,
        uploads: header_files,
        mode,
        to,
        draft_id,
        template,
        values,
        locale,
    })
}

/// The kept file of the media header `slot` when the values leave that header to the draft's
/// sample and that sample is a `wabi-media:` reference; `None` otherwise.
fn kept_header_file(
    kept: &KeptFiles,
    template: &Template,
    values: &Values,
    slot: HeaderSlot,
) -> Result<Option<HeaderUpload>, SendError> {
    let given = match slot {
        HeaderSlot::Main => values.main.header.is_some(),
        HeaderSlot::Card(index) => values.card(index).header.is_some(),
    };
    let sample = slot
        .header(template)
        .and_then(|header| header.example.as_ref())
        .and_then(|example| example.header_handle.as_ref())
        .and_then(|handles| handles.first())
        .filter(|handle| reference::is_reference(handle));
    let Some(sample) = sample.filter(|_| !given) else {
        return Ok(None);
    };
    let file = kept.resolve(sample)?;
    Ok(Some(HeaderUpload::read_for(slot, &file.path, template)?))
}

/// A message and what the user must know about it.
struct Composed {
    message: Value,
    problems: Vec<String>,
    warnings: Vec<String>,
    differences: Vec<String>,
}

/// The message of `mode` for `values`, its problems and, for a proof, its differences.
fn compose(
    mode: SendMode,
    template: &Template,
    values: &Values,
    to: &str,
    locale: Locale,
) -> Composed {
    match mode {
        SendMode::Template => {
            let payload = wabi_template::payload::build_in(template, values, to, locale);
            let sendable = payload.is_sendable();
            let (errors, warnings): (Vec<_>, Vec<_>) = payload
                .problems
                .iter()
                .partition(|p| !sendable && p.severity == Severity::Error);
            let text = |list: Vec<&wabi_template::payload::SendProblem>| -> Vec<String> {
                list.iter()
                    .map(|p| format!("{}: {}", p.field, p.message))
                    .collect()
            };
            Composed {
                message: payload.message,
                problems: text(errors),
                warnings: text(warnings),
                differences: Vec::new(),
            }
        }
        SendMode::Proof => {
            let mut problems = Vec::new();
            if let Err(error) = wabi_store::sending::normalise_phone(to) {
                problems.push(sentence(&error.to_string()));
            }
            let proof = crate::proof::build_proof_in(template, values, to, locale);
            Composed {
                message: proof.message,
                problems,
                warnings: Vec::new(),
                differences: proof.differences,
            }
        }
    }
}
