//! Fixing images: every problematic kind comes out as a valid 8-bit JPEG or PNG that passes the
//! check, upright, without metadata, under 5 MB at the best quality that fits; files that cannot
//! be fixed get a clear reason; progress is reported and cancelling stops the work.

mod common;

use common::*;
use std::sync::atomic::AtomicBool;
use wabi_media::jpeg_segments::read_jpeg_segments;
use wabi_media::limits::IMAGE_MAX_BYTES;
use wabi_media::{check_bytes, FixOptions, MediaError, MediaUse, OutputFormat, UprightImage, Work};

fn fixed_ok(data: &[u8], output: OutputFormat) -> wabi_media::FixedMedia {
    let (result, _) = fix(data, &options(output));
    let fixed = result.unwrap_or_else(|e| panic!("fix failed: {e}"));
    let verdict = check_bytes(&fixed.bytes, Some(MediaUse::HeaderImage)).expect("recognised");
    assert!(
        verdict.ok,
        "fixed output fails the check: {:?}",
        verdict.problems
    );
    assert_eq!(verdict.kind, output.mime());
    fixed
}

#[test]
fn oversize_jpeg_is_fixed_under_5_mb_at_the_best_quality_that_fits() {
    let data = jpeg_of(&noise(1800, 1200, 7), 100);
    assert!(
        data.len() as u64 > IMAGE_MAX_BYTES,
        "fixture must be over the limit: {}",
        data.len()
    );
    let fixed = fixed_ok(&data, OutputFormat::Jpeg);
    assert!(fixed.bytes.len() as u64 <= IMAGE_MAX_BYTES);
    let q = fixed.report.quality.expect("jpeg quality");
    // One step better would not fit at this size (or we are at the top already).
    if q < wabi_media::limits::FIX_MAX_QUALITY {
        let upright = UprightImage::decode(&data).expect("decode");
        let same_size = if (fixed.report.width, fixed.report.height) == upright.dimensions() {
            wabi_media::encode::encode_jpeg(&upright.pixels.to_rgb(), q + 1).expect("encode")
        } else {
            let p = upright
                .pixels
                .resized(fixed.report.width, fixed.report.height, None)
                .expect("resize");
            wabi_media::encode::encode_jpeg(&p.to_rgb(), q + 1).expect("encode")
        };
        assert!(
            same_size.len() as u64 > IMAGE_MAX_BYTES,
            "quality {} would also fit",
            q + 1
        );
    }
}

#[test]
fn noise_too_big_even_at_lowest_quality_is_scaled_down_and_says_so() {
    let data = jpeg_of(&noise(4000, 3000, 11), 90);
    assert!(data.len() as u64 > IMAGE_MAX_BYTES);
    let fixed = fixed_ok(&data, OutputFormat::Jpeg);
    assert!(fixed.report.width < 4000);
    let scaled = fixed
        .report
        .actions
        .iter()
        .find(|a| a.starts_with("Scaled 4000×3000 to"))
        .expect("scaled action");
    assert!(scaled.ends_with("to fit 5.0 MB"), "{scaled}");
}

#[test]
fn rotated_photo_with_gps_comes_out_upright_without_any_metadata() {
    // Stored 60×40 with orientation 6 (turn 90° clockwise to view): the red marker stored at
    // the top-left shows at the top-right.
    let data = rotated_jpeg_with_gps(64, 48, 6);
    let fixed = fixed_ok(&data, OutputFormat::Jpeg);
    assert_eq!((fixed.report.width, fixed.report.height), (48, 64));
    let actions = fixed.report.actions.join("; ");
    assert!(actions.contains("Rotated upright"), "{actions}");
    assert!(
        actions.contains("Removed location data (GPS) and other metadata"),
        "{actions}"
    );
    let seg = read_jpeg_segments(&fixed.bytes);
    assert!(
        seg.exif.is_none() && !seg.other_metadata,
        "metadata left in output"
    );
    let out = image::load_from_memory(&fixed.bytes)
        .expect("decode")
        .into_rgb8();
    let top_right = out.get_pixel(45, 2);
    let top_left = out.get_pixel(2, 2);
    assert!(
        top_right[0] > 200 && top_right[1] < 60,
        "marker not at top-right: {top_right:?}"
    );
    assert!(
        top_left[0] < 200 || top_left[1] > 60,
        "marker still at top-left: {top_left:?}"
    );
}

