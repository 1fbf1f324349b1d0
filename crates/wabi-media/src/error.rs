//! Errors of the media pipeline: what went wrong reading, decoding, encoding or storing a file.
//!
//! Problems with a file that *was* read (too large, wrong format, rotated) are not errors: they
//! are [`crate::Finding`]s in a [`crate::CheckReport`]. Errors are for files we cannot read or
//! recognise at all, and for work that could not be done.

/// Something the media pipeline could not do.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    /// The file could not be read.
    #[error("cannot read {path}: {reason}")]
    Read {
        /// The file.
        path: String,
        /// Why, in plain words.
        reason: String,
    },
    /// The file has no bytes at all.
    #[error("the file is empty (0 bytes): choose the file again or export it again")]
    Empty,
    /// The bytes are not any format we know.
    #[error("the file's type is not recognised (its first bytes are not JPEG, PNG, GIF, WebP, BMP, TIFF, HEIC, MP4, 3GPP, QuickTime or PDF); export it as JPEG or PNG (images), MP4 (videos) or PDF (documents)")]
    Unrecognised,
    /// The image could not be decoded (damaged, truncated, or over the decoding limits).
    #[error("cannot decode the image: {0}")]
    Decode(String),
    /// The image cannot be turned into a valid one by this tool.
    #[error("cannot fix this file: {0}")]
    NotFixable(String),
    /// Encoding the output failed.
    #[error("cannot encode the result: {0}")]
    Encode(String),
    /// Writing the result failed.
    #[error("cannot write {path}: {reason}")]
    Write {
        /// The file or folder.
        path: String,
        /// Why, in plain words.
        reason: String,
    },
    /// The caller cancelled the work.
    #[error("cancelled")]
    Cancelled,
}

impl MediaError {
    /// A read error for `path` from an I/O error.
    pub(crate) fn read(path: &std::path::Path, err: &std::io::Error) -> Self {
        MediaError::Read {
            path: path.display().to_string(),
            reason: err.to_string(),
        }
    }

    /// A write error for `path` from an I/O error.
    pub(crate) fn write(path: &std::path::Path, err: &std::io::Error) -> Self {
        MediaError::Write {
            path: path.display().to_string(),
            reason: err.to_string(),
        }
    }
}
