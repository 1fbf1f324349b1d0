//! The facts a check needs about an image, read from its headers only: size, colour model, bit
//! depth, animation, metadata and completeness. No pixel is decoded here, so this is fast and
//! safe for any file, including decompression bombs.

use crate::exif_facts::{read_exif, ExifFacts};
use crate::jpeg_segments::read_jpeg_segments;
use crate::kind::MediaKind;
use crate::png_chunks::read_png_chunks;
use std::io::Cursor;

/// How the pixels store colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorModel {
    /// Red, green, blue.
    Rgb,
    /// Red, green, blue, alpha.
    Rgba,
    /// Grey levels.
    Gray,
    /// Grey levels with alpha.
    GrayAlpha,
    /// A palette of colours (PNG colour type 3, GIF).
    Palette,
    /// Cyan, magenta, yellow, black (print files).
    Cmyk,
    /// Anything else (floating point, unusual TIFF layouts).
    Other,
}

impl ColorModel {
    /// Plain name for messages.
    pub fn name(self) -> &'static str {
        match self {
            ColorModel::Rgb => "RGB",
            ColorModel::Rgba => "RGBA",
            ColorModel::Gray => "greyscale",
            ColorModel::GrayAlpha => "greyscale with transparency",
            ColorModel::Palette => "palette (indexed colour)",
            ColorModel::Cmyk => "CMYK",
            ColorModel::Other => "an unusual colour layout",
        }
    }
}

/// What an image's headers say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageFacts {
    /// Width in pixels, as stored (before EXIF rotation).
    pub width: u32,
    /// Height in pixels, as stored.
    pub height: u32,
    /// Colour model.
    pub color: ColorModel,
    /// Bits per sample.
    pub bit_depth: u8,
    /// Whether the image has more than one frame.
    pub animated: bool,
    /// Orientation and location from EXIF.
    pub exif: ExifFacts,
    /// Whether any metadata (EXIF, XMP, ICC, text) is embedded.
    pub has_metadata: bool,
    /// Whether the file's structure is whole (false for a truncated JPEG or PNG).
    pub complete: bool,
}

