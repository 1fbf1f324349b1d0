//! The fix: one action that turns a problematic image into a valid one (8-bit sRGB JPEG or PNG,
//! upright, no metadata, under the size limit at the best quality that fits), saying in plain
//! words what it did. Videos and documents are never re-encoded: they get an explanation.

use crate::check::{check_bytes, format_size};
use crate::crop::{clamp_crop, CropRect};
use crate::encode::{encode_jpeg, encode_png, OutputFormat};
use crate::error::MediaError;
use crate::image_facts::ColorModel;
use crate::kind::{sniff, MediaFamily};
use crate::limits::{FIX_MAX_QUALITY, FIX_MIN_QUALITY, IMAGE_MAX_BYTES};
use crate::media_use::MediaUse;
use crate::progress::Work;
use crate::report::FixReport;
use crate::upright::{Pixels, UprightImage};
use image::RgbImage;
use std::path::Path;

/// What to fix a file for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixOptions {
    /// The use the result must be valid for (header image or card).
    pub media_use: MediaUse,
    /// JPEG or PNG.
    pub output: OutputFormat,
    /// Part of the upright image to keep, when the user chose a crop.
    pub crop: Option<CropRect>,
}

/// A fixed file and what was done to it.
#[derive(Debug, Clone)]
pub struct FixedMedia {
    /// The new file's bytes.
    pub bytes: Vec<u8>,
    /// What was done, for the user.
    pub report: FixReport,
}

/// Rules whose problems `fix` cannot repair.
const UNFIXABLE_RULES: [&str; 5] = [
    "image.damaged",
    "image.truncated",
    "image.dimensions",
    "use.kind",
    "image.format",
];

/// Fixes the image in `data` for `options`. Checks first: a file of the wrong kind, a damaged
/// one, or a video/document gets [`MediaError::NotFixable`] with what to do instead.
pub fn fix_bytes(
    data: &[u8],
    options: &FixOptions,
    work: &mut Work<'_>,
) -> Result<FixedMedia, MediaError> {
    work.step("Checking", 0.0)?;
    let check = check_bytes(data, Some(options.media_use))?;
    let kind = sniff(data).ok_or(MediaError::Unrecognised)?;
    if kind.family() != MediaFamily::Image
        || !matches!(options.media_use, MediaUse::HeaderImage | MediaUse::Card)
    {
        let why: Vec<&str> = check.problems.iter().map(|p| p.message.as_str()).collect();
        let why = if why.is_empty() {
            format!(
                "only images for a header or card are fixed; this {} is left as it is (we do not re-encode videos or documents)",
                kind.name()
            )
        } else {
            why.join(" ")
        };
        return Err(MediaError::NotFixable(why));
    }
    let blocking: Vec<&str> = check
        .problems
        .iter()
        .filter(|p| {
            UNFIXABLE_RULES.contains(&p.rule.as_str())
                && !(p.rule == "image.format" && kind.decodable())
        })
        .map(|p| p.message.as_str())
        .collect();
    if !blocking.is_empty() {
        return Err(MediaError::NotFixable(blocking.join(" ")));
    }
    work.step("Decoding", 0.05)?;
    let upright = UprightImage::decode(data)?;
    work.step("Decoded", 0.35)?;
    let mut actions = describe_conversion(&upright, options.output);
    let mut pixels = upright.pixels;
    if let Some(rect) = options.crop {
        let (w, h) = pixels.dimensions();
        let rect = clamp_crop(rect, w, h).ok_or_else(|| {
            MediaError::NotFixable(format!(
                "the crop starts at {},{}, outside the {w}×{h} image",
                rect.x, rect.y
            ))
        })?;
        pixels = crop_pixels(&pixels, rect);
        actions.push(format!("Cropped to {}×{}", rect.width, rect.height));
    }
    let limit = IMAGE_MAX_BYTES;
    let fitted = match options.output {
        OutputFormat::Jpeg => fit_jpeg(&pixels.to_rgb(), limit, work)?,
        OutputFormat::Png => fit_png(&pixels, limit, work)?,
    };
    let (w0, h0) = pixels.dimensions();
    if (fitted.width, fitted.height) != (w0, h0) {
        actions.push(format!(
            "Scaled {w0}×{h0} to {}×{} to fit {}",
            fitted.width,
            fitted.height,
            format_size(limit)
        ));
    }
    if let Some(q) = fitted.quality {
        actions.push(format!(
            "Saved as JPEG at quality {q} ({})",
            format_size(fitted.bytes.len() as u64)
        ));
    } else {
        actions.push(format!(
            "Saved as PNG ({})",
            format_size(fitted.bytes.len() as u64)
        ));
    }
    work.step("Verifying", 0.97)?;
    let verdict = check_bytes(&fitted.bytes, Some(options.media_use))?;
    if !verdict.ok {
        let why: Vec<String> = verdict.problems.iter().map(|p| p.message.clone()).collect();
        return Err(MediaError::Encode(format!(
            "the result still fails the check: {}",
            why.join(" ")
        )));
    }
    work.step("Done", 1.0)?;
    Ok(FixedMedia {
        report: FixReport {
            actions,
            kind: options.output.mime().to_owned(),
            width: fitted.width,
            height: fitted.height,
            bytes: fitted.bytes.len() as u64,
            quality: fitted.quality,
        },
        bytes: fitted.bytes,
    })
}

