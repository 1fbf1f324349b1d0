//! Crops for the ratios the WhatsApp clients show: pure rectangle maths, so the UI can move a
//! crop and ask for a fresh preview (see [`crate::UprightImage::preview`]).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A ratio the clients show media at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum CropRatio {
    /// 1.91:1, the header image preview (800×418 recommended).
    Header,
    /// 1:1, square (providers' carousel card recommendation, 800×800).
    Square,
    /// The carousel card crop as Meta describes it ("a wide ratio"): shown at 1.91:1 here.
    CardWide,
}

impl CropRatio {
    /// Every ratio offered to the user.
    pub const ALL: [CropRatio; 3] = [CropRatio::Header, CropRatio::Square, CropRatio::CardWide];

    /// Width divided by height.
    pub fn value(self) -> f64 {
        match self {
            CropRatio::Header | CropRatio::CardWide => 1.91,
            CropRatio::Square => 1.0,
        }
    }
}

/// A rectangle in image pixels (upright image, after EXIF rotation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CropRect {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width, at least 1.
    pub width: u32,
    /// Height, at least 1.
    pub height: u32,
}

/// The largest rectangle of `ratio` inside a `width`×`height` image, centred.
pub fn centred_crop(width: u32, height: u32, ratio: CropRatio) -> CropRect {
    crop_at(width, height, ratio, 0.5, 0.5)
}

/// The largest rectangle of `ratio` inside the image, its centre moved towards (`cx`, `cy`)
/// (fractions of the width and height, clamped to 0..=1) as far as the image allows.
pub fn crop_at(width: u32, height: u32, ratio: CropRatio, cx: f64, cy: f64) -> CropRect {
    let width = width.max(1);
    let height = height.max(1);
    let r = ratio.value();
    let (cw, ch) = if f64::from(width) / f64::from(height) > r {
        let cw = (f64::from(height) * r).round().clamp(1.0, f64::from(width)) as u32;
        (cw, height)
    } else {
        let ch = (f64::from(width) / r).round().clamp(1.0, f64::from(height)) as u32;
        (width, ch)
    };
    let place = |total: u32, size: u32, centre: f64| -> u32 {
        let centre = if centre.is_finite() {
            centre.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let wanted = centre * f64::from(total) - f64::from(size) / 2.0;
        wanted.round().clamp(0.0, f64::from(total - size)) as u32
    };
    CropRect {
        x: place(width, cw, cx),
        y: place(height, ch, cy),
        width: cw,
        height: ch,
    }
}

/// `rect` limited to a `width`×`height` image (so a stale rectangle from the UI cannot point
/// outside the pixels). `None` when nothing of it is inside.
pub fn clamp_crop(rect: CropRect, width: u32, height: u32) -> Option<CropRect> {
    if rect.x >= width || rect.y >= height || rect.width == 0 || rect.height == 0 {
        return None;
    }
    Some(CropRect {
        x: rect.x,
        y: rect.y,
        width: rect.width.min(width - rect.x),
        height: rect.height.min(height - rect.y),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_crop_of_landscape_takes_full_height_centred() {
        assert_eq!(
            centred_crop(4000, 3000, CropRatio::Square),
            CropRect {
                x: 500,
                y: 0,
                width: 3000,
                height: 3000
            }
        );
    }

    #[test]
    fn header_crop_of_square_takes_full_width() {
        let c = centred_crop(1000, 1000, CropRatio::Header);
        assert_eq!((c.width, c.height), (1000, 524));
        assert_eq!(c.y, 238);
    }

    #[test]
    fn moved_crop_stops_at_the_edges() {
        let c = crop_at(4000, 3000, CropRatio::Square, 1.0, 0.0);
        assert_eq!((c.x, c.y), (1000, 0));
        let c = crop_at(4000, 3000, CropRatio::Square, f64::NAN, -5.0);
        assert_eq!((c.x, c.y), (500, 0));
    }

    #[test]
    fn tiny_and_degenerate_images_get_a_valid_crop() {
        let c = centred_crop(1, 1, CropRatio::Header);
        assert_eq!((c.width, c.height), (1, 1));
        let c = centred_crop(0, 0, CropRatio::Square);
        assert_eq!((c.width, c.height), (1, 1));
    }

    #[test]
    fn crop_outside_the_image_is_refused() {
        assert_eq!(
            clamp_crop(
                CropRect {
                    x: 10,
                    y: 0,
                    width: 5,
                    height: 5
                },
                10,
                10
            ),
            None
        );
        assert_eq!(
            clamp_crop(
                CropRect {
                    x: 8,
                    y: 8,
                    width: 5,
                    height: 5
                },
                10,
                10
            ),
            Some(CropRect {
                x: 8,
                y: 8,
                width: 2,
                height: 2
            })
        );
    }
}
