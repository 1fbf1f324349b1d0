//! Checking images for a header or card: formats by bytes, limits at their boundary, colour
//! models, bit depth, truncation, decompression bombs and recommendations as notes.

mod common;

use common::*;
use wabi_media::limits::IMAGE_MAX_BYTES;
use wabi_media::{check_bytes, check_file, MediaError, MediaUse};

fn header(data: &[u8]) -> wabi_media::CheckReport {
    check_bytes(data, Some(MediaUse::HeaderImage)).expect("recognised")
}

#[test]
fn plain_jpeg_header_is_ok_with_size_and_mime() {
    let r = header(&jpeg(800, 418));
    assert!(r.ok, "{:?}", r.problems);
    assert_eq!(r.kind, "image/jpeg");
    assert_eq!((r.width, r.height), (Some(800), Some(418)));
    assert!(r.problems.is_empty());
    assert!(!r.fixable);
}

#[test]
fn jpeg_of_exactly_5_000_000_bytes_passes() {
    let data = pad_jpeg_to(&jpeg(800, 418), IMAGE_MAX_BYTES as usize);
    let r = header(&data);
    assert!(r.ok, "{:?}", r.problems);
    assert_eq!(r.bytes, 5_000_000);
}

#[test]
fn jpeg_of_5_000_001_bytes_is_a_fixable_problem() {
    let data = pad_jpeg_to(&jpeg(800, 418), IMAGE_MAX_BYTES as usize + 1);
    let r = header(&data);
    assert!(!r.ok);
    assert_eq!(rules(&r.problems), ["image.max_bytes"]);
    assert!(
        r.problems[0].message.contains("5.0 MB"),
        "{}",
        r.problems[0].message
    );
    assert!(r.fixable);
}

#[test]
fn png_at_the_limit_passes_and_one_byte_over_fails() {
    let base = png(200, 100);
    assert!(header(&pad_png_to(&base, 5_000_000)).ok);
    let over = header(&pad_png_to(&base, 5_000_001));
    assert_eq!(rules(&over.problems), ["image.max_bytes"]);
}

#[test]
fn ratio_and_small_size_are_notes_not_problems() {
    let r = header(&jpeg(400, 400));
    assert!(r.ok);
    let notes = rules(&r.notes);
    assert!(notes.contains(&"image.ratio"), "{notes:?}");
    assert!(notes.contains(&"image.small"), "{notes:?}");
}

#[test]
fn card_image_gets_the_crop_note_saying_sources_disagree() {
    let r = check_bytes(&jpeg(800, 800), Some(MediaUse::Card)).expect("recognised");
    assert!(r.ok);
    let crop = r
        .notes
        .iter()
        .find(|n| n.rule == "card.crop")
        .expect("crop note");
    assert!(crop.message.contains("disagree"));
}

#[test]
fn cmyk_jpeg_is_a_fixable_color_problem() {
    let r = header(&cmyk_jpeg(64, 48));
    assert_eq!(rules(&r.problems), ["image.color_model"]);
    assert!(r.problems[0].message.contains("CMYK"));
    assert!(r.fixable);
}

#[test]
fn imagemagick_cmyk_fixture_is_a_color_problem() {
    let data = include_bytes!("fixtures/cmyk-imagemagick.jpg");
    let r = header(data);
    assert_eq!(rules(&r.problems), ["image.color_model"]);
}

#[test]
fn sixteen_bit_png_is_a_fixable_bit_depth_problem() {
    let r = header(&png16(32, 16));
    assert_eq!(rules(&r.problems), ["image.bit_depth"]);
    assert!(r.fixable);
}

#[test]
fn webp_bmp_tiff_and_gif_are_format_problems_that_fix_converts() {
    let img = image::DynamicImage::ImageRgb8(gradient(40, 20));
    for (data, name) in [
        (webp(40, 20), "WebP"),
        (encode_with(&img, image::ImageFormat::Bmp), "BMP"),
        (encode_with(&img, image::ImageFormat::Tiff), "TIFF"),
        (animated_gif(40, 20, 1), "GIF"),
    ] {
        let r = header(&data);
        assert_eq!(rules(&r.problems), ["image.format"], "{name}");
        assert!(
            r.problems[0].message.starts_with(name),
            "{}",
            r.problems[0].message
        );
        assert!(r.fixable, "{name}");
        assert_eq!((r.width, r.height), (Some(40), Some(20)), "{name}");
    }
}

#[test]
fn animated_gif_is_noted_as_animated() {
    let r = header(&animated_gif(30, 20, 3));
    assert_eq!(r.kind, "image/gif");
    assert!(rules(&r.notes).contains(&"image.animated"));
}

#[test]
fn rotated_photo_with_gps_reports_upright_size_and_location_note() {
    let r = header(&rotated_jpeg_with_gps(60, 40, 6));
    assert!(r.ok, "{:?}", r.problems);
    assert_eq!((r.width, r.height), (Some(40), Some(60)));
    let notes = rules(&r.notes);
    assert!(notes.contains(&"image.orientation"), "{notes:?}");
    assert!(notes.contains(&"image.location"), "{notes:?}");
}

