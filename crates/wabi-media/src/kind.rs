//! Identifying a file by its bytes, never its name: the formats we recognise and their MIME types.

use serde::Serialize;
use ts_rs::TS;

/// A file format recognised from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MediaKind {
    /// JPEG image.
    Jpeg,
    /// PNG image.
    Png,
    /// GIF image (possibly animated).
    Gif,
    /// WebP image (possibly animated).
    WebP,
    /// Windows bitmap.
    Bmp,
    /// TIFF image.
    Tiff,
    /// HEIC/HEIF image (iPhone photos).
    Heic,
    /// MP4 video.
    Mp4,
    /// 3GPP video.
    ThreeGpp,
    /// QuickTime movie (.mov).
    QuickTime,
    /// PDF document.
    Pdf,
}

/// What a format is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MediaFamily {
    /// A still (or animated) picture.
    Image,
    /// A movie.
    Video,
    /// A document.
    Document,
}

impl MediaKind {
    /// The MIME type, as WhatsApp names it.
    pub fn mime(self) -> &'static str {
        match self {
            MediaKind::Jpeg => "image/jpeg",
            MediaKind::Png => "image/png",
            MediaKind::Gif => "image/gif",
            MediaKind::WebP => "image/webp",
            MediaKind::Bmp => "image/bmp",
            MediaKind::Tiff => "image/tiff",
            MediaKind::Heic => "image/heic",
            MediaKind::Mp4 => "video/mp4",
            MediaKind::ThreeGpp => "video/3gpp",
            MediaKind::QuickTime => "video/quicktime",
            MediaKind::Pdf => "application/pdf",
        }
    }

    /// The usual file extension (no dot).
    pub fn extension(self) -> &'static str {
        match self {
            MediaKind::Jpeg => "jpg",
            MediaKind::Png => "png",
            MediaKind::Gif => "gif",
            MediaKind::WebP => "webp",
            MediaKind::Bmp => "bmp",
            MediaKind::Tiff => "tiff",
            MediaKind::Heic => "heic",
            MediaKind::Mp4 => "mp4",
            MediaKind::ThreeGpp => "3gp",
            MediaKind::QuickTime => "mov",
            MediaKind::Pdf => "pdf",
        }
    }

    /// A short human name ("JPEG", "WebP").
    pub fn name(self) -> &'static str {
        match self {
            MediaKind::Jpeg => "JPEG",
            MediaKind::Png => "PNG",
            MediaKind::Gif => "GIF",
            MediaKind::WebP => "WebP",
            MediaKind::Bmp => "BMP",
            MediaKind::Tiff => "TIFF",
            MediaKind::Heic => "HEIC",
            MediaKind::Mp4 => "MP4",
            MediaKind::ThreeGpp => "3GPP",
            MediaKind::QuickTime => "QuickTime",
            MediaKind::Pdf => "PDF",
        }
    }

    /// Image, video or document.
    pub fn family(self) -> MediaFamily {
        match self {
            MediaKind::Jpeg
            | MediaKind::Png
            | MediaKind::Gif
            | MediaKind::WebP
            | MediaKind::Bmp
            | MediaKind::Tiff
            | MediaKind::Heic => MediaFamily::Image,
            MediaKind::Mp4 | MediaKind::ThreeGpp | MediaKind::QuickTime => MediaFamily::Video,
            MediaKind::Pdf => MediaFamily::Document,
        }
    }

    /// Whether this tool can decode the pixels (and so fix the image).
    pub fn decodable(self) -> bool {
        matches!(
            self,
            MediaKind::Jpeg
                | MediaKind::Png
                | MediaKind::Gif
                | MediaKind::WebP
                | MediaKind::Bmp
                | MediaKind::Tiff
        )
    }
}

/// Identifies a file from its first bytes (at least [`crate::limits::SNIFF_BYTES`] when the file
/// has them). `None` when the bytes match no format we know.
pub fn sniff(head: &[u8]) -> Option<MediaKind> {
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(MediaKind::Jpeg);
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(MediaKind::Png);
    }
    if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        return Some(MediaKind::Gif);
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP") {
        return Some(MediaKind::WebP);
    }
    if head.starts_with(b"BM") && head.len() >= 26 {
        return Some(MediaKind::Bmp);
    }
    if head.starts_with(b"II*\0") || head.starts_with(b"MM\0*") {
        return Some(MediaKind::Tiff);
    }
    if head.starts_with(b"%PDF-") {
        return Some(MediaKind::Pdf);
    }
    if head.get(4..8) == Some(b"ftyp") {
        return sniff_ftyp(head);
    }
    // QuickTime files may start with other atoms (e.g. `wide`, `mdat`, `moov`).
    if matches!(head.get(4..8), Some(b"moov" | b"mdat" | b"wide" | b"free")) {
        return Some(MediaKind::QuickTime);
    }
    None
}

/// Classifies an ISO base media file from its `ftyp` box: major brand, then compatible brands.
fn sniff_ftyp(head: &[u8]) -> Option<MediaKind> {
    let size = head
        .get(0..4)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)?;
    let end = size.min(head.len());
    let mut brands: Vec<&[u8]> = Vec::new();
    if let Some(major) = head.get(8..12) {
        brands.push(major);
    }
    let mut at = 16;
    while at + 4 <= end {
        if let Some(b) = head.get(at..at + 4) {
            brands.push(b);
        }
        at += 4;
    }
    let major = *brands.first()?;
    let classify = |b: &[u8]| -> Option<MediaKind> {
        match b {
            b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" | b"mif1" | b"msf1"
            | b"avif" => Some(MediaKind::Heic),
            b"qt  " => Some(MediaKind::QuickTime),
            _ if b.starts_with(b"3gp") || b.starts_with(b"3g2") => Some(MediaKind::ThreeGpp),
            b"isom" | b"iso2" | b"iso4" | b"iso5" | b"iso6" | b"mp41" | b"mp42" | b"avc1"
            | b"M4V " | b"M4VP" | b"dash" | b"mmp4" | b"MSNV" | b"NDAS" | b"f4v " => {
                Some(MediaKind::Mp4)
            }
            _ => None,
        }
    };
    classify(major).or_else(|| brands.iter().skip(1).find_map(|b| classify(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jpeg_png_pdf_are_known_by_their_magic_bytes() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(MediaKind::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(MediaKind::Png));
        assert_eq!(sniff(b"%PDF-1.4\n"), Some(MediaKind::Pdf));
    }

    #[test]
    fn ftyp_brands_tell_mp4_3gp_mov_and_heic_apart() {
        let ftyp = |brand: &[u8; 4]| {
            let mut v = vec![0, 0, 0, 16];
            v.extend_from_slice(b"ftyp");
            v.extend_from_slice(brand);
            v.extend_from_slice(&[0, 0, 0, 0]);
            v
        };
        assert_eq!(sniff(&ftyp(b"isom")), Some(MediaKind::Mp4));
        assert_eq!(sniff(&ftyp(b"3gp5")), Some(MediaKind::ThreeGpp));
        assert_eq!(sniff(&ftyp(b"qt  ")), Some(MediaKind::QuickTime));
        assert_eq!(sniff(&ftyp(b"heic")), Some(MediaKind::Heic));
    }

    #[test]
    fn empty_and_text_files_are_not_recognised() {
        assert_eq!(sniff(&[]), None);
        assert_eq!(sniff(b"hello world, this is text"), None);
    }
}