impl ImageFacts {
    /// Width and height as shown, after the EXIF orientation is applied.
    pub fn upright_size(&self) -> (u32, u32) {
        if (5..=8).contains(&self.exif.orientation) {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }

    /// Number of pixels, without overflow.
    pub fn pixels(&self) -> u64 {
        u64::from(self.width) * u64::from(self.height)
    }
}

/// Reads the facts of an image of `kind` from its bytes. `Err` carries a plain reason when the
/// header itself cannot be read (the file is damaged), or for formats we cannot open (HEIC).
pub fn read_image_facts(kind: MediaKind, data: &[u8]) -> Result<ImageFacts, String> {
    match kind {
        MediaKind::Jpeg => jpeg_facts(data),
        MediaKind::Png => png_facts(data),
        MediaKind::Gif | MediaKind::WebP | MediaKind::Bmp | MediaKind::Tiff => {
            decoder_facts(kind, data)
        }
        _ => Err(format!("{} images cannot be opened here", kind.name())),
    }
}

fn jpeg_facts(data: &[u8]) -> Result<ImageFacts, String> {
    let seg = read_jpeg_segments(data);
    if !seg.has_frame {
        return Err(
            "the JPEG has no readable frame header: the file is damaged or cut short".into(),
        );
    }
    let color = match seg.components {
        1 => ColorModel::Gray,
        3 => ColorModel::Rgb,
        4 => ColorModel::Cmyk,
        _ => ColorModel::Other,
    };
    let exif = seg.exif.as_deref().map(read_exif).unwrap_or(NO_EXIF);
    Ok(ImageFacts {
        width: seg.width,
        height: seg.height,
        color,
        bit_depth: seg.precision,
        animated: false,
        exif,
        has_metadata: seg.exif.is_some() || seg.other_metadata,
        complete: seg.complete,
    })
}

fn png_facts(data: &[u8]) -> Result<ImageFacts, String> {
    let c = read_png_chunks(data);
    if !c.has_header {
        return Err(
            "the PNG has no readable header (IHDR): the file is damaged or cut short".into(),
        );
    }
    let color = match c.color_type {
        0 => ColorModel::Gray,
        2 => ColorModel::Rgb,
        3 => ColorModel::Palette,
        4 => ColorModel::GrayAlpha,
        6 => ColorModel::Rgba,
        _ => ColorModel::Other,
    };
    let exif = c.exif.as_deref().map(read_exif).unwrap_or(NO_EXIF);
    Ok(ImageFacts {
        width: c.width,
        height: c.height,
        color,
        bit_depth: c.bit_depth,
        animated: c.animated,
        exif,
        has_metadata: c.exif.is_some() || c.other_metadata,
        complete: c.complete,
    })
}

const NO_EXIF: ExifFacts = ExifFacts {
    orientation: 1,
    has_gps: false,
};

/// GIF, WebP, BMP, TIFF: the `image` crate reads the header (no pixels).
fn decoder_facts(kind: MediaKind, data: &[u8]) -> Result<ImageFacts, String> {
    use image::{ExtendedColorType as E, ImageDecoder};
    let format = match kind {
        MediaKind::Gif => image::ImageFormat::Gif,
        MediaKind::WebP => image::ImageFormat::WebP,
        MediaKind::Bmp => image::ImageFormat::Bmp,
        _ => image::ImageFormat::Tiff,
    };
    let mut reader = image::ImageReader::with_format(Cursor::new(data), format);
    reader.no_limits();
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| format!("the {} header cannot be read ({e})", kind.name()))?;
    let (width, height) = decoder.dimensions();
    let (color, bit_depth) = match decoder.original_color_type() {
        E::Rgb8 => (ColorModel::Rgb, 8),
        E::Rgba8 => (ColorModel::Rgba, 8),
        E::L8 => (ColorModel::Gray, 8),
        E::La8 => (ColorModel::GrayAlpha, 8),
        E::Rgb16 => (ColorModel::Rgb, 16),
        E::Rgba16 => (ColorModel::Rgba, 16),
        E::L16 => (ColorModel::Gray, 16),
        E::La16 => (ColorModel::GrayAlpha, 16),
        E::Cmyk8 => (ColorModel::Cmyk, 8),
        E::Cmyk16 => (ColorModel::Cmyk, 16),
        E::L1 | E::L2 | E::L4 => (ColorModel::Gray, 8),
        E::Unknown(bits) => (ColorModel::Other, bits),
        _ => (ColorModel::Other, 32),
    };
    let raw_exif = decoder.exif_metadata().ok().flatten();
    let exif = raw_exif.as_deref().map(read_exif).unwrap_or(NO_EXIF);
    let animated = match kind {
        MediaKind::Gif => gif_frame_count(data) > 1,
        MediaKind::WebP => webp_is_animated(data),
        _ => false,
    };
    let color = if kind == MediaKind::Gif {
        ColorModel::Palette
    } else {
        color
    };
    Ok(ImageFacts {
        width,
        height,
        color,
        bit_depth,
        animated,
        exif,
        has_metadata: raw_exif.is_some(),
        complete: true,
    })
}

/// Counts image descriptors in a GIF by walking its blocks (stops at two; never panics).
pub fn gif_frame_count(data: &[u8]) -> u32 {
    let Some(&packed) = data.get(10) else {
        return 0;
    };
    let mut at = 13usize;
    if packed & 0x80 != 0 {
        at += 3 * (1usize << ((packed & 0x07) + 1));
    }
    let mut frames = 0;
    let skip_sub_blocks = |mut at: usize| -> Option<usize> {
        loop {
            let size = usize::from(*data.get(at)?);
            at += 1;
            if size == 0 {
                return Some(at);
            }
            at += size;
        }
    };
    while let Some(&block) = data.get(at) {
        match block {
            0x21 => match skip_sub_blocks(at + 2) {
                Some(next) => at = next,
                None => return frames,
            },
            0x2C => {
                frames += 1;
                if frames > 1 {
                    return frames;
                }
                let Some(&flags) = data.get(at + 9) else {
                    return frames;
                };
                at += 10;
                if flags & 0x80 != 0 {
                    at += 3 * (1usize << ((flags & 0x07) + 1));
                }
                // LZW minimum code size, then the data sub-blocks.
                match skip_sub_blocks(at + 1) {
                    Some(next) => at = next,
                    None => return frames,
                }
            }
            _ => return frames,
        }
    }
    frames
}

/// Whether a WebP declares animation (VP8X flag or an ANIM chunk).
pub fn webp_is_animated(data: &[u8]) -> bool {
    if data.get(12..16) == Some(b"VP8X") {
        return data.get(20).is_some_and(|flags| flags & 0x02 != 0);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_kind_is_refused_with_a_reason() {
        let err = read_image_facts(MediaKind::Heic, b"....ftypheic");
        assert!(err.is_err());
    }

    #[test]
    fn gif_walk_survives_garbage() {
        assert_eq!(gif_frame_count(b"GIF89a\x01\x00\x01\x00\xff\x00\x00"), 0);
        assert_eq!(gif_frame_count(b"GIF89a"), 0);
    }
}
