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

/// A JPEG preview of the image in `data`, at most `max_side` pixels on its longest side,
/// upright. The thumbnail path: ordinary 8-bit RGB or grey JPEGs are decoded straight at a
/// reduced scale (1/2, 1/4 or 1/8 in the DCT, with `jpeg-decoder`), which is several times
/// faster than decoding every pixel; anything else goes through [`UprightImage::decode`].
pub fn preview_of(data: &[u8], max_side: u32) -> Result<Vec<u8>, MediaError> {
    if let Some(pixels) = scaled_jpeg_decode(data, max_side)? {
        let (w, h) = pixels.dimensions();
        let (tw, th) = fit_within(w, h, max_side.max(1));
        let small = pixels.resized(tw, th, None)?;
        return encode_jpeg(&small.to_rgb(), 82);
    }
    UprightImage::decode(data)?.preview(max_side, None)
}

/// Decodes an ordinary JPEG at the smallest DCT scale still covering `max_side`, upright.
/// `Ok(None)` when the file is not a plain complete 8-bit RGB/grey JPEG (the caller falls back).
fn scaled_jpeg_decode(data: &[u8], max_side: u32) -> Result<Option<Pixels>, MediaError> {
    use crate::image_facts::ColorModel;
    if sniff(data) != Some(MediaKind::Jpeg) {
        return Ok(None);
    }
    let Ok(facts) = read_image_facts(MediaKind::Jpeg, data) else {
        return Ok(None);
    };
    let plain = matches!(facts.color, ColorModel::Rgb | ColorModel::Gray)
        && facts.bit_depth == 8
        && facts.complete
        && facts.width <= MAX_DECODE_SIDE
        && facts.height <= MAX_DECODE_SIDE
        && facts.width > 0
        && facts.height > 0
        && facts.pixels() <= MAX_DECODE_PIXELS;
    if !plain {
        return Ok(None);
    }
    let (tw, th) = fit_within(facts.width, facts.height, max_side.max(1));
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(data));
    decoder.set_max_decoding_buffer_size(MAX_DECODE_ALLOC as usize);
    let requested = (
        u16::try_from(tw).unwrap_or(u16::MAX),
        u16::try_from(th).unwrap_or(u16::MAX),
    );
    let decode_error =
        |e: jpeg_decoder::Error| MediaError::Decode(format!("JPEG data is damaged ({e})"));
    decoder
        .scale(requested.0, requested.1)
        .map_err(decode_error)?;
    let raw = decoder.decode().map_err(decode_error)?;
    let Some(info) = decoder.info() else {
        return Ok(None);
    };
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    let image = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            RgbImage::from_raw(w, h, raw).map(DynamicImage::ImageRgb8)
        }
        jpeg_decoder::PixelFormat::L8 => {
            image::GrayImage::from_raw(w, h, raw).map(DynamicImage::ImageLuma8)
        }
        _ => None,
    };
    let Some(mut image) = image else {
        return Ok(None);
    };
    if let Some(orientation) = u8::try_from(facts.exif.orientation)
        .ok()
        .and_then(image::metadata::Orientation::from_exif)
    {
        image.apply_orientation(orientation);
    }
    Ok(Some(Pixels::Rgb(image.into_rgb8())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        encode_jpeg(&img, 85).unwrap_or_default()
    }

    #[test]
    fn fast_preview_matches_the_fitted_size() {
        let preview = preview_of(&jpeg(1600, 900), 320).unwrap_or_default();
        let img = image::load_from_memory(&preview).map(|i| (i.width(), i.height()));
        assert_eq!(img.ok(), Some((320, 180)));
    }

    #[test]
    fn preview_of_damaged_jpeg_is_an_error_not_a_panic() {
        let data = jpeg(64, 64);
        let mut broken = data.clone();
        for b in broken.iter_mut().skip(200).step_by(3) {
            *b = 0xFF;
        }
        let _ = preview_of(&broken, 32);
        assert!(preview_of(&data[..40], 32).is_err());
    }
}
