//! Where a file will be used (header image, card media, ...), which decides the rules it meets.

use crate::kind::{MediaFamily, MediaKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The use a file is checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum MediaUse {
    /// Template header of format IMAGE: JPEG or PNG, 8-bit RGB(A), at most 5 MB.
    HeaderImage,
    /// Template header of format VIDEO: MP4 or 3GPP, H.264 + AAC, at most 16 MB.
    HeaderVideo,
    /// Template header of format DOCUMENT: PDF, at most 100 MB.
    HeaderDocument,
    /// Carousel card header: image or video, cropped by WhatsApp to a wide ratio.
    Card,
    /// Sticker message: WebP, static at most 100 KB, animated at most 500 KB.
    Sticker,
}

impl MediaUse {
    /// The name used on the command line and in reports (`header-image`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            MediaUse::HeaderImage => "header-image",
            MediaUse::HeaderVideo => "header-video",
            MediaUse::HeaderDocument => "header-document",
            MediaUse::Card => "card",
            MediaUse::Sticker => "sticker",
        }
    }

    /// The use a file of this kind is most likely meant for, when the caller does not say.
    pub fn default_for(kind: MediaKind) -> MediaUse {
        match kind.family() {
            MediaFamily::Image => MediaUse::HeaderImage,
            MediaFamily::Video => MediaUse::HeaderVideo,
            MediaFamily::Document => MediaUse::HeaderDocument,
        }
    }

    /// Whether a file of `family` can serve this use at all (after a fix, for images).
    pub fn accepts_family(self, family: MediaFamily) -> bool {
        match self {
            MediaUse::HeaderImage | MediaUse::Sticker => family == MediaFamily::Image,
            MediaUse::HeaderVideo => family == MediaFamily::Video,
            MediaUse::HeaderDocument => family == MediaFamily::Document,
            MediaUse::Card => matches!(family, MediaFamily::Image | MediaFamily::Video),
        }
    }

    /// Plain words for what this use takes, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            MediaUse::HeaderImage => "a header image must be a JPEG or PNG",
            MediaUse::HeaderVideo => "a header video must be an MP4 or 3GPP video",
            MediaUse::HeaderDocument => "a header document must be a PDF",
            MediaUse::Card => "a carousel card needs a JPEG or PNG image or an MP4 video",
            MediaUse::Sticker => "a sticker must be a WebP image",
        }
    }
}

impl std::str::FromStr for MediaUse {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "header-image" => Ok(MediaUse::HeaderImage),
            "header-video" => Ok(MediaUse::HeaderVideo),
            "header-document" => Ok(MediaUse::HeaderDocument),
            "card" => Ok(MediaUse::Card),
            "sticker" => Ok(MediaUse::Sticker),
            other => Err(format!(
                "unknown media use `{other}`: use header-image, header-video, header-document, card or sticker"
            )),
        }
    }
}
