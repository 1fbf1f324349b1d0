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
    /// A draft's sample media is not a reference of a kept file (`wabi-media:<sha256>.<ext>`).
    #[error(
        "the sample media `{reference}` is not a file kept by Wabi Studio. Choose the file again."
    )]
    NotKept {
        /// The reference as the draft has it.
        reference: String,
    },
    /// The kept file a reference names is not in the data folder.
    #[error(
        "the sample media file {path} is missing from the data folder. Choose the file again."
    )]
    KeptMissing {
        /// Where it should be.
        path: String,
    },
    /// The kept file is there but cannot be read.
    #[error("cannot read the kept sample file {path}: {reason}. Check that the data folder is readable, or choose the file again.")]
    KeptUnreadable {
        /// The file.
        path: String,
        /// Why, in plain words.
        reason: String,
    },
    /// The file is larger than anything WhatsApp accepts; it was not read.
    #[error("{name} is {size}: larger than anything WhatsApp accepts (documents up to 100 MB, videos 16 MB, images 5 MB). Choose a smaller file.")]
    TooLarge {
        /// The file's name.
        name: String,
        /// Its size, in words (`120 MB`).
        size: String,
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

    /// A kept file that the data folder holds but cannot give back.
    pub(crate) fn kept_unreadable(path: &std::path::Path, err: &std::io::Error) -> Self {
        MediaError::KeptUnreadable {
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
