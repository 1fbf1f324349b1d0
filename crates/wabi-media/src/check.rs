//! The check: identify a file by its bytes and judge it against what its use allows
//! (reference section 4.1), with each problem saying what to do. Recommendations are notes and
//! never fail a file.
//!
//! Only headers and boxes are read here, never pixels, so a check is fast and safe on any input.

use crate::error::MediaError;
use crate::image_facts::{read_image_facts, ColorModel, ImageFacts};
use crate::kind::{sniff, MediaFamily, MediaKind};
use crate::limits::*;
use crate::media_use::MediaUse;
use crate::pdf::read_pdf_facts;
use crate::report::{CheckReport, Finding};
use crate::video::{read_video_facts, Codec, VideoFacts};
use std::fs::File;
use std::io::{Cursor, Read};
use std::path::Path;

/// Checks the file at `path` for `media_use` (or the use its kind suggests when `None`).
///
/// The file is stat-ed first; images and PDFs are read whole only when their size is within
/// what we open; videos are read box by box. `Err` when the file cannot be read, is empty, or
/// its type is not recognised.
pub fn check_file(path: &Path, media_use: Option<MediaUse>) -> Result<CheckReport, MediaError> {
    let meta = std::fs::metadata(path).map_err(|e| MediaError::read(path, &e))?;
    if meta.is_dir() {
        return Err(MediaError::Read {
            path: path.display().to_string(),
            reason: "it is a folder, not a file".into(),
        });
    }
    let bytes = meta.len();
    if bytes == 0 {
        return Err(MediaError::Empty);
    }
    let mut file = File::open(path).map_err(|e| MediaError::read(path, &e))?;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut file)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| MediaError::read(path, &e))?;
    let kind = sniff(&head).ok_or(MediaError::Unrecognised)?;
    let media_use = media_use.unwrap_or(MediaUse::default_for(kind));
    let read_whole = |limit: u64| -> Result<Option<Vec<u8>>, MediaError> {
        if bytes > limit {
            return Ok(None);
        }
        std::fs::read(path)
            .map(Some)
            .map_err(|e| MediaError::read(path, &e))
    };
    Ok(match kind.family() {
        MediaFamily::Image => {
            let data = read_whole(MAX_IMAGE_FILE_BYTES)?;
            image_report(kind, data.as_deref(), bytes, media_use)
        }
        MediaFamily::Video => {
            let facts = read_video_facts(&mut file, bytes);
            video_report(kind, facts, bytes, media_use)
        }
        MediaFamily::Document => {
            let data = read_whole(DOCUMENT_MAX_BYTES)?;
            document_report(kind, data.as_deref(), bytes, media_use)
        }
    })
}

/// Checks a file held in memory; see [`check_file`].
pub fn check_bytes(data: &[u8], media_use: Option<MediaUse>) -> Result<CheckReport, MediaError> {
    if data.is_empty() {
        return Err(MediaError::Empty);
    }
    let kind = sniff(data).ok_or(MediaError::Unrecognised)?;
    let media_use = media_use.unwrap_or(MediaUse::default_for(kind));
    let bytes = data.len() as u64;
    Ok(match kind.family() {
        MediaFamily::Image => image_report(kind, Some(data), bytes, media_use),
        MediaFamily::Video => {
            let facts = read_video_facts(&mut Cursor::new(data), bytes);
            video_report(kind, facts, bytes, media_use)
        }
        MediaFamily::Document => document_report(kind, Some(data), bytes, media_use),
    })
}

/// "7.2 MB" style size for messages (decimal megabytes, as the limits are counted).
pub fn format_size(bytes: u64) -> String {
    if bytes >= MEGABYTE {
        format!("{:.1} MB", bytes as f64 / MEGABYTE as f64)
    } else {
        format!("{:.1} KB", bytes as f64 / KILOBYTE as f64)
    }
}

/// Starts a report; `ok` and `fixable` are settled by [`finish`].
fn base(kind: MediaKind, bytes: u64, media_use: MediaUse) -> CheckReport {
    CheckReport {
        ok: false,
        kind: kind.mime().to_owned(),
        media_use,
        width: None,
        height: None,
        bytes,
        duration_seconds: None,
        pages: None,
        problems: Vec::new(),
        notes: Vec::new(),
        fixable: false,
    }
}

/// Settles `ok` (no problems) and `fixable` (problems, all of which `fix` can repair).
fn finish(mut report: CheckReport, all_fixable: bool) -> CheckReport {
    report.ok = report.problems.is_empty();
    report.fixable = !report.ok && all_fixable;
    report
}

