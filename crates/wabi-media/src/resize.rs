//! Resizing (and cropping while resizing) 8-bit RGB/RGBA pixels with `fast_image_resize`
//! (SIMD convolution, Lanczos3; alpha handled premultiplied).

use crate::crop::CropRect;
use crate::error::MediaError;
use fast_image_resize as fr;

/// Resizes `src` (`sw`×`sh`, `channels` 3 or 4 bytes a pixel) to `dw`×`dh`, taking only `crop`
/// of the source when given.
pub fn resize_pixels(
    src: &[u8],
    (sw, sh): (u32, u32),
    channels: u8,
    (dw, dh): (u32, u32),
    crop: Option<CropRect>,
) -> Result<Vec<u8>, MediaError> {
    let pixel_type = if channels == 4 {
        fr::PixelType::U8x4
    } else {
        fr::PixelType::U8x3
    };
    let src_view = fr::images::ImageRef::new(sw, sh, src, pixel_type)
        .map_err(|e| MediaError::Decode(format!("pixel buffer does not match its size ({e})")))?;
    let mut dst = fr::images::Image::new(dw.max(1), dh.max(1), pixel_type);
    let mut options =
        fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
    if let Some(c) = crop {
        options = options.crop(
            f64::from(c.x),
            f64::from(c.y),
            f64::from(c.width),
            f64::from(c.height),
        );
    }
    fr::Resizer::new()
        .resize(&src_view, &mut dst, &options)
        .map_err(|e| MediaError::Encode(format!("resizing failed ({e})")))?;
    Ok(dst.into_vec())
}

/// The size that fits `w`×`h` inside a `max_side` square, keeping the ratio (never upscales;
/// never below 1 pixel).
pub fn fit_within(w: u32, h: u32, max_side: u32) -> (u32, u32) {
    let longest = w.max(h).max(1);
    if longest <= max_side {
        return (w.max(1), h.max(1));
    }
    let scale = f64::from(max_side) / f64::from(longest);
    let sw = (f64::from(w) * scale).round().max(1.0) as u32;
    let sh = (f64::from(h) * scale).round().max(1.0) as u32;
    (sw, sh)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_within_keeps_ratio_and_never_upscales() {
        assert_eq!(fit_within(6000, 4000, 320), (320, 213));
        assert_eq!(fit_within(100, 50, 320), (100, 50));
        assert_eq!(fit_within(10_000, 1, 100), (100, 1));
    }

    #[test]
    fn wrong_buffer_size_is_an_error_not_a_panic() {
        assert!(resize_pixels(&[0; 5], (2, 2), 3, (1, 1), None).is_err());
    }
}
