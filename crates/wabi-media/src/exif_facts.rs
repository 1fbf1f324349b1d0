//! What a photo's EXIF block says that matters here: its orientation and whether it carries
//! location (GPS) data, which `fix` removes and the user is told about.

/// The facts read from an EXIF block.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExifFacts {
    /// EXIF orientation (1 = upright; 2 to 8 = mirrored and/or rotated). 1 when absent.
    pub orientation: u16,
    /// Whether any GPS (location) tag is present.
    pub has_gps: bool,
}

impl ExifFacts {
    /// Whether the pixels need turning or mirroring to show upright.
    pub fn needs_rotation(self) -> bool {
        (2..=8).contains(&self.orientation)
    }
}

/// Reads a raw EXIF block (the TIFF structure). Unreadable EXIF yields the defaults: a damaged
/// metadata block must not stop a check.
pub fn read_exif(raw: &[u8]) -> ExifFacts {
    let Ok(exif) = exif::Reader::new().read_raw(raw.to_vec()) else {
        return ExifFacts {
            orientation: 1,
            has_gps: false,
        };
    };
    let orientation = exif
        .get_field(exif::Tag::Orientation, exif::In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
        .and_then(|v| u16::try_from(v).ok())
        .filter(|v| (1..=8).contains(v))
        .unwrap_or(1);
    let has_gps = exif.fields().any(|f| f.tag.context() == exif::Context::Gps);
    ExifFacts {
        orientation,
        has_gps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_exif_reads_as_upright_without_location() {
        let facts = read_exif(b"not a tiff block");
        assert_eq!(facts.orientation, 1);
        assert!(!facts.has_gps);
    }
}
