//! Bounded decoding: an image decoded once, turned upright (EXIF orientation applied) and held
//! as 8-bit RGB or RGBA, ready for fixes, crops and previews.
//!
//! Every decode goes through here so that the safety bounds hold everywhere: headers are read
//! and judged first (dimensions, pixel count), then the decoder runs under `image::Limits`.

use crate::crop::{clamp_crop, CropRect};
use crate::encode::encode_jpeg;
use crate::error::MediaError;
use crate::image_facts::{read_image_facts, ImageFacts};
use crate::kind::{sniff, MediaKind};
use crate::limits::{MAX_DECODE_ALLOC, MAX_DECODE_PIXELS, MAX_DECODE_SIDE};
use crate::resize::{fit_within, resize_pixels};
use image::{DynamicImage, RgbImage, RgbaImage};
use std::io::Cursor;

/// Decoded, upright, 8-bit pixels.
#[derive(Debug, Clone)]
pub enum Pixels {
    /// Opaque image.
    Rgb(RgbImage),
    /// Image with real transparency.
    Rgba(RgbaImage),
}

impl Pixels {
    /// Width and height.
    pub fn dimensions(&self) -> (u32, u32) {
        match self {
            Pixels::Rgb(i) => i.dimensions(),
            Pixels::Rgba(i) => i.dimensions(),
        }
    }

    /// Bytes per pixel (3 or 4).
    pub fn channels(&self) -> u8 {
        match self {
            Pixels::Rgb(_) => 3,
            Pixels::Rgba(_) => 4,
        }
    }

    fn raw(&self) -> &[u8] {
        match self {
            Pixels::Rgb(i) => i.as_raw(),
            Pixels::Rgba(i) => i.as_raw(),
        }
    }

    /// These pixels resized to `w`×`h`, from `crop` of them when given.
    pub fn resized(&self, w: u32, h: u32, crop: Option<CropRect>) -> Result<Pixels, MediaError> {
        let buf = resize_pixels(self.raw(), self.dimensions(), self.channels(), (w, h), crop)?;
        let bad = || MediaError::Encode("resized buffer has the wrong size".into());
        Ok(match self {
            Pixels::Rgb(_) => Pixels::Rgb(RgbImage::from_raw(w, h, buf).ok_or_else(bad)?),
            Pixels::Rgba(_) => Pixels::Rgba(RgbaImage::from_raw(w, h, buf).ok_or_else(bad)?),
        })
    }

    /// The pixels as a `DynamicImage` (a copy).
    pub fn to_dynamic(&self) -> DynamicImage {
        match self {
            Pixels::Rgb(i) => DynamicImage::ImageRgb8(i.clone()),
            Pixels::Rgba(i) => DynamicImage::ImageRgba8(i.clone()),
        }
    }

    /// Opaque RGB (transparency laid over white).
    pub fn to_rgb(&self) -> std::borrow::Cow<'_, RgbImage> {
        match self {
            Pixels::Rgb(i) => std::borrow::Cow::Borrowed(i),
            Pixels::Rgba(i) => std::borrow::Cow::Owned(crate::encode::flatten_on_white(i)),
        }
    }
}

/// An image decoded under our bounds and turned upright.
#[derive(Debug, Clone)]
pub struct UprightImage {
    /// The format the bytes were in.
    pub kind: MediaKind,
    /// What the headers said (stored size, colour model, EXIF, ...).
    pub facts: ImageFacts,
    /// The upright pixels.
    pub pixels: Pixels,
}

impl UprightImage {
    /// Decodes `data` (any image format we decode), refusing over-large or damaged headers
    /// before decoding, and applies the EXIF orientation.
    pub fn decode(data: &[u8]) -> Result<UprightImage, MediaError> {
        if data.is_empty() {
            return Err(MediaError::Empty);
        }
        let kind = sniff(data).ok_or(MediaError::Unrecognised)?;
        if !kind.decodable() {
            return Err(MediaError::NotFixable(format!(
                "{} files cannot be opened as images here",
                kind.name()
            )));
        }
        let facts = read_image_facts(kind, data).map_err(MediaError::Decode)?;
        if facts.width == 0
            || facts.height == 0
            || facts.width > MAX_DECODE_SIDE
            || facts.height > MAX_DECODE_SIDE
            || facts.pixels() > MAX_DECODE_PIXELS
        {
            return Err(MediaError::Decode(format!(
                "the image claims {}×{} pixels; we decode at most {MAX_DECODE_SIDE} pixels a side and {} megapixels (the file is damaged or a decompression bomb)",
                facts.width,
                facts.height,
                MAX_DECODE_PIXELS / 1_000_000
            )));
        }
        let format = match kind {
            MediaKind::Jpeg => image::ImageFormat::Jpeg,
            MediaKind::Png => image::ImageFormat::Png,
            MediaKind::Gif => image::ImageFormat::Gif,
            MediaKind::WebP => image::ImageFormat::WebP,
            MediaKind::Bmp => image::ImageFormat::Bmp,
            _ => image::ImageFormat::Tiff,
        };
        let mut limits = image::Limits::default();
        limits.max_image_width = Some(MAX_DECODE_SIDE);
        limits.max_image_height = Some(MAX_DECODE_SIDE);
        limits.max_alloc = Some(MAX_DECODE_ALLOC);
        let mut reader = image::ImageReader::with_format(Cursor::new(data), format);
        reader.limits(limits);
        let mut decoded = reader.decode().map_err(|e| {
            MediaError::Decode(format!(
                "{} data is damaged or unsupported ({e})",
                kind.name()
            ))
        })?;
        if let Some(orientation) = u8::try_from(facts.exif.orientation)
            .ok()
            .and_then(image::metadata::Orientation::from_exif)
        {
            decoded.apply_orientation(orientation);
        }
        let pixels = if decoded.color().has_alpha() {
            let rgba = decoded.into_rgba8();
            if rgba.pixels().all(|p| p[3] == 255) {
                Pixels::Rgb(DynamicImage::ImageRgba8(rgba).into_rgb8())
            } else {
                Pixels::Rgba(rgba)
            }
        } else {
            Pixels::Rgb(decoded.into_rgb8())
        };
        Ok(UprightImage {
            kind,
            facts,
            pixels,
        })
    }

    /// Upright width and height.
    pub fn dimensions(&self) -> (u32, u32) {
        self.pixels.dimensions()
    }

    /// A JPEG preview at most `max_side` pixels on its longest side, of `crop` when given (the
    /// preview the UI refreshes as the user moves a crop). A crop outside the image is an error.
    pub fn preview(&self, max_side: u32, crop: Option<CropRect>) -> Result<Vec<u8>, MediaError> {
        let (w, h) = self.dimensions();
        let crop = match crop {
            Some(c) => Some(clamp_crop(c, w, h).ok_or_else(|| {
                MediaError::NotFixable(format!(
                    "the crop starts at {},{}, outside the {w}×{h} image",
                    c.x, c.y
                ))
            })?),
            None => None,
        };
        let (cw, ch) = crop.map_or((w, h), |c| (c.width, c.height));
        let (tw, th) = fit_within(cw, ch, max_side.max(1));
        let small = self.pixels.resized(tw, th, crop)?;
        encode_jpeg(&small.to_rgb(), 82)
    }
}
