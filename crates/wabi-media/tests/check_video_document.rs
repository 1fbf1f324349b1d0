//! Checking videos (MP4/3GPP boxes: codecs, tracks, size at the 16 MB boundary) and PDFs
//! (100 MB boundary, page count, truncation).

mod common;

use common::*;
use wabi_media::limits::{DOCUMENT_MAX_BYTES, VIDEO_MAX_BYTES};
use wabi_media::{check_bytes, check_file, MediaUse};

fn header_video(data: &[u8]) -> wabi_media::CheckReport {
    check_bytes(data, Some(MediaUse::HeaderVideo)).expect("recognised")
}

#[test]
fn h264_aac_mp4_is_ok_with_size_and_duration() {
    let r = header_video(&good_mp4(1000));
    assert!(r.ok, "{:?}", r.problems);
    assert_eq!(r.kind, "video/mp4");
    assert_eq!((r.width, r.height), (Some(640), Some(360)));
    assert_eq!(r.duration_seconds, Some(12.0));
    assert!(!r.fixable);
}

#[test]
fn mp4_of_exactly_16_000_000_bytes_passes_and_one_more_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ok = dir.path().join("ok.mp4");
    std::fs::write(&ok, mp4_of_size(VIDEO_MAX_BYTES as usize)).expect("write");
    let r = check_file(&ok, None).expect("recognised");
    assert!(r.ok, "{:?}", r.problems);
    let over = dir.path().join("over.mp4");
    std::fs::write(&over, mp4_of_size(VIDEO_MAX_BYTES as usize + 1)).expect("write");
    let r = check_file(&over, None).expect("recognised");
    assert_eq!(rules(&r.problems), ["video.max_bytes"]);
    assert!(
        r.problems[0].message.contains("Mbit/s"),
        "{}",
        r.problems[0].message
    );
    assert!(!r.fixable);
}

#[test]
fn three_gpp_is_recognised_and_noted_for_template_samples() {
    let data = video(
        b"3gp5",
        &[
            Track::Avc {
                profile: 66,
                b_frames: false,
            },
            Track::Aac,
        ],
        5_000,
        100,
        true,
    );
    let r = header_video(&data);
    assert_eq!(r.kind, "video/3gpp");
    assert!(r.ok, "{:?}", r.problems);
    assert!(rules(&r.notes).contains(&"video.sample_format"));
}

#[test]
fn h263_3gpp_is_a_codec_problem() {
    let data = video(b"3gp4", &[Track::H263], 5_000, 100, true);
    let r = header_video(&data);
    assert!(!r.ok);
    assert!(
        rules(&r.problems).contains(&"video.codec"),
        "{:?}",
        r.problems
    );
}

#[test]
fn hevc_video_is_a_codec_problem_with_what_to_do() {
    let data = video(b"isom", &[Track::Hevc, Track::Aac], 5_000, 100, true);
    let r = header_video(&data);
    assert_eq!(rules(&r.problems), ["video.codec"]);
    assert!(r.problems[0].message.contains("H.264"));
}

#[test]
fn two_audio_tracks_are_a_problem() {
    let data = video(
        b"isom",
        &[
            Track::Avc {
                profile: 77,
                b_frames: false,
            },
            Track::Aac,
            Track::Aac,
        ],
        5_000,
        100,
        true,
    );
    assert_eq!(rules(&header_video(&data).problems), ["video.audio_tracks"]);
}

#[test]
fn silent_video_is_ok() {
    let data = video(
        b"isom",
        &[Track::Avc {
            profile: 77,
            b_frames: false,
        }],
        5_000,
        100,
        true,
    );
    assert!(header_video(&data).ok);
}

#[test]
fn high_profile_with_b_frames_and_moov_last_are_notes() {
    let data = video(
        b"isom",
        &[
            Track::Avc {
                profile: 100,
                b_frames: true,
            },
            Track::Aac,
        ],
        5_000,
        100,
        false,
    );
    let r = header_video(&data);
    assert!(r.ok, "{:?}", r.problems);
    let notes = rules(&r.notes);
    assert!(notes.contains(&"video.android_profile"), "{notes:?}");
    assert!(notes.contains(&"video.fast_start"), "{notes:?}");
}

#[test]
fn quicktime_mov_is_a_format_problem() {
    let data = video(
        b"qt  ",
        &[Track::Avc {
            profile: 77,
            b_frames: false,
        }],
        5_000,
        100,
        true,
    );
    let r = header_video(&data);
    assert_eq!(r.kind, "video/quicktime");
    assert!(rules(&r.problems).contains(&"video.format"));
}

#[test]
fn video_cut_before_its_moov_is_damaged() {
    let data = good_mp4(0);
    let cut = &data[..40];
    let r = header_video(cut);
    assert!(
        rules(&r.problems).contains(&"video.damaged"),
        "{:?}",
        r.problems
    );
}

#[test]
fn video_offered_as_header_image_is_the_wrong_kind() {
    let r = check_bytes(&good_mp4(10), Some(MediaUse::HeaderImage)).expect("recognised");
    assert_eq!(rules(&r.problems), ["use.kind"]);
    assert!(!r.fixable);
}

#[test]
fn card_takes_videos_too_with_the_crop_note() {
    let r = check_bytes(&good_mp4(10), Some(MediaUse::Card)).expect("recognised");
    assert!(r.ok);
    assert!(rules(&r.notes).contains(&"card.crop"));
}

#[test]
fn pdf_is_ok_with_its_page_count() {
    let r = check_bytes(MINIMAL_PDF, None).expect("recognised");
    assert!(r.ok, "{:?}", r.problems);
    assert_eq!(r.kind, "application/pdf");
    assert_eq!(r.pages, Some(1));
}

#[test]
fn pdf_without_end_marker_is_a_problem() {
    let r = check_bytes(&MINIMAL_PDF[..MINIMAL_PDF.len() - 8], None).expect("recognised");
    assert_eq!(rules(&r.problems), ["document.truncated"]);
}

#[test]
fn pdf_of_100_000_000_bytes_passes_and_one_more_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let make = |total: usize| {
        let mut data = MINIMAL_PDF[..MINIMAL_PDF.len() - 6].to_vec();
        let pad = total - data.len() - 6;
        data.extend(std::iter::repeat_n(b' ', pad));
        data.extend_from_slice(b"%%EOF\n");
        assert_eq!(data.len(), total);
        data
    };
    let ok = dir.path().join("ok.pdf");
    std::fs::write(&ok, make(DOCUMENT_MAX_BYTES as usize)).expect("write");
    assert!(check_file(&ok, None).expect("recognised").ok);
    let over = dir.path().join("over.pdf");
    std::fs::write(&over, make(DOCUMENT_MAX_BYTES as usize + 1)).expect("write");
    let r = check_file(&over, None).expect("recognised");
    assert_eq!(rules(&r.problems), ["document.max_bytes"]);
}

#[test]
fn image_offered_as_document_is_the_wrong_kind() {
    let r = check_bytes(&jpeg(10, 10), Some(MediaUse::HeaderDocument)).expect("recognised");
    assert_eq!(rules(&r.problems), ["use.kind"]);
}