/// Fixes the file at `input` and writes the result to `output` (format from its extension,
/// `.jpg`/`.jpeg` or `.png`), atomically (a temporary file, then a rename).
pub fn fix_file(
    input: &Path,
    output: &Path,
    media_use: MediaUse,
    work: &mut Work<'_>,
) -> Result<FixReport, MediaError> {
    let format = OutputFormat::from_extension(output).ok_or_else(|| {
        MediaError::NotFixable(format!(
            "the output {} must end in .jpg, .jpeg or .png (that chooses the format)",
            output.display()
        ))
    })?;
    let meta = std::fs::metadata(input).map_err(|e| MediaError::read(input, &e))?;
    if meta.len() > crate::limits::MAX_IMAGE_FILE_BYTES {
        return Err(MediaError::NotFixable(format!(
            "{} is {}, too large to open safely as an image; export a smaller JPEG from the original",
            input.display(),
            format_size(meta.len())
        )));
    }
    let data = std::fs::read(input).map_err(|e| MediaError::read(input, &e))?;
    let fixed = fix_bytes(
        &data,
        &FixOptions {
            media_use,
            output: format,
            crop: None,
        },
        work,
    )?;
    crate::keep::write_atomically(output, &fixed.bytes)?;
    Ok(fixed.report)
}

/// Plain words for the conversions decoding and re-encoding perform.
fn describe_conversion(upright: &UprightImage, output: OutputFormat) -> Vec<String> {
    let facts = &upright.facts;
    let mut actions = Vec::new();
    let out_name = match output {
        OutputFormat::Jpeg => "JPEG",
        OutputFormat::Png => "PNG",
    };
    if upright.kind.name() != out_name {
        actions.push(format!("Converted {} to {out_name}", upright.kind.name()));
    }
    if facts.animated {
        actions.push("Kept the first frame of the animation".to_owned());
    }
    if facts.bit_depth > 8 {
        actions.push(format!("Converted {}-bit colour to 8-bit", facts.bit_depth));
    }
    match facts.color {
        ColorModel::Cmyk => actions.push("Converted CMYK colour to RGB".to_owned()),
        ColorModel::Gray | ColorModel::GrayAlpha | ColorModel::Palette | ColorModel::Other
            if matches!(
                upright.kind,
                crate::kind::MediaKind::Jpeg | crate::kind::MediaKind::Png
            ) =>
        {
            actions.push(format!("Converted {} to RGB", facts.color.name()))
        }
        _ => {}
    }
    if facts.exif.needs_rotation() {
        actions.push("Rotated upright".to_owned());
    }
    if facts.exif.has_gps {
        actions.push("Removed location data (GPS) and other metadata".to_owned());
    } else if facts.has_metadata {
        actions.push("Removed all metadata".to_owned());
    }
    if output == OutputFormat::Jpeg && matches!(upright.pixels, Pixels::Rgba(_)) {
        actions.push("Laid transparent areas over white (JPEG has no transparency)".to_owned());
    }
    actions
}

fn crop_pixels(pixels: &Pixels, rect: CropRect) -> Pixels {
    use image::imageops::crop_imm;
    match pixels {
        Pixels::Rgb(i) => {
            Pixels::Rgb(crop_imm(i, rect.x, rect.y, rect.width, rect.height).to_image())
        }
        Pixels::Rgba(i) => {
            Pixels::Rgba(crop_imm(i, rect.x, rect.y, rect.width, rect.height).to_image())
        }
    }
}