/// The report for a file whose family does not fit the use at all (a PDF offered as an image).
fn wrong_family(kind: MediaKind, bytes: u64, media_use: MediaUse) -> CheckReport {
    let mut report = base(kind, bytes, media_use);
    let what = match kind.family() {
        MediaFamily::Image => "an image",
        MediaFamily::Video => "a video",
        MediaFamily::Document => "a document",
    };
    report.problems.push(Finding::new(
        "use.kind",
        format!(
            "This file is {what} ({}), but {}. Choose a different file (the file's name does not change what it is).",
            kind.name(),
            media_use.describe()
        ),
    ));
    finish(report, false)
}

fn image_report(
    kind: MediaKind,
    data: Option<&[u8]>,
    bytes: u64,
    media_use: MediaUse,
) -> CheckReport {
    if !media_use.accepts_family(MediaFamily::Image) {
        return wrong_family(kind, bytes, media_use);
    }
    if media_use == MediaUse::Sticker {
        return sticker_report(kind, data, bytes);
    }
    let mut report = base(kind, bytes, media_use);
    let mut fixable = kind.decodable();
    let limit = IMAGE_MAX_BYTES;
    if !matches!(kind, MediaKind::Jpeg | MediaKind::Png) {
        let how = if kind == MediaKind::Heic {
            "We cannot convert HEIC: export it as JPEG (on iPhone, Settings > Camera > Formats > Most Compatible, or share it as JPEG) and choose that file."
                .to_owned()
        } else {
            "Fix converts it to JPEG or PNG.".to_owned()
        };
        report.problems.push(Finding::new(
            "image.format",
            format!(
                "{} images are not accepted: {}. {how}",
                kind.name(),
                media_use.describe()
            ),
        ));
    }
    let Some(data) = data else {
        report.problems.push(Finding::new(
            "image.max_bytes",
            format!(
                "The file is {}, far over the {} limit and too large for us to open safely. Export a smaller JPEG (under 5 MB) from the original.",
                format_size(bytes),
                format_size(limit)
            ),
        ));
        return finish(report, false);
    };
    let facts = match read_image_facts(kind, data) {
        Ok(facts) => facts,
        Err(reason) => {
            if kind != MediaKind::Heic {
                report.problems.push(Finding::new(
                    "image.damaged",
                    format!(
                        "The image cannot be read: {reason}. Export it again from the original."
                    ),
                ));
            }
            return finish(report, false);
        }
    };
    let (w, h) = facts.upright_size();
    report.width = Some(w);
    report.height = Some(h);
    if facts.width == 0 || facts.height == 0 {
        report.problems.push(Finding::new(
            "image.damaged",
            "The image claims to have no pixels (width or height is 0): export it again from the original.",
        ));
        return finish(report, false);
    }
    if facts.width > MAX_DECODE_SIDE
        || facts.height > MAX_DECODE_SIDE
        || facts.pixels() > MAX_DECODE_PIXELS
    {
        report.problems.push(Finding::new(
            "image.dimensions",
            format!(
                "The image claims {}×{} pixels ({} megapixels), more than any photo and more than we will decode (at most {MAX_DECODE_SIDE} pixels a side and {} megapixels). The file is damaged or a decompression bomb: do not use it.",
                facts.width,
                facts.height,
                facts.pixels() / 1_000_000,
                MAX_DECODE_PIXELS / 1_000_000
            ),
        ));
        return finish(report, false);
    }
    if !facts.complete {
        report.problems.push(Finding::new(
            "image.truncated",
            "The image data is cut short: the file ends before the image does (an interrupted copy or download). Copy or download the original again.",
        ));
        fixable = false;
    }
    pixel_format_problems(&facts, kind, &mut report);
    if bytes > limit {
        report.problems.push(Finding::new(
            "image.max_bytes",
            format!(
                "The file is {} ({bytes} bytes); an image may be at most {} ({limit} bytes). Fix scales and recompresses it to fit.",
                format_size(bytes),
                format_size(limit)
            ),
        ));
    }
    image_notes(&facts, kind, media_use, &mut report);
    finish(report, fixable)
}

/// Bit depth and colour model: WhatsApp takes 8-bit RGB or RGBA only.
fn pixel_format_problems(facts: &ImageFacts, kind: MediaKind, report: &mut CheckReport) {
    if !matches!(kind, MediaKind::Jpeg | MediaKind::Png) {
        return; // The format problem already says it will be converted.
    }
    if facts.bit_depth != 8 && facts.color != ColorModel::Palette {
        report.problems.push(Finding::new(
            "image.bit_depth",
            format!(
                "The image uses {} bits per channel; WhatsApp takes 8-bit images only. Fix converts it to 8-bit.",
                facts.bit_depth
            ),
        ));
    }
    if !matches!(facts.color, ColorModel::Rgb | ColorModel::Rgba) {
        let extra = if facts.color == ColorModel::Cmyk {
            " (a print file)"
        } else {
            ""
        };
        report.problems.push(Finding::new(
            "image.color_model",
            format!(
                "The image is {}{extra}; Meta lists 8-bit RGB or RGBA images only. Fix converts it to RGB.",
                facts.color.name()
            ),
        ));
    }
}

