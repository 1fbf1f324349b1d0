//! How a draft names a file kept by [`crate::keep`]: the *reference* `wabi-media:<sha256>.<ext>`,
//! stored as a media header's sample handle, and the name the user knew the file by.
//!
//! Why here: the app (choosing, fixing, previewing a header file) and the send flow of the app
//! and of `wabi send` (uploading a draft's kept header file) must read a reference the same way.
//! A reference is parsed strictly (64 lower-case hex digits, a short alphanumeric extension), so
//! a draft edited by hand can never name a path outside the media folder.
//!
//! The content-addressed file itself has no name; the name it was chosen under is remembered
//! beside it in a *name sidecar*, `<sha256>.<ext>.name` (a document's name shows in the preview
//! and is sent with its upload).

use crate::error::MediaError;
use crate::keep::{media_dir, write_atomically, KeptMedia};
use crate::limits::SNIFF_BYTES;
use std::path::{Path, PathBuf};

/// The prefix of a kept file's reference.
pub const REFERENCE_PREFIX: &str = "wabi-media:";

/// True when `text` is meant as a kept file's reference (it starts with [`REFERENCE_PREFIX`]);
/// [`KeptFiles::resolve`] still checks its form.
pub fn is_reference(text: &str) -> bool {
    text.starts_with(REFERENCE_PREFIX)
}

/// The reference a draft stores for a kept file.
pub fn reference_of(kept: &KeptMedia) -> String {
    let ext = kept
        .path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("bin");
    format!("{REFERENCE_PREFIX}{}.{ext}", kept.sha256)
}

/// The SHA-256 and extension a reference names; `None` when it is not of our form.
fn parse(reference: &str) -> Option<(&str, &str)> {
    let (sha256, ext) = reference.strip_prefix(REFERENCE_PREFIX)?.split_once('.')?;
    let hex = sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    let ext_ok = (1..=5).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphanumeric());
    (hex && ext_ok).then_some((sha256, ext))
}

/// The kept files of one data folder: what resolves a draft's references to files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptFiles {
    data_dir: PathBuf,
}

impl KeptFiles {
    /// The kept files of `data_dir` (the app's data folder, or `wabi --data-dir`).
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            data_dir: data_dir.into(),
        }
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The kept file `reference` names, checked to be of our form and present on disk.
    pub fn resolve(&self, reference: &str) -> Result<KeptMedia, MediaError> {
        let (sha256, ext) = parse(reference).ok_or_else(|| MediaError::NotKept {
            reference: reference.to_owned(),
        })?;
        let path = media_dir(&self.data_dir).join(format!("{sha256}.{ext}"));
        if !path.is_file() {
            return Err(MediaError::KeptMissing {
                path: path.display().to_string(),
            });
        }
        let mime = crate::sniff(&read_head(&path)?)
            .map(|k| k.mime().to_owned())
            .unwrap_or_default();
        Ok(KeptMedia {
            sha256: sha256.to_owned(),
            path,
            mime,
        })
    }
}

/// The first bytes of a kept file, enough to recognise it.
fn read_head(path: &Path) -> Result<Vec<u8>, MediaError> {
    use std::io::Read;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    std::fs::File::open(path)
        .and_then(|f| f.take(SNIFF_BYTES as u64).read_to_end(&mut head))
        .map_err(|e| MediaError::kept_unreadable(path, &e))?;
    Ok(head)
}

/// The whole of a kept file.
pub fn read_kept(kept: &KeptMedia) -> Result<Vec<u8>, MediaError> {
    std::fs::read(&kept.path).map_err(|e| MediaError::kept_unreadable(&kept.path, &e))
}

/// The name remembered for a kept file, else its short hash with its extension.
pub fn name_of(kept: &KeptMedia) -> String {
    match std::fs::read_to_string(name_path(kept)) {
        Ok(name) if !name.trim().is_empty() => name.trim().chars().take(255).collect(),
        _ => {
            let ext = kept.path.extension().unwrap_or_default().to_string_lossy();
            format!("{}.{ext}", kept.sha256.get(..12).unwrap_or(&kept.sha256))
        }
    }
}

/// Where the name the user gave a kept file is remembered: beside it, `<sha256>.<ext>.name`.
fn name_path(kept: &KeptMedia) -> PathBuf {
    let mut path = kept.path.clone().into_os_string();
    path.push(".name");
    PathBuf::from(path)
}

/// Remembers `name` for a kept file (unchanged when it is already the one remembered).
pub fn remember_name(kept: &KeptMedia, name: &str) -> Result<(), MediaError> {
    let path = name_path(kept);
    if std::fs::read_to_string(&path).is_ok_and(|known| known == name) {
        return Ok(());
    }
    write_atomically(&path, name.as_bytes())
}

/// The name of the fixed copy of a file called `original`: `photo.png` gives `photo-fixed.jpg`.
pub fn fixed_name(original: &str) -> String {
    let stem = Path::new(original)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "media".to_owned());
    let stem = stem.strip_suffix("-fixed").unwrap_or(&stem);
    format!("{stem}-fixed.jpg")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{keep, KeepSource};

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

    #[test]
    fn a_kept_file_resolves_from_its_reference_after_the_original_moves() {
        let dir = tempfile::tempdir().expect("temp dir");
        let original = dir.path().join("photo.png");
        std::fs::write(&original, PNG).expect("write");
        let kept = keep(dir.path(), KeepSource::Path(&original)).expect("kept");
        let reference = reference_of(&kept);
        assert_eq!(reference, format!("wabi-media:{}.png", kept.sha256));
        assert!(is_reference(&reference));
        std::fs::rename(&original, dir.path().join("moved.png")).expect("move");
        let resolved = KeptFiles::new(dir.path())
            .resolve(&reference)
            .expect("kept");
        assert_eq!(resolved, kept);
        assert_eq!(read_kept(&resolved).expect("bytes"), PNG);
    }

    #[test]
    fn references_not_of_our_form_are_refused_without_touching_the_disk() {
        let dir = tempfile::tempdir().expect("temp dir");
        let files = KeptFiles::new(dir.path());
        for reference in [
            "4::aW1hZ2U=",
            "wabi-media:../../etc/passwd",
            "wabi-media:abc.png",
            &format!("wabi-media:{}.p/ng", "a".repeat(64)),
            &format!("wabi-media:{}.png", "A".repeat(64)),
        ] {
            let error = files.resolve(reference).expect_err(reference);
            assert!(
                matches!(error, MediaError::NotKept { .. }),
                "{reference}: {error}"
            );
            assert!(error.to_string().contains("Choose the file again"));
        }
        let missing = format!("wabi-media:{}.png", "a".repeat(64));
        let error = files.resolve(&missing).expect_err("missing");
        assert!(matches!(error, MediaError::KeptMissing { .. }), "{error}");
    }

    #[test]
    fn a_kept_file_keeps_the_name_it_was_chosen_under_else_its_short_hash() {
        let dir = tempfile::tempdir().expect("temp dir");
        let kept = keep(dir.path(), KeepSource::Bytes(PNG)).expect("kept");
        assert_eq!(name_of(&kept), format!("{}.png", &kept.sha256[..12]));
        remember_name(&kept, "Spring menu.png").expect("remembered");
        assert_eq!(name_of(&kept), "Spring menu.png");
        assert_eq!(fixed_name("Spring menu.png"), "Spring menu-fixed.jpg");
        assert_eq!(fixed_name("photo-fixed.jpg"), "photo-fixed.jpg");
        assert_eq!(fixed_name(""), "media-fixed.jpg");
    }
}