/// An encoded result of the size search.
struct Fitted {
    bytes: Vec<u8>,
    width: u32,
    height: u32,
    quality: Option<u8>,
}

/// Proxies (tiles sampled at full resolution) are used to estimate sizes above this many pixels.
const PROXY_ABOVE_PIXELS: u64 = 2_000_000;
/// Side of one proxy tile (a multiple of the 16-pixel JPEG block).
const TILE: u32 = 64;
/// Tiles per row and column of the proxy.
const TILES: u32 = 8;

/// Finds the best JPEG quality (and, if needed, the largest scale) whose file fits `limit`.
///
/// Small images (up to 2 MP) are searched exactly. Large ones first estimate file sizes from a
/// proxy of tiles sampled across the image at full resolution (cheap to encode), then encode
/// for real two qualities at a time: the first pair calibrates the estimates, and at most one
/// more pair climbs to where the calibrated estimate puts the best fitting quality. The output
/// always fits (every result is a real encode); the quality is proven best when a pair
/// straddles the limit, otherwise it is best by the calibrated estimate (within one step).
/// When even quality 60 does not fit, the image is scaled down and the search repeats.
fn fit_jpeg(original: &RgbImage, limit: u64, work: &mut Work<'_>) -> Result<Fitted, MediaError> {
    let (ow, oh) = original.dimensions();
    let mut scale = 1.0f64;
    let mut attempts = 0;
    loop {
        attempts += 1;
        if attempts > 12 {
            return Err(MediaError::Encode("could not find a size that fits".into()));
        }
        let (w, h) = scaled(ow, oh, scale);
        let scaled_img;
        let img: &RgbImage = if (w, h) == (ow, oh) {
            original
        } else {
            work.step("Scaling down", 0.45)?;
            let buf = crate::resize::resize_pixels(original.as_raw(), (ow, oh), 3, (w, h), None)?;
            scaled_img = RgbImage::from_raw(w, h, buf)
                .ok_or_else(|| MediaError::Encode("resized buffer has the wrong size".into()))?;
            &scaled_img
        };
        let pixels = u64::from(w) * u64::from(h);
        work.step("Compressing", 0.5)?;
        // Estimated size at a quality: exact for small images, proxy-based for large ones.
        let proxy = (pixels > PROXY_ABOVE_PIXELS).then(|| proxy_of(img));
        let estimate = |q: u8| -> Result<u64, MediaError> {
            match &proxy {
                Some(p) => {
                    let bytes = encode_jpeg(p, q)?.len() as u64;
                    let proxy_pixels = u64::from(p.width()) * u64::from(p.height());
                    Ok(bytes * pixels / proxy_pixels.max(1))
                }
                None => Ok(encode_jpeg(img, q)?.len() as u64),
            }
        };
        // Estimates aim at the limit itself: real encodes verify every choice below.
        let budget = limit;
        let at_min = estimate(FIX_MIN_QUALITY)?;
        if at_min > budget {
            // Even the lowest quality is too big: scale down in proportion, a little more.
            let factor = (budget as f64 / at_min as f64).sqrt() * 0.97;
            scale *= factor.clamp(0.2, 0.97);
            continue;
        }
        // Highest quality whose estimate fits: binary search, FIX_MIN_QUALITY known to fit.
        let (mut lo, mut hi) = (FIX_MIN_QUALITY, FIX_MAX_QUALITY + 1);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if estimate(mid)? <= budget {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        work.step("Verifying size", 0.8)?;
        // Real encodes, two qualities at a time on two threads. The first pair calibrates the
        // estimates against real sizes; a second pair (at most) goes where the calibrated
        // estimate says the best fitting quality is. Going down continues until one fits.
        let mut q = lo;
        let mut best: Option<(u8, Vec<u8>)> = None;
        let mut climbs = 0;
        loop {
            let upper = q.saturating_add(1).min(FIX_MAX_QUALITY);
            let (at_q, at_upper) = encode_pair(img, q, upper)?;
            let fits = |b: &Vec<u8>| b.len() as u64 <= limit;
            let upper_fits = fits(&at_upper);
            let q_fits = fits(&at_q);
            let calibration = if proxy.is_some() {
                at_upper.len() as f64 / estimate(upper)?.max(1) as f64
            } else {
                1.0
            };
            let calibrated_fit = |cand: u8| -> Result<bool, MediaError> {
                Ok(estimate(cand)? as f64 * calibration <= limit as f64)
            };
            if upper_fits {
                best = Some((upper, at_upper));
            } else if q_fits && best.as_ref().is_none_or(|(b, _)| *b < q) {
                best = Some((q, at_q));
            }
            if upper_fits {
                if upper >= FIX_MAX_QUALITY || proxy.is_none() || climbs >= 1 {
                    break;
                }
                climbs += 1;
                // Climb the calibrated estimates; stop when the next step up would not fit.
                let mut next = upper;
                while next < FIX_MAX_QUALITY && calibrated_fit(next + 1)? {
                    next += 1;
                }
                if next == upper {
                    break;
                }
                q = next;
            } else if q_fits || best.is_some() || q <= FIX_MIN_QUALITY {
                break;
            } else {
                let mut next = q - 1;
                while next > FIX_MIN_QUALITY && !calibrated_fit(next)? {
                    next -= 1;
                }
                q = next.saturating_sub(1).max(FIX_MIN_QUALITY);
                // Calibrated now: the next pair is the last climb allowed.
                climbs = 1;
            }
            work.step("Verifying size", 0.9)?;
        }
        match best {
            Some((quality, bytes)) => {
                return Ok(Fitted {
                    bytes,
                    width: w,
                    height: h,
                    quality: Some(quality),
                })
            }
            None => scale *= 0.9,
        }
    }
}

/// Encodes `img` at qualities `a` and `b` at once (two threads; one encode when equal).
fn encode_pair(img: &RgbImage, a: u8, b: u8) -> Result<(Vec<u8>, Vec<u8>), MediaError> {
    if a == b {
        let bytes = encode_jpeg(img, a)?;
        return Ok((bytes.clone(), bytes));
    }
    std::thread::scope(|scope| {
        let upper = scope.spawn(|| encode_jpeg(img, b));
        let lower = encode_jpeg(img, a)?;
        let upper = upper
            .join()
            .map_err(|_| MediaError::Encode("the encoding thread failed".into()))??;
        Ok((lower, upper))
    })
}

/// Fits a PNG under `limit` by scaling down (PNG has no quality setting).
fn fit_png(original: &Pixels, limit: u64, work: &mut Work<'_>) -> Result<Fitted, MediaError> {
    let (ow, oh) = original.dimensions();
    let mut scale = 1.0f64;
    for _ in 0..12 {
        let (w, h) = scaled(ow, oh, scale);
        work.step("Compressing", 0.6)?;
        let img = if (w, h) == (ow, oh) {
            original.to_dynamic()
        } else {
            original.resized(w, h, None)?.to_dynamic()
        };
        let bytes = encode_png(&img)?;
        if bytes.len() as u64 <= limit {
            return Ok(Fitted {
                bytes,
                width: w,
                height: h,
                quality: None,
            });
        }
        scale *= ((limit as f64 / bytes.len() as f64).sqrt() * 0.95).clamp(0.2, 0.95);
    }
    Err(MediaError::Encode(
        "could not make a PNG small enough; try JPEG output".into(),
    ))
}

fn scaled(w: u32, h: u32, scale: f64) -> (u32, u32) {
    if scale >= 1.0 {
        return (w, h);
    }
    (
        ((f64::from(w) * scale).round() as u32).max(1),
        ((f64::from(h) * scale).round() as u32).max(1),
    )
}

/// A mosaic of `TILES`×`TILES` full-resolution tiles spread evenly across `img`.
fn proxy_of(img: &RgbImage) -> RgbImage {
    let (w, h) = img.dimensions();
    let tw = TILE.min(w);
    let th = TILE.min(h);
    let mut out = RgbImage::new(tw * TILES, th * TILES);
    for ty in 0..TILES {
        for tx in 0..TILES {
            let sx = (w - tw) * tx / (TILES - 1);
            let sy = (h - th) * ty / (TILES - 1);
            let tile = image::imageops::crop_imm(img, sx, sy, tw, th);
            image::imageops::replace(
                &mut out,
                &tile.to_image(),
                i64::from(tx * tw),
                i64::from(ty * th),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_never_reaches_zero() {
        assert_eq!(scaled(10, 1, 0.01), (1, 1));
        assert_eq!(scaled(6000, 4000, 1.0), (6000, 4000));
    }

    #[test]
    fn proxy_of_small_image_has_tiles_of_its_size() {
        let img = RgbImage::new(20, 10);
        let p = proxy_of(&img);
        assert_eq!(p.dimensions(), (20 * TILES, 10 * TILES));
    }
}
