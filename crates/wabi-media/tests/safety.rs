//! Safety on hostile or odd input: huge files are answered from their size without being read,
//! huge videos from their boxes, progressive JPEGs are whole, and nothing panics.

mod common;

use common::*;
use std::io::{Seek, SeekFrom, Write};
use wabi_media::{check_file, MediaUse};

#[test]
fn a_300_mb_image_file_is_answered_from_its_size_without_reading_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.jpg");
    let mut f = std::fs::File::create(&path).expect("create");
    f.write_all(&jpeg(16, 16)).expect("write");
    // Sparse: the file claims 300 MB but takes no disk space.
    f.set_len(300_000_000).expect("set_len");
    drop(f);
    let r = check_file(&path, Some(MediaUse::HeaderImage)).expect("recognised");
    assert_eq!(r.kind, "image/jpeg");
    assert_eq!(r.bytes, 300_000_000);
    assert_eq!(rules(&r.problems), ["image.max_bytes"]);
    assert!(r.problems[0].message.contains("too large for us to open"));
    assert!(!r.fixable);
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let mut ignore = |_p: wabi_media::Progress| {};
    let mut work = wabi_media::Work::new(&cancel, &mut ignore);
    let err = wabi_media::fix_file(
        &path,
        &dir.path().join("o.jpg"),
        MediaUse::HeaderImage,
        &mut work,
    )
    .expect_err("not opened");
    assert!(err.to_string().contains("too large"), "{err}");
}

#[test]
fn a_2_gb_video_is_checked_from_its_boxes_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.mp4");
    let head = good_mp4(0);
    // ftyp + moov, then an mdat header claiming the rest of a 2 GB file.
    let mdat_at = head.len() - 8;
    let total: u64 = 2_000_000_000;
    let mut f = std::fs::File::create(&path).expect("create");
    f.write_all(&head[..mdat_at]).expect("write");
    f.write_all(&((total - mdat_at as u64) as u32).to_be_bytes())
        .expect("write");
    f.write_all(b"mdat").expect("write");
    f.seek(SeekFrom::Start(total - 1)).expect("seek");
    f.write_all(&[0]).expect("write");
    drop(f);
    let r = check_file(&path, None).expect("recognised");
    assert_eq!(r.kind, "video/mp4");
    assert_eq!(r.duration_seconds, Some(12.0));
    assert_eq!(rules(&r.problems), ["video.max_bytes"]);
}

#[test]
fn progressive_jpeg_is_whole_and_previews() {
    let data = jpeg_with(&gradient(300, 200), 85, |e| e.set_progressive(true));
    let r = wabi_media::check_bytes(&data, None).expect("recognised");
    assert!(r.ok, "{:?}", r.problems);
    let preview = wabi_media::preview_of(&data, 100).expect("preview");
    let img = image::load_from_memory(&preview).expect("decode");
    assert_eq!((img.width(), img.height()), (100, 67));
}

#[test]
fn rotated_photo_preview_is_upright() {
    let preview = wabi_media::preview_of(&rotated_jpeg_with_gps(64, 48, 6), 32).expect("preview");
    let img = image::load_from_memory(&preview).expect("decode");
    assert_eq!((img.width(), img.height()), (24, 32));
}

#[test]
fn folder_is_a_read_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = check_file(dir.path(), None).expect_err("folder");
    assert!(err.to_string().contains("folder"), "{err}");
}

#[test]
fn random_bytes_after_every_magic_number_never_panic() {
    let magics: [&[u8]; 8] = [
        b"\xFF\xD8\xFF",
        b"\x89PNG\r\n\x1a\n",
        b"GIF89a",
        b"RIFF\0\0\0\0WEBPVP8X",
        b"BM",
        b"II*\0",
        b"%PDF-",
        b"\0\0\0\x18ftypisom",
    ];
    let mut state = 42u64;
    for magic in magics {
        for len in [0usize, 1, 7, 33, 100, 1000] {
            let mut data = magic.to_vec();
            for _ in 0..len {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                data.push((state >> 56) as u8);
            }
            let _ = wabi_media::check_bytes(&data, None);
            let _ = wabi_media::check_bytes(&data, Some(MediaUse::Card));
            let _ = wabi_media::preview_of(&data, 64);
            let _ = fix(&data, &options(wabi_media::OutputFormat::Jpeg));
        }
    }
}