#[test]
fn truncated_jpeg_is_a_problem_that_cannot_be_fixed() {
    let data = jpeg(200, 100);
    let r = header(&data[..data.len() / 2]);
    assert!(!r.ok);
    assert!(rules(&r.problems).contains(&"image.truncated"));
    assert!(!r.fixable);
}

#[test]
fn png_claiming_100000_by_100000_pixels_is_refused_from_its_header() {
    let r = header(&png_claiming(100_000, 100_000));
    assert_eq!(rules(&r.problems), ["image.dimensions"]);
    assert!(r.problems[0].message.contains("100000×100000"));
    assert!(!r.fixable);
}

#[test]
fn pdf_named_jpg_is_the_wrong_kind_and_not_fixable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("photo.jpg");
    std::fs::write(&path, MINIMAL_PDF).expect("write");
    let r = check_file(&path, Some(MediaUse::HeaderImage)).expect("recognised");
    assert_eq!(r.kind, "application/pdf");
    assert_eq!(rules(&r.problems), ["use.kind"]);
    assert!(!r.fixable);
}

#[test]
fn zero_byte_file_is_an_error_saying_it_is_empty() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("empty.jpg");
    std::fs::write(&path, b"").expect("write");
    let err = check_file(&path, None).expect_err("empty");
    assert!(matches!(err, MediaError::Empty));
    assert!(err.to_string().contains("empty"));
}

#[test]
fn text_file_is_unrecognised() {
    let err = check_bytes(b"just some words in a file", None).expect_err("unrecognised");
    assert!(matches!(err, MediaError::Unrecognised));
}

#[test]
fn missing_file_is_a_read_error_naming_it() {
    let err = check_file(std::path::Path::new("/no/such/file.jpg"), None).expect_err("missing");
    assert!(err.to_string().contains("/no/such/file.jpg"));
}

#[test]
fn heic_is_recognised_but_cannot_be_fixed() {
    let mut data = vec![0, 0, 0, 24];
    data.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    let r = header(&data);
    assert_eq!(r.kind, "image/heic");
    assert_eq!(rules(&r.problems), ["image.format"]);
    assert!(!r.fixable);
}

#[test]
fn grey_jpeg_is_a_fixable_color_problem() {
    let img = image::GrayImage::from_pixel(32, 32, image::Luma([90]));
    let data = encode_with(
        &image::DynamicImage::ImageLuma8(img),
        image::ImageFormat::Jpeg,
    );
    let r = header(&data);
    assert_eq!(rules(&r.problems), ["image.color_model"]);
    assert!(r.fixable);
}

#[test]
fn webp_sticker_limits_are_100_kb_static() {
    let small = webp(64, 64);
    let r = check_bytes(&small, Some(MediaUse::Sticker)).expect("recognised");
    assert!(r.ok, "{:?}", r.problems);
    let big = webp_padded(100_001);
    let r = check_bytes(&big, Some(MediaUse::Sticker)).expect("recognised");
    assert_eq!(rules(&r.problems), ["sticker.max_bytes"]);
    let exact = webp_padded(100_000);
    assert!(
        check_bytes(&exact, Some(MediaUse::Sticker))
            .expect("recognised")
            .ok
    );
}

/// A lossless WebP with an unknown chunk appended so the file is `total` bytes.
fn webp_padded(total: usize) -> Vec<u8> {
    let mut data = webp(64, 64);
    let pad = total - data.len() - 8;
    data.extend_from_slice(b"XPAD");
    data.extend_from_slice(&(pad as u32).to_le_bytes());
    data.extend(std::iter::repeat_n(0u8, pad));
    let riff = (data.len() - 8) as u32;
    data[4..8].copy_from_slice(&riff.to_le_bytes());
    data
}

#[test]
fn a_damaged_file_of_every_image_kind_never_panics() {
    let img = image::DynamicImage::ImageRgb8(gradient(40, 20));
    let files = [
        jpeg(40, 20),
        png(40, 20),
        webp(40, 20),
        animated_gif(40, 20, 2),
        encode_with(&img, image::ImageFormat::Bmp),
        encode_with(&img, image::ImageFormat::Tiff),
    ];
    for data in files {
        for cut in [1, 2, 8, 16, 30, data.len() / 3, data.len() - 1] {
            let _ = check_bytes(&data[..cut.min(data.len())], None);
            let _ = wabi_media::UprightImage::decode(&data[..cut.min(data.len())]);
        }
        let mut flipped = data.clone();
        for i in (10..flipped.len()).step_by(7) {
            flipped[i] ^= 0x5A;
        }
        let _ = check_bytes(&flipped, None);
        let _ = wabi_media::UprightImage::decode(&flipped);
    }
}