/// Recommendations and cautions: never problems.
fn image_notes(facts: &ImageFacts, kind: MediaKind, media_use: MediaUse, report: &mut CheckReport) {
    if facts.animated {
        report.notes.push(Finding::new(
            "image.animated",
            "The image is animated; a header image shows one still frame, so the fixed file keeps only the first frame. For motion, use an MP4 video header.",
        ));
    }
    if facts.exif.needs_rotation() {
        report.notes.push(Finding::new(
            "image.orientation",
            "The photo is stored sideways and relies on an EXIF rotation flag that some viewers ignore. Fix turns the pixels upright.",
        ));
    }
    if facts.exif.has_gps {
        report.notes.push(Finding::new(
            "image.location",
            "The photo contains location data (GPS) that every recipient could read. Fix removes it, with all other metadata.",
        ));
    } else if facts.has_metadata && kind == MediaKind::Jpeg {
        report.notes.push(Finding::new(
            "image.metadata",
            "The photo carries metadata (camera, software or colour profile details). Fix removes all of it.",
        ));
    }
    let (w, h) = facts.upright_size();
    let ratio = f64::from(w) / f64::from(h.max(1));
    match media_use {
        MediaUse::Card => report.notes.push(Finding::new(
            "card.crop",
            format!(
                "Carousel cards crop their media: Meta says cards show media cropped to a wide ratio, while providers recommend 800×800 (1:1). The sources disagree, so check the preview in both shapes; yours is {w}×{h} ({ratio:.2}:1)."
            ),
        )),
        _ => {
            let (rw, rh) = RECOMMENDED_HEADER_SIZE;
            if (ratio - 1.91).abs() > 0.05 {
                report.notes.push(Finding::new(
                    "image.ratio",
                    format!(
                        "Header images show at about 1.91:1 ({rw}×{rh} recommended by providers); yours is {w}×{h} ({ratio:.2}:1), so the chat preview crops it. Choose a crop to decide what shows."
                    ),
                ));
            }
        }
    }
    if w < RECOMMENDED_HEADER_SIZE.0 {
        report.notes.push(Finding::new(
            "image.small",
            format!("The image is {w} pixels wide, under the recommended 800; it may look blurry on large phones."),
        ));
    }
}

fn sticker_report(kind: MediaKind, data: Option<&[u8]>, bytes: u64) -> CheckReport {
    let mut report = base(kind, bytes, MediaUse::Sticker);
    if kind != MediaKind::WebP {
        report.problems.push(Finding::new(
            "sticker.format",
            format!("{} is not accepted: a sticker must be a WebP image. Make it with a sticker tool (512×512 WebP).", kind.name()),
        ));
        return finish(report, false);
    }
    let facts = data.and_then(|d| read_image_facts(kind, d).ok());
    if let Some(facts) = &facts {
        report.width = Some(facts.width);
        report.height = Some(facts.height);
    }
    let animated = facts.is_some_and(|f| f.animated);
    let limit = if animated {
        STICKER_ANIMATED_MAX_BYTES
    } else {
        STICKER_STATIC_MAX_BYTES
    };
    if bytes > limit {
        report.problems.push(Finding::new(
            "sticker.max_bytes",
            format!(
                "The sticker is {} ({bytes} bytes); an {} sticker may be at most {} ({limit} bytes). Reduce its size or colours in your sticker tool.",
                format_size(bytes),
                if animated { "animated" } else { "static" },
                format_size(limit)
            ),
        ));
    }
    finish(report, false)
}

