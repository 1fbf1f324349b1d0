//! Keeping media in the data directory (content-addressed, atomic) and cached thumbnails.

mod common;

use common::*;
use wabi_media::{cached_thumbnail, keep, KeepSource, MediaError};

#[test]
fn kept_file_is_named_by_sha256_and_survives_the_original_moving() {
    let data_dir = tempfile::tempdir().expect("tempdir");
    let originals = tempfile::tempdir().expect("tempdir");
    let original = originals.path().join("Holiday photo.JPG");
    let bytes = jpeg(120, 80);
    std::fs::write(&original, &bytes).expect("write");
    let kept = keep(data_dir.path(), KeepSource::Path(&original)).expect("keep");
    assert_eq!(kept.mime, "image/jpeg");
    assert_eq!(kept.sha256.len(), 64);
    assert_eq!(
        kept.path,
        data_dir
            .path()
            .join("media")
            .join(format!("{}.jpg", kept.sha256))
    );
    std::fs::remove_file(&original).expect("remove original");
    assert_eq!(std::fs::read(&kept.path).expect("kept copy"), bytes);
}

#[test]
fn same_content_is_kept_once() {
    let data_dir = tempfile::tempdir().expect("tempdir");
    let bytes = png(30, 20);
    let a = keep(data_dir.path(), KeepSource::Bytes(&bytes)).expect("keep");
    let b = keep(data_dir.path(), KeepSource::Bytes(&bytes)).expect("keep");
    assert_eq!(a, b);
    let files = std::fs::read_dir(data_dir.path().join("media"))
        .expect("dir")
        .count();
    assert_eq!(files, 1, "no temporary files left behind");
}

#[test]
fn sha256_of_known_bytes_matches() {
    let data_dir = tempfile::tempdir().expect("tempdir");
    let kept = keep(data_dir.path(), KeepSource::Bytes(MINIMAL_PDF)).expect("keep");
    assert!(kept.path.to_string_lossy().ends_with(".pdf"));
    assert!(kept
        .sha256
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
}

#[test]
fn empty_and_unknown_content_is_not_kept() {
    let data_dir = tempfile::tempdir().expect("tempdir");
    assert!(matches!(
        keep(data_dir.path(), KeepSource::Bytes(&[])),
        Err(MediaError::Empty)
    ));
    assert!(matches!(
        keep(data_dir.path(), KeepSource::Bytes(b"plain text")),
        Err(MediaError::Unrecognised)
    ));
}

#[test]
fn thumbnail_is_made_once_in_the_cache_folder_and_reused() {
    let data_dir = tempfile::tempdir().expect("tempdir");
    let kept = keep(data_dir.path(), KeepSource::Bytes(&jpeg(1200, 600))).expect("keep");
    let path = cached_thumbnail(data_dir.path(), &kept, 320)
        .expect("thumb")
        .expect("image thumb");
    assert_eq!(
        path,
        data_dir
            .path()
            .join("cache/thumbnails")
            .join(format!("{}-320.jpg", kept.sha256))
    );
    let img = image::open(&path).expect("thumbnail decodes");
    assert_eq!((img.width(), img.height()), (320, 160));
    // A second call reuses the cached file instead of making it again.
    std::fs::write(&path, b"marker").expect("overwrite");
    let again = cached_thumbnail(data_dir.path(), &kept, 320)
        .expect("thumb")
        .expect("image thumb");
    assert_eq!(again, path);
    assert_eq!(std::fs::read(&path).expect("read"), b"marker");
}

#[test]
fn videos_and_documents_have_no_thumbnail() {
    let data_dir = tempfile::tempdir().expect("tempdir");
    let kept = keep(data_dir.path(), KeepSource::Bytes(&good_mp4(10))).expect("keep");
    assert_eq!(
        cached_thumbnail(data_dir.path(), &kept, 320).expect("no error"),
        None
    );
}

#[test]
fn a_forged_sha_cannot_escape_the_cache_folder() {
    let data_dir = tempfile::tempdir().expect("tempdir");
    let mut kept = keep(data_dir.path(), KeepSource::Bytes(&jpeg(10, 10))).expect("keep");
    kept.sha256 = "../../etc/passwd".into();
    assert!(cached_thumbnail(data_dir.path(), &kept, 64).is_err());
}