#[test]
fn cmyk_jpeg_becomes_rgb_jpeg() {
    let fixed = fixed_ok(&cmyk_jpeg(64, 48), OutputFormat::Jpeg);
    assert!(fixed
        .report
        .actions
        .iter()
        .any(|a| a == "Converted CMYK colour to RGB"));
    assert_eq!(read_jpeg_segments(&fixed.bytes).components, 3);
}

#[test]
fn imagemagick_cmyk_fixture_becomes_rgb_png() {
    let fixed = fixed_ok(
        include_bytes!("fixtures/cmyk-imagemagick.jpg"),
        OutputFormat::Png,
    );
    assert!(fixed
        .report
        .actions
        .iter()
        .any(|a| a == "Converted JPEG to PNG"));
}

#[test]
fn sixteen_bit_png_becomes_8_bit_png() {
    let fixed = fixed_ok(&png16(40, 30), OutputFormat::Png);
    assert!(fixed
        .report
        .actions
        .iter()
        .any(|a| a == "Converted 16-bit colour to 8-bit"));
    let chunks = wabi_media::png_chunks::read_png_chunks(&fixed.bytes);
    assert_eq!((chunks.bit_depth, chunks.color_type), (8, 2));
}

#[test]
fn animated_gif_keeps_its_first_frame_as_jpeg() {
    let fixed = fixed_ok(&animated_gif(30, 20, 3), OutputFormat::Jpeg);
    let actions = fixed.report.actions.join("; ");
    assert!(actions.contains("Converted GIF to JPEG"), "{actions}");
    assert!(
        actions.contains("Kept the first frame of the animation"),
        "{actions}"
    );
    let out = image::load_from_memory(&fixed.bytes)
        .expect("decode")
        .into_rgb8();
    let px = out.get_pixel(15, 10);
    assert!(px[0] < 30 && px[2] > 170, "not the first frame: {px:?}");
}

#[test]
fn webp_bmp_and_tiff_are_converted() {
    let img = image::DynamicImage::ImageRgb8(gradient(40, 20));
    for (data, name) in [
        (webp(40, 20), "WebP"),
        (encode_with(&img, image::ImageFormat::Bmp), "BMP"),
        (encode_with(&img, image::ImageFormat::Tiff), "TIFF"),
    ] {
        let fixed = fixed_ok(&data, OutputFormat::Jpeg);
        let want = format!("Converted {name} to JPEG");
        assert!(
            fixed.report.actions.contains(&want),
            "{:?}",
            fixed.report.actions
        );
    }
}

#[test]
fn transparent_png_to_jpeg_is_laid_over_white() {
    let img = image::RgbaImage::from_pixel(20, 20, image::Rgba([0, 0, 0, 0]));
    let data = encode_with(
        &image::DynamicImage::ImageRgba8(img),
        image::ImageFormat::Png,
    );
    let fixed = fixed_ok(&data, OutputFormat::Jpeg);
    let out = image::load_from_memory(&fixed.bytes)
        .expect("decode")
        .into_rgb8();
    assert!(out.get_pixel(10, 10)[0] > 245);
}

#[test]
fn crop_is_applied_before_fitting() {
    let data = jpeg(400, 300);
    let crop = wabi_media::centred_crop(400, 300, wabi_media::CropRatio::Header);
    let (result, _) = fix(
        &data,
        &FixOptions {
            crop: Some(crop),
            ..options(OutputFormat::Jpeg)
        },
    );
    let fixed = result.expect("fix");
    assert_eq!((fixed.report.width, fixed.report.height), (400, 209));
}

#[test]
fn pdf_named_jpg_is_not_fixable() {
    let (result, _) = fix(MINIMAL_PDF, &options(OutputFormat::Jpeg));
    let err = result.expect_err("not fixable");
    assert!(matches!(err, MediaError::NotFixable(_)), "{err}");
    assert!(err.to_string().contains("PDF"), "{err}");
}

