//! A PNG chunk walk: size, bit depth and colour type from IHDR, metadata chunks, animation, and
//! whether the file ends with IEND, from the chunk headers alone (no pixel is decoded).
//!
//! Our own because the header must be read before any decoder allocates: a PNG claiming
//! 100,000 × 100,000 pixels is answered from these 33 bytes.

/// What the chunk headers of a PNG say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PngChunks {
    /// Width from IHDR.
    pub width: u32,
    /// Height from IHDR.
    pub height: u32,
    /// Bits per sample (1, 2, 4, 8 or 16).
    pub bit_depth: u8,
    /// PNG colour type: 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA.
    pub color_type: u8,
    /// Whether a palette image has a transparency chunk.
    pub has_trns: bool,
    /// The EXIF payload of an `eXIf` chunk.
    pub exif: Option<Vec<u8>>,
    /// Whether text, ICC, time or other ancillary metadata chunks are present.
    pub other_metadata: bool,
    /// Whether it is an animated PNG (`acTL`).
    pub animated: bool,
    /// Whether IEND closes the file.
    pub complete: bool,
    /// Whether IHDR was read.
    pub has_header: bool,
}

/// Walks the chunks of `data` (which starts with the PNG signature). Never panics.
pub fn read_png_chunks(data: &[u8]) -> PngChunks {
    let mut out = PngChunks::default();
    let mut at = 8usize;
    loop {
        let Some(head) = data.get(at..at + 8) else {
            return out;
        };
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = [head[4], head[5], head[6], head[7]];
        let Some(body) = data.get(at + 8..at + 8 + len) else {
            return out;
        };
        match &kind {
            b"IHDR" if body.len() >= 13 => {
                out.width = u32::from_be_bytes([body[0], body[1], body[2], body[3]]);
                out.height = u32::from_be_bytes([body[4], body[5], body[6], body[7]]);
                out.bit_depth = body[8];
                out.color_type = body[9];
                out.has_header = true;
            }
            b"tRNS" => out.has_trns = true,
            b"eXIf" => out.exif = Some(body.to_vec()),
            b"acTL" => out.animated = true,
            b"tEXt" | b"zTXt" | b"iTXt" | b"iCCP" | b"tIME" => out.other_metadata = true,
            b"IEND" => {
                out.complete = true;
                return out;
            }
            _ => {}
        }
        // length + type + body + CRC
        at = at + 12 + len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_of_a_huge_claim_is_read_without_decoding() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&13u32.to_be_bytes());
        png.extend_from_slice(b"IHDR");
        png.extend_from_slice(&100_000u32.to_be_bytes());
        png.extend_from_slice(&100_000u32.to_be_bytes());
        png.extend_from_slice(&[8, 2, 0, 0, 0]);
        png.extend_from_slice(&[0, 0, 0, 0]);
        let c = read_png_chunks(&png);
        assert_eq!(
            (c.width, c.height, c.bit_depth, c.color_type),
            (100_000, 100_000, 8, 2)
        );
        assert!(!c.complete);
    }

    #[test]
    fn chunk_length_past_the_end_stops_the_walk() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&u32::MAX.to_be_bytes());
        png.extend_from_slice(b"IDAT");
        let c = read_png_chunks(&png);
        assert!(!c.has_header && !c.complete);
    }
}
