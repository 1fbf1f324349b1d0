//! Header media: identify a file by its bytes, check it against what WhatsApp accepts for its use,
//! fix what can be fixed (format, orientation, metadata, size) and make preview thumbnails.
//!
//! Why a crate of its own: decoding untrusted images is where memory blow-ups and hangs come from;
//! keeping it here, bounded and tested, keeps the app and the CLI safe.
//!
//! Entry points: [`check_file`]/[`check_bytes`] (headers only, fast), [`fix_bytes`]/[`fix_file`]
//! (decode, convert, rotate, strip, fit under the limit), [`UprightImage`] (decode once, preview
//! crops), [`keep`]/[`cached_thumbnail`] (content-addressed copies and cached thumbnails),
//! [`KeptFiles`] (a draft's `wabi-media:` references resolved to kept files).

pub mod check;
pub mod crop;
pub mod encode;
pub mod error;
pub mod exif_facts;
pub mod fix;
pub mod image_facts;
pub mod jpeg_segments;
pub mod keep;
pub mod kind;
pub mod limits;
pub mod media_use;
pub mod pdf;
pub mod png_chunks;
pub mod progress;
pub mod reference;
pub mod report;
pub mod resize;
pub mod upright;
pub mod verdict;
pub mod video;

pub use check::{check_bytes, check_file};
pub use crop::{centred_crop, crop_at, CropRatio, CropRect};
pub use encode::OutputFormat;
pub use error::MediaError;
pub use fix::{fix_bytes, fix_file, FixOptions, FixedMedia};
pub use keep::{cached_thumbnail, keep, KeepSource, KeptMedia};
pub use kind::{sniff, MediaFamily, MediaKind};
pub use media_use::MediaUse;
pub use progress::{Progress, Work};
pub use reference::{KeptFiles, REFERENCE_PREFIX};
pub use report::{CheckReport, Finding, FixReport};
pub use upright::{preview_of, UprightImage};
pub use verdict::{CropPreview, MediaVerdict};
