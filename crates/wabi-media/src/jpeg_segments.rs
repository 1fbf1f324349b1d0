//! A JPEG marker walk: size, components, precision, metadata and whether the file is complete,
//! from the segment headers alone (no pixel is decoded).
//!
//! Our own because the decoder turns CMYK into RGB silently and does not tell a truncated file
//! from a whole one; a check must see both.

/// What the segment headers of a JPEG say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JpegSegments {
    /// Width from the frame header.
    pub width: u32,
    /// Height from the frame header.
    pub height: u32,
    /// Bits per sample (8 for ordinary JPEGs, 12 for some medical ones).
    pub precision: u8,
    /// Number of colour components: 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK.
    pub components: u8,
    /// The Adobe APP14 colour transform, when that segment is there.
    pub adobe_transform: Option<u8>,
    /// The EXIF payload (TIFF structure after `Exif\0\0`), when there is one.
    pub exif: Option<Vec<u8>>,
    /// Whether other metadata (XMP, IPTC, ICC, comments) is present.
    pub other_metadata: bool,
    /// Whether an end-of-image marker closes the data.
    pub complete: bool,
    /// Whether a frame header was found at all.
    pub has_frame: bool,
}

/// Walks the segments of `data` (which starts with SOI). Never panics; a damaged file yields
/// `complete: false` and whatever was read before the damage.
pub fn read_jpeg_segments(data: &[u8]) -> JpegSegments {
    let mut out = JpegSegments::default();
    let mut at = 2usize;
    loop {
        // Find the next marker: 0xFF followed by a non-0xFF byte.
        let Some(&first) = data.get(at) else {
            return out;
        };
        if first != 0xFF {
            return out;
        }
        while data.get(at) == Some(&0xFF) {
            at += 1;
        }
        let Some(&marker) = data.get(at) else {
            return out;
        };
        at += 1;
        match marker {
            0xD9 => {
                out.complete = true;
                return out;
            }
            0x01 | 0xD0..=0xD7 | 0xD8 => continue,
            _ => {}
        }
        let Some(len) = be16(data, at) else {
            return out;
        };
        let len = usize::from(len);
        if len < 2 {
            return out;
        }
        let Some(payload) = data.get(at + 2..at + len) else {
            return out;
        };
        match marker {
            0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                if let (Some(&p), Some(h), Some(w), Some(&c)) = (
                    payload.first(),
                    be16(payload, 1),
                    be16(payload, 3),
                    payload.get(5),
                ) {
                    out.precision = p;
                    out.height = u32::from(h);
                    out.width = u32::from(w);
                    out.components = c;
                    out.has_frame = true;
                }
            }
            0xE1 if payload.starts_with(b"Exif\0\0") => {
                out.exif = payload.get(6..).map(<[u8]>::to_vec);
            }
            0xE1 | 0xE2 | 0xED | 0xFE => out.other_metadata = true,
            0xEE if payload.starts_with(b"Adobe") => out.adobe_transform = payload.get(11).copied(),
            _ => {}
        }
        at += len;
        if marker == 0xDA {
            // Entropy-coded data: skip to the next real marker (0xFF not followed by 0x00 or RST).
            loop {
                let Some(offset) = data
                    .get(at..)
                    .and_then(|d| d.iter().position(|&b| b == 0xFF))
                else {
                    return out;
                };
                at += offset;
                match data.get(at + 1) {
                    None => return out,
                    Some(0x00) | Some(0xD0..=0xD7) | Some(0xFF) => at += 1,
                    Some(_) => break,
                }
            }
        }
    }
}

/// A big-endian u16 at `at`, if the bytes are there.
fn be16(data: &[u8], at: usize) -> Option<u16> {
    let b = data.get(at..at + 2)?;
    Some(u16::from_be_bytes([b[0], b[1]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny_jpeg() -> Vec<u8> {
        let img = image::RgbImage::from_pixel(16, 8, image::Rgb([200, 10, 10]));
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new(&mut out)
            .encode_image(&img)
            .unwrap_or_else(|e| panic!("encode: {e}"));
        out
    }

    #[test]
    fn whole_jpeg_reports_size_and_is_complete() {
        let s = read_jpeg_segments(&tiny_jpeg());
        assert_eq!(
            (s.width, s.height, s.components, s.precision),
            (16, 8, 3, 8)
        );
        assert!(s.complete);
    }

    #[test]
    fn truncated_jpeg_is_incomplete() {
        let data = tiny_jpeg();
        let cut = &data[..data.len() - 10];
        let s = read_jpeg_segments(cut);
        assert!(s.has_frame);
        assert!(!s.complete);
    }

    #[test]
    fn garbage_after_soi_is_incomplete_without_panic() {
        let s = read_jpeg_segments(&[0xFF, 0xD8, 0xFF, 0xC0, 0x00]);
        assert!(!s.complete);
        assert!(!s.has_frame);
    }
}
