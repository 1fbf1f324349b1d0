//! The work the app does on a header file the user chose: keep it, check the kept copy for its
//! use, make its thumbnail, fix it, and preview crops; each answered with what the UI shows.
//!
//! Why here and not in the app: it is the media pipeline applied to kept files
//! ([`crate::keep`], [`crate::reference`]), with no window in it; the app's commands only pass
//! bytes or paths in and the answer out.

use crate::crop::{crop_at, CropRatio, CropRect};
use crate::encode::OutputFormat;
use crate::error::MediaError;
use crate::fix::{fix_bytes, FixOptions};
use crate::keep::{cached_thumbnail, keep, thumbnail_dir, write_atomically, KeepSource, KeptMedia};
use crate::reference::{fixed_name, name_of, read_kept, reference_of, remember_name, KeptFiles};
use crate::report::{CheckReport, FixReport};
use crate::{check_file, MediaUse, UprightImage, Work};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// Longest side of the preview thumbnail, in pixels (the phone shows the header about 300 CSS
/// pixels wide; this stays sharp at 2× scale).
pub const THUMBNAIL_SIDE: u32 = 640;

/// Largest file accepted at all: the largest WhatsApp allows (a 100 MB document) plus a margin,
/// so that a slightly oversize file still gets a verdict saying by how much.
pub const MAX_IMPORT_BYTES: u64 = 110 * crate::limits::MEGABYTE;

/// What the UI shows about a kept file: the check's verdict, the reference a draft stores, and
/// the thumbnail to draw.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediaVerdict {
    /// What the draft stores as the header's sample handle: `wabi-media:<sha256>.<ext>`.
    pub reference: String,
    /// SHA-256 of the kept content.
    pub sha256: String,
    /// The file's name as the user had it (or the name the fix gave it).
    pub name: String,
    /// The check of the kept file for its use.
    pub check: CheckReport,
    /// The cached thumbnail (images only), for `convertFileSrc`.
    pub thumbnail_path: Option<String>,
    /// What the fix did, when this file is the result of one.
    pub fixed: Option<FixReport>,
}

/// A crop the user is trying, as the preview shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CropPreview {
    /// The rectangle of the upright image, to pass back to `media_fix`.
    pub rect: CropRect,
    /// The cached preview of that rectangle, for `convertFileSrc`.
    pub thumbnail_path: String,
}

/// Refuses a file called `name` of `bytes` over [`MAX_IMPORT_BYTES`] before reading it.
pub fn check_import_size(name: &str, bytes: u64) -> Result<(), MediaError> {
    if bytes > MAX_IMPORT_BYTES {
        return Err(MediaError::TooLarge {
            name: name.to_owned(),
            size: crate::check::format_size(bytes),
        });
    }
    Ok(())
}

/// Keeps `source` (called `name`), checks the kept copy for `media_use` and makes its thumbnail.
pub fn import(
    data_dir: &Path,
    name: &str,
    source: KeepSource<'_>,
    media_use: MediaUse,
) -> Result<MediaVerdict, MediaError> {
    let kept = keep(data_dir, source)?;
    remember(&kept, name);
    verdict_of(data_dir, &kept, name, Some(media_use), None)
}

/// Remembers `name` for a kept file; failing to is only logged (the name is a nicety).
fn remember(kept: &KeptMedia, name: &str) {
    if let Err(error) = remember_name(kept, name) {
        tracing::warn!(%error, "cannot remember the media file's name");
    }
}

/// The verdict on the file kept earlier that `reference` names (a draft reopened), checked for
/// `media_use` or, when absent, the use its kind suggests.
pub fn describe(
    data_dir: &Path,
    reference: &str,
    media_use: Option<MediaUse>,
) -> Result<MediaVerdict, MediaError> {
    let kept = KeptFiles::new(data_dir).resolve(reference)?;
    verdict_of(data_dir, &kept, &name_of(&kept), media_use, None)
}

/// The verdict on a kept file: its check for `media_use` (or the use its kind suggests) and its
/// thumbnail.
pub fn verdict_of(
    data_dir: &Path,
    kept: &KeptMedia,
    name: &str,
    media_use: Option<MediaUse>,
    fixed: Option<FixReport>,
) -> Result<MediaVerdict, MediaError> {
    let check = check_file(&kept.path, media_use)?;
    // A thumbnail that cannot be made (an image too damaged to decode) leaves the verdict as it
    // is: the check already says what is wrong.
    let thumbnail = match cached_thumbnail(data_dir, kept, THUMBNAIL_SIDE) {
        Ok(path) => path,
        Err(error) => {
            tracing::warn!(%error, "no thumbnail for kept media");
            None
        }
    };
    Ok(MediaVerdict {
        reference: reference_of(kept),
        sha256: kept.sha256.clone(),
        name: name.to_owned(),
        check,
        thumbnail_path: thumbnail.map(|p| p.display().to_string()),
        fixed,
    })
}

/// Fixes the kept file `reference` for `media_use` (cropped to `crop` when given), keeps the
/// result under the name `<original>-fixed.jpg` and returns its verdict.
pub fn fix_kept(
    data_dir: &Path,
    reference: &str,
    media_use: MediaUse,
    crop: Option<CropRect>,
    work: &mut Work<'_>,
) -> Result<MediaVerdict, MediaError> {
    let original = KeptFiles::new(data_dir).resolve(reference)?;
    let bytes = read_kept(&original)?;
    let options = FixOptions {
        media_use,
        output: OutputFormat::Jpeg,
        crop,
    };
    let fixed = fix_bytes(&bytes, &options, work)?;
    drop(bytes);
    let kept = keep(data_dir, KeepSource::Bytes(&fixed.bytes))?;
    let name = fixed_name(&name_of(&original));
    remember(&kept, &name);
    verdict_of(data_dir, &kept, &name, Some(media_use), Some(fixed.report))
}

/// A preview of the kept image `reference` cropped to `ratio`, centred at (`cx`, `cy`)
/// (fractions of the width and height), cached in the thumbnail folder.
pub fn crop_preview(
    data_dir: &Path,
    reference: &str,
    ratio: CropRatio,
    cx: f64,
    cy: f64,
) -> Result<CropPreview, MediaError> {
    let kept = KeptFiles::new(data_dir).resolve(reference)?;
    let bytes = read_kept(&kept)?;
    let image = UprightImage::decode(&bytes)?;
    drop(bytes);
    let (w, h) = image.dimensions();
    let rect = crop_at(w, h, ratio, cx, cy);
    let path = thumbnail_dir(data_dir).join(format!(
        "{}-crop-{}-{}-{}-{}.jpg",
        kept.sha256, rect.x, rect.y, rect.width, rect.height
    ));
    if !path.is_file() {
        let preview = image.preview(THUMBNAIL_SIDE, Some(rect))?;
        write_atomically(&path, &preview)?;
    }
    Ok(CropPreview {
        rect,
        thumbnail_path: path.display().to_string(),
    })
}
