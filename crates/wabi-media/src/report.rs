//! What a check or a fix tells the user: the report types the UI and the CLI receive.

use crate::media_use::MediaUse;
use serde::Serialize;
use ts_rs::TS;

/// One thing to tell the user about a file: a rule id and a message saying what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable id of the rule (e.g. `image.max_bytes`), for tests and filtering.
    pub rule: String,
    /// What is wrong (or recommended) and what to do, in plain words.
    pub message: String,
}

impl Finding {
    /// A finding for `rule` with `message`.
    pub fn new(rule: &str, message: impl Into<String>) -> Self {
        Finding {
            rule: rule.to_owned(),
            message: message.into(),
        }
    }
}

/// The verdict on one file for one use.
///
/// `ok` is true when WhatsApp accepts the file as it is; `notes` are recommendations
/// (an ideal ratio or size) and never make a file fail.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckReport {
    /// Whether WhatsApp accepts the file for this use as it is.
    pub ok: bool,
    /// The format found in the bytes, as a MIME type (`image/jpeg`).
    pub kind: String,
    /// The use the file was checked for.
    #[serde(rename = "use")]
    #[ts(rename = "use")]
    pub media_use: MediaUse,
    /// Width in pixels (images and videos), when known.
    pub width: Option<u32>,
    /// Height in pixels (images and videos), when known.
    pub height: Option<u32>,
    /// Size of the file in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
    /// Length of a video in seconds, when known.
    pub duration_seconds: Option<f64>,
    /// Page count of a PDF, when it could be counted cheaply.
    pub pages: Option<u32>,
    /// Why WhatsApp would refuse the file, each with what to do. Empty when `ok`.
    pub problems: Vec<Finding>,
    /// Recommendations and cautions that do not make the file fail.
    pub notes: Vec<Finding>,
    /// Whether `fix` can turn this file into a valid one (false when already `ok`).
    pub fixable: bool,
}

/// What `fix` did, in plain words, and what came out.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FixReport {
    /// Each step taken ("Rotated upright", "Converted WebP to JPEG", ...).
    pub actions: Vec<String>,
    /// MIME type of the output.
    pub kind: String,
    /// Output width in pixels.
    pub width: u32,
    /// Output height in pixels.
    pub height: u32,
    /// Output size in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
    /// JPEG quality used (none for PNG).
    pub quality: Option<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_report_reaches_the_ui_with_camel_case_and_a_use_field() {
        let decl = <CheckReport as TS>::decl(&ts_rs::Config::default());
        assert!(decl.contains("use: MediaUse"), "{decl}");
        assert!(decl.contains("durationSeconds"), "{decl}");
        assert!(decl.contains("bytes: number"), "{decl}");
    }

    #[test]
    fn check_report_json_has_the_cli_keys() {
        let report = CheckReport {
            ok: true,
            kind: "image/png".into(),
            media_use: MediaUse::HeaderImage,
            width: Some(1),
            height: Some(2),
            bytes: 3,
            duration_seconds: None,
            pages: None,
            problems: vec![Finding::new("a.b", "m")],
            notes: Vec::new(),
            fixable: false,
        };
        let v = serde_json::to_value(&report).unwrap_or_default();
        for key in [
            "ok", "kind", "width", "height", "bytes", "problems", "fixable", "use",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["problems"][0]["rule"], "a.b");
        assert_eq!(v["use"], "header-image");
    }
}
