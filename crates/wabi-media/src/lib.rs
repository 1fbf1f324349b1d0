//! Header media: identify a file by its bytes, check it against what WhatsApp accepts for its use,
//! fix what can be fixed (format, orientation, metadata, size) and make preview thumbnails.
//!
//! Why a crate of its own: decoding untrusted images is where memory blow-ups and hangs come from;
//! keeping it here, bounded and tested, keeps the app and the CLI safe.

pub mod error;

pub use error::MediaError;
