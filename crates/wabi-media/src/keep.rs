//! Keeping media: the chosen (or fixed) file is copied into the data directory under its
//! SHA-256, so a draft refers to content that never moves or changes; preview thumbnails are
//! made once and cached beside it.
//!
//! Layout: `<data_dir>/media/<sha256>.<ext>` and
//! `<data_dir>/cache/thumbnails/<sha256>-<size>.jpg`. Every write is atomic (temporary file in
//! the same folder, then rename), so a crash never leaves half a file under a final name.

use crate::error::MediaError;
use crate::kind::{sniff, MediaFamily};
use crate::upright::preview_of;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Where the bytes to keep come from.
#[derive(Debug, Clone, Copy)]
pub enum KeepSource<'a> {
    /// A file on disk (the user's original; it may move later).
    Path(&'a Path),
    /// Bytes in memory (a fixed file).
    Bytes(&'a [u8]),
}

/// A file kept in the data directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KeptMedia {
    /// Lower-case hex SHA-256 of the content: the draft's reference.
    pub sha256: String,
    /// Where the copy lives.
    #[ts(type = "string")]
    pub path: PathBuf,
    /// MIME type found in the bytes.
    pub mime: String,
}

/// The folder kept media live in.
pub fn media_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("media")
}

/// The folder cached thumbnails live in (the only folder the app's asset protocol may serve).
pub fn thumbnail_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("cache").join("thumbnails")
}

/// Copies the content into `<data_dir>/media/<sha256>.<ext>` (once: the same content kept twice
/// is stored once). Fails for empty or unrecognised content.
pub fn keep(data_dir: &Path, source: KeepSource<'_>) -> Result<KeptMedia, MediaError> {
    let owned;
    let bytes: &[u8] = match source {
        KeepSource::Bytes(b) => b,
        KeepSource::Path(p) => {
            owned = std::fs::read(p).map_err(|e| MediaError::read(p, &e))?;
            &owned
        }
    };
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    let kind = sniff(bytes).ok_or(MediaError::Unrecognised)?;
    let sha256 = hex(&Sha256::digest(bytes));
    let path = media_dir(data_dir).join(format!("{sha256}.{}", kind.extension()));
    if !path.is_file() {
        write_atomically(&path, bytes)?;
    }
    Ok(KeptMedia {
        sha256,
        path,
        mime: kind.mime().to_owned(),
    })
}

/// The cached JPEG thumbnail of a kept image, at most `max_side` pixels on its longest side,
/// made on first use and reused after. `Ok(None)` for videos and documents (no thumbnail
/// without transcoding).
pub fn cached_thumbnail(
    data_dir: &Path,
    kept: &KeptMedia,
    max_side: u32,
) -> Result<Option<PathBuf>, MediaError> {
    if !kept.sha256.bytes().all(|b| b.is_ascii_hexdigit()) || kept.sha256.len() != 64 {
        return Err(MediaError::NotFixable(format!(
            "`{}` is not a SHA-256: thumbnails are made only for kept media",
            kept.sha256
        )));
    }
    let path = thumbnail_dir(data_dir).join(format!("{}-{max_side}.jpg", kept.sha256));
    if path.is_file() {
        return Ok(Some(path));
    }
    let bytes = std::fs::read(&kept.path).map_err(|e| MediaError::read(&kept.path, &e))?;
    let kind = sniff(&bytes).ok_or(MediaError::Unrecognised)?;
    if kind.family() != MediaFamily::Image {
        return Ok(None);
    }
    let preview = preview_of(&bytes, max_side)?;
    write_atomically(&path, &preview)?;
    Ok(Some(path))
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, creating
/// the folder if needed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), MediaError> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| MediaError::write(&dir, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "media".to_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(MediaError::write(path, &e));
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(hex(&[0, 15, 255]), "000fff");
    }
}