#[test]
fn truncated_jpeg_is_not_fixable() {
    let data = jpeg(200, 100);
    let (result, _) = fix(&data[..data.len() / 2], &options(OutputFormat::Jpeg));
    let err = result.expect_err("not fixable");
    assert!(err.to_string().contains("cut short"), "{err}");
}

#[test]
fn decompression_bomb_is_refused_before_decoding() {
    let (result, _) = fix(&png_claiming(100_000, 100_000), &options(OutputFormat::Png));
    let err = result.expect_err("bomb");
    assert!(err.to_string().contains("100000×100000"), "{err}");
    let err = UprightImage::decode(&png_claiming(100_000, 100_000)).expect_err("bomb");
    assert!(matches!(err, MediaError::Decode(_)));
}

#[test]
fn zero_byte_input_is_empty() {
    let (result, _) = fix(&[], &options(OutputFormat::Jpeg));
    assert!(matches!(result, Err(MediaError::Empty)));
}

#[test]
fn videos_are_explained_not_transcoded() {
    let data = video(b"isom", &[Track::Hevc], 1000, 10, true);
    let (result, _) = fix(
        &data,
        &FixOptions {
            media_use: MediaUse::HeaderVideo,
            ..options(OutputFormat::Jpeg)
        },
    );
    let err = result.expect_err("not fixable");
    assert!(err.to_string().contains("H.264"), "{err}");
}

#[test]
fn progress_runs_from_zero_to_one() {
    let (result, seen) = fix(&jpeg(100, 100), &options(OutputFormat::Jpeg));
    result.expect("fix");
    assert_eq!(seen.first().map(|p| p.fraction), Some(0.0));
    assert_eq!(seen.last().map(|p| p.fraction), Some(1.0));
    assert!(seen.windows(2).all(|w| w[0].fraction <= w[1].fraction));
}

#[test]
fn cancelled_fix_stops_with_cancelled() {
    let cancel = AtomicBool::new(true);
    let mut ignore = |_p: wabi_media::Progress| {};
    let mut work = Work::new(&cancel, &mut ignore);
    let result = wabi_media::fix_bytes(&jpeg(100, 100), &options(OutputFormat::Jpeg), &mut work);
    assert!(matches!(result, Err(MediaError::Cancelled)));
}

#[test]
fn fix_file_writes_the_format_of_the_output_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in.webp");
    std::fs::write(&input, webp(50, 40)).expect("write");
    let cancel = AtomicBool::new(false);
    let mut ignore = |_p: wabi_media::Progress| {};
    for name in ["out.png", "out.JPG"] {
        let out = dir.path().join(name);
        let mut work = Work::new(&cancel, &mut ignore);
        let report =
            wabi_media::fix_file(&input, &out, MediaUse::HeaderImage, &mut work).expect("fix");
        let written = std::fs::read(&out).expect("read output");
        assert_eq!(
            wabi_media::sniff(&written).map(|k| k.mime()),
            Some(report.kind.as_str())
        );
        assert!(check_bytes(&written, None).expect("recognised").ok);
    }
    let mut work = Work::new(&cancel, &mut ignore);
    let err = wabi_media::fix_file(
        &input,
        &dir.path().join("out.gif"),
        MediaUse::HeaderImage,
        &mut work,
    )
    .expect_err("bad extension");
    assert!(err.to_string().contains(".jpg"), "{err}");
}

#[test]
fn crop_preview_has_the_crop_ratio_and_stale_crops_are_refused() {
    let upright = UprightImage::decode(&jpeg(1000, 800)).expect("decode");
    let crop = wabi_media::crop_at(1000, 800, wabi_media::CropRatio::Square, 0.2, 0.5);
    let preview = upright.preview(200, Some(crop)).expect("preview");
    let img = image::load_from_memory(&preview).expect("decode preview");
    assert_eq!((img.width(), img.height()), (200, 200));
    let stale = wabi_media::CropRect {
        x: 5000,
        y: 0,
        width: 10,
        height: 10,
    };
    assert!(upright.preview(200, Some(stale)).is_err());
}
