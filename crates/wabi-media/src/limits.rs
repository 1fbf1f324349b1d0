//! The numbers: WhatsApp's limits (reference section 4.1) and our own safety bounds for decoding.
//!
//! One place so that every check, fix and test uses the same figures. Megabytes are counted as
//! 1,000,000 bytes, the stricter reading, so that what we pass, Meta accepts.

/// One megabyte as WhatsApp's limits are counted here (decimal, the stricter reading).
pub const MEGABYTE: u64 = 1_000_000;
/// One kilobyte, decimal, for the sticker limits.
pub const KILOBYTE: u64 = 1_000;

/// Largest header or card image: 5 MB.
pub const IMAGE_MAX_BYTES: u64 = 5 * MEGABYTE;
/// Largest header or card video: 16 MB.
pub const VIDEO_MAX_BYTES: u64 = 16 * MEGABYTE;
/// Largest header document: 100 MB.
pub const DOCUMENT_MAX_BYTES: u64 = 100 * MEGABYTE;
/// Largest static sticker: 100 KB.
pub const STICKER_STATIC_MAX_BYTES: u64 = 100 * KILOBYTE;
/// Largest animated sticker: 500 KB.
pub const STICKER_ANIMATED_MAX_BYTES: u64 = 500 * KILOBYTE;

/// Largest width or height we decode. Bigger headers are refused before any pixel is decoded.
pub const MAX_DECODE_SIDE: u32 = 20_000;
/// Largest pixel count we decode (120 megapixels: above any camera a marketer brings).
pub const MAX_DECODE_PIXELS: u64 = 120_000_000;
/// Largest allocation a decoder may make (bytes).
pub const MAX_DECODE_ALLOC: u64 = 1024 * 1024 * 1024;
/// Largest image file we read into memory at all; above this we answer from the file's size.
pub const MAX_IMAGE_FILE_BYTES: u64 = 200 * MEGABYTE;
/// Largest `moov` box (video metadata) we read.
pub const MAX_MOOV_BYTES: u64 = 64 * MEGABYTE;
/// How many bytes identify a file's type.
pub const SNIFF_BYTES: usize = 64;

/// Recommended header image ratio (1.91:1, 800×418) [BSP].
pub const RECOMMENDED_HEADER_SIZE: (u32, u32) = (800, 418);
/// Recommended carousel card image size (800×800) [BSP].
pub const RECOMMENDED_CARD_SIZE: (u32, u32) = (800, 800);

/// Lowest JPEG quality `fix` will use before it scales the image down instead.
pub const FIX_MIN_QUALITY: u8 = 60;
/// Highest JPEG quality `fix` tries.
pub const FIX_MAX_QUALITY: u8 = 95;
