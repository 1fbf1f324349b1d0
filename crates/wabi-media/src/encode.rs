//! Encoding output files: 8-bit sRGB JPEG (with `jpeg-encoder`, SIMD) or PNG, with no metadata
//! at all (nothing is copied from the source, so location and camera data are gone).

use crate::error::MediaError;
use image::{RgbImage, RgbaImage};

/// The output format of a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum OutputFormat {
    /// Baseline JPEG, 4:2:0, no metadata.
    Jpeg,
    /// PNG, 8-bit RGB or RGBA, no metadata.
    Png,
}

impl OutputFormat {
    /// The format for an output path's extension (`.jpg`/`.jpeg` or `.png`, any case).
    pub fn from_extension(path: &std::path::Path) -> Option<OutputFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "jpg" | "jpeg" => Some(OutputFormat::Jpeg),
            "png" => Some(OutputFormat::Png),
            _ => None,
        }
    }

    /// The MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            OutputFormat::Jpeg => "image/jpeg",
            OutputFormat::Png => "image/png",
        }
    }
}

/// Encodes RGB pixels as a JPEG of `quality` (1 to 100).
pub fn encode_jpeg(image: &RgbImage, quality: u8) -> Result<Vec<u8>, MediaError> {
    let (w, h) = image.dimensions();
    let w = u16::try_from(w)
        .map_err(|_| MediaError::Encode(format!("width {w} is over JPEG's 65,535")))?;
    let h = u16::try_from(h)
        .map_err(|_| MediaError::Encode(format!("height {h} is over JPEG's 65,535")))?;
    let mut out = Vec::with_capacity(image.as_raw().len() / 8);
    let encoder = jpeg_encoder::Encoder::new(&mut out, quality.clamp(1, 100));
    encoder
        .encode(image.as_raw(), w, h, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| MediaError::Encode(e.to_string()))?;
    Ok(out)
}

/// Encodes RGB or RGBA pixels as a PNG.
pub fn encode_png(image: &image::DynamicImage) -> Result<Vec<u8>, MediaError> {
    use image::ImageEncoder;
    let mut out = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        &mut out,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    );
    let result = match image {
        image::DynamicImage::ImageRgba8(rgba) => encoder.write_image(
            rgba.as_raw(),
            rgba.width(),
            rgba.height(),
            image::ExtendedColorType::Rgba8,
        ),
        other => {
            let rgb = other.to_rgb8();
            encoder.write_image(
                rgb.as_raw(),
                rgb.width(),
                rgb.height(),
                image::ExtendedColorType::Rgb8,
            )
        }
    };
    result.map_err(|e| MediaError::Encode(e.to_string()))?;
    Ok(out)
}

/// Lays RGBA pixels over white, for JPEG output (which has no transparency).
pub fn flatten_on_white(image: &RgbaImage) -> RgbImage {
    let mut out = RgbImage::new(image.width(), image.height());
    for (dst, src) in out.pixels_mut().zip(image.pixels()) {
        let a = u16::from(src[3]);
        let blend = |c: u8| ((u16::from(c) * a + 255 * (255 - a) + 127) / 255) as u8;
        *dst = image::Rgb([blend(src[0]), blend(src[1]), blend(src[2])]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_format_follows_the_extension_case_insensitively() {
        use std::path::Path;
        assert_eq!(
            OutputFormat::from_extension(Path::new("a.JPG")),
            Some(OutputFormat::Jpeg)
        );
        assert_eq!(
            OutputFormat::from_extension(Path::new("a.jpeg")),
            Some(OutputFormat::Jpeg)
        );
        assert_eq!(
            OutputFormat::from_extension(Path::new("a.png")),
            Some(OutputFormat::Png)
        );
        assert_eq!(OutputFormat::from_extension(Path::new("a.webp")), None);
        assert_eq!(OutputFormat::from_extension(Path::new("a")), None);
    }

    #[test]
    fn transparent_pixels_become_white() {
        let img = RgbaImage::from_pixel(1, 1, image::Rgba([0, 0, 0, 0]));
        assert_eq!(
            flatten_on_white(&img).get_pixel(0, 0),
            &image::Rgb([255, 255, 255])
        );
    }
}