fn video_report(
    kind: MediaKind,
    facts: Result<VideoFacts, String>,
    bytes: u64,
    media_use: MediaUse,
) -> CheckReport {
    if !media_use.accepts_family(MediaFamily::Video) {
        return wrong_family(kind, bytes, media_use);
    }
    let mut report = base(kind, bytes, media_use);
    const REENCODE: &str = "Re-export it as MP4 with H.264 (Main profile) video and AAC audio, e.g. `ffmpeg -i IN -c:v libx264 -profile:v main -bf 0 -c:a aac -movflags +faststart OUT.mp4`.";
    match kind {
        MediaKind::QuickTime => report.problems.push(Finding::new(
            "video.format",
            format!("QuickTime (.mov) videos are not accepted: {}. {REENCODE}", media_use.describe()),
        )),
        MediaKind::ThreeGpp => report.notes.push(Finding::new(
            "video.sample_format",
            "3GPP is accepted when sending, but the sample uploaded when the template is created must be MP4 (the upload API takes video/mp4 only).",
        )),
        _ => {}
    }
    let limit = VIDEO_MAX_BYTES;
    match facts {
        Err(reason) => report.problems.push(Finding::new(
            "video.damaged",
            format!("The video cannot be read: {reason}. {REENCODE}"),
        )),
        Ok(facts) => {
            report.width = facts.width;
            report.height = facts.height;
            report.duration_seconds = facts.duration_seconds;
            video_codec_problems(&facts, &mut report, REENCODE);
            if bytes > limit {
                let advice = match facts.duration_seconds.filter(|d| *d > 0.0) {
                    Some(d) => format!(
                        " At {d:.0} seconds that means at most about {:.1} Mbit/s in total: lower the bitrate or shorten the video.",
                        limit as f64 * 8.0 * 0.95 / d / 1_000_000.0
                    ),
                    None => " Lower the bitrate or shorten the video.".to_owned(),
                };
                report.problems.push(Finding::new(
                    "video.max_bytes",
                    format!(
                        "The video is {} ({bytes} bytes); a video may be at most {} ({limit} bytes).{advice} We do not re-encode videos.",
                        format_size(bytes),
                        format_size(limit)
                    ),
                ));
            }
            if facts.avc_profile.is_some_and(|p| p >= 100) && facts.b_frames {
                report.notes.push(Finding::new(
                    "video.android_profile",
                    "The video uses the H.264 High profile with B-frames, which Android phones cannot play. Re-export with the Main or Baseline profile without B-frames (`-profile:v main -bf 0`).",
                ));
            }
            if !facts.moov_first {
                report.notes.push(Finding::new(
                    "video.fast_start",
                    "The video's index (moov) comes after its data, so phones must download it all before playing. Re-export with `-movflags +faststart`.",
                ));
            }
            if media_use == MediaUse::Card {
                report.notes.push(Finding::new(
                    "card.crop",
                    "Carousel cards crop their media: Meta says to a wide ratio, providers recommend 1:1. The sources disagree, so keep the subject in the centre.",
                ));
            }
        }
    }
    finish(report, false)
}

fn video_codec_problems(facts: &VideoFacts, report: &mut CheckReport, reencode: &str) {
    match facts.video.first() {
        None => report.problems.push(Finding::new(
            "video.no_video",
            format!("The file has no video track. {reencode}"),
        )),
        Some(Codec::H264) => {}
        Some(other) => report.problems.push(Finding::new(
            "video.codec",
            format!(
                "The video is encoded with {}; WhatsApp takes H.264 only. {reencode}",
                other.name()
            ),
        )),
    }
    if facts.audio.len() > 1 {
        report.problems.push(Finding::new(
            "video.audio_tracks",
            format!(
                "The video has {} audio tracks; WhatsApp takes one or none. Keep a single AAC track (`-map 0:v:0 -map 0:a:0`).",
                facts.audio.len()
            ),
        ));
    }
    if let Some(codec) = facts.audio.iter().find(|c| **c != Codec::Aac) {
        report.problems.push(Finding::new(
            "video.audio_codec",
            format!(
                "The audio is encoded with {}; WhatsApp takes AAC only. {reencode}",
                codec.name()
            ),
        ));
    }
}

fn document_report(
    kind: MediaKind,
    data: Option<&[u8]>,
    bytes: u64,
    media_use: MediaUse,
) -> CheckReport {
    if !media_use.accepts_family(MediaFamily::Document) {
        return wrong_family(kind, bytes, media_use);
    }
    let mut report = base(kind, bytes, media_use);
    let limit = DOCUMENT_MAX_BYTES;
    if bytes > limit {
        report.problems.push(Finding::new(
            "document.max_bytes",
            format!(
                "The PDF is {} ({bytes} bytes); a document may be at most {} ({limit} bytes). Export it with compressed images (\"reduced size PDF\") or split it.",
                format_size(bytes),
                format_size(limit)
            ),
        ));
    }
    if let Some(data) = data {
        let facts = read_pdf_facts(data);
        report.pages = facts.pages;
        if !facts.complete {
            report.problems.push(Finding::new(
                "document.truncated",
                "The PDF has no end marker (%%EOF): it is cut short or damaged. Export or download it again.",
            ));
        }
    }
    finish(report, false)
}
