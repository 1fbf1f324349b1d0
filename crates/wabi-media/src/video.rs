//! What a video's boxes say: codecs, size, duration, H.264 profile, B-frames and whether the
//! metadata comes before the media data. Only the `ftyp` and `moov` boxes are read (with
//! `mp4parse`); the media data itself is skipped, so a video of any size is answered quickly.

use crate::limits::MAX_MOOV_BYTES;
use std::io::{Cursor, Read, Seek, SeekFrom};

/// A codec found in a track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// H.264 / AVC: the video codec WhatsApp takes.
    H264,
    /// AAC: the audio codec WhatsApp takes.
    Aac,
    /// Anything else, with its plain name.
    Other(&'static str),
}

impl Codec {
    /// Plain name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::H264 => "H.264",
            Codec::Aac => "AAC",
            Codec::Other(name) => name,
        }
    }
}

/// What the boxes of a video say.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoFacts {
    /// Display width of the first video track.
    pub width: Option<u32>,
    /// Display height of the first video track.
    pub height: Option<u32>,
    /// Longest track duration in seconds.
    pub duration_seconds: Option<f64>,
    /// Codecs of the video tracks.
    pub video: Vec<Codec>,
    /// Codecs of the audio tracks.
    pub audio: Vec<Codec>,
    /// H.264 `profile_idc` of the first video track (66 Baseline, 77 Main, 100 High).
    pub avc_profile: Option<u8>,
    /// Whether the first video track reorders frames (has a `ctts` box: B-frames).
    pub b_frames: bool,
    /// Whether `moov` comes before `mdat` ("fast start").
    pub moov_first: bool,
}

/// Reads the facts of an MP4/3GPP/QuickTime file of `len` bytes from `source`. `Err` carries a
/// plain reason (no `moov` box, damaged boxes).
pub fn read_video_facts<R: Read + Seek>(source: &mut R, len: u64) -> Result<VideoFacts, String> {
    let mut at = 0u64;
    let mut ftyp: Option<Vec<u8>> = None;
    let mut moov: Option<Vec<u8>> = None;
    let mut mdat_seen = false;
    let mut moov_first = false;
    while at + 8 <= len && moov.is_none() {
        let mut head = [0u8; 16];
        seek_read(source, at, &mut head[..8])?;
        let mut size = u64::from(u32::from_be_bytes([head[0], head[1], head[2], head[3]]));
        let kind = [head[4], head[5], head[6], head[7]];
        let mut header_len = 8u64;
        if size == 1 {
            seek_read(source, at + 8, &mut head[8..16])?;
            let mut big = [0u8; 8];
            big.copy_from_slice(&head[8..16]);
            size = u64::from_be_bytes(big);
            header_len = 16;
        } else if size == 0 {
            size = len - at;
        }
        if size < header_len || at.saturating_add(size) > len {
            if &kind == b"mdat" {
                // A cut-short mdat (moov missing after it) is reported below; stop walking.
                break;
            }
            return Err(format!(
                "the `{}` box at byte {at} runs past the end of the file: the file is damaged or cut short",
                String::from_utf8_lossy(&kind)
            ));
        }
        match &kind {
            b"ftyp" if size <= 4096 => ftyp = Some(read_box(source, at, size)?),
            b"moov" => {
                if size > MAX_MOOV_BYTES {
                    return Err(format!(
                        "the video's metadata (moov box) is {size} bytes, more than we read ({MAX_MOOV_BYTES})"
                    ));
                }
                moov_first = !mdat_seen;
                moov = Some(read_box(source, at, size)?);
            }
            b"mdat" => mdat_seen = true,
            _ => {}
        }
        at += size;
    }
    let Some(moov) = moov else {
        return Err("the video has no `moov` box (its index): it is damaged, cut short or still being written".into());
    };
    let mut header = ftyp.unwrap_or_default();
    header.extend_from_slice(&moov);
    let context = mp4parse::read_mp4(&mut Cursor::new(header))
        .map_err(|e| format!("the video's boxes cannot be read ({e})"))?;
    Ok(facts_from_context(&context, moov_first))
}

fn facts_from_context(context: &mp4parse::MediaContext, moov_first: bool) -> VideoFacts {
    use mp4parse::{SampleEntry, TrackType, VideoCodecSpecific};
    let mut facts = VideoFacts {
        width: None,
        height: None,
        duration_seconds: None,
        video: Vec::new(),
        audio: Vec::new(),
        avc_profile: None,
        b_frames: false,
        moov_first,
    };
    for track in context.tracks.iter() {
        if let (Some(d), Some(ts)) = (&track.duration, &track.timescale) {
            if ts.0 > 0 {
                let secs = d.0 as f64 / ts.0 as f64;
                facts.duration_seconds = Some(facts.duration_seconds.map_or(secs, |s| s.max(secs)));
            }
        }
        let entry = track.stsd.as_ref().and_then(|s| s.descriptions.first());
        match track.track_type {
            TrackType::Video => {
                let codec = match entry {
                    Some(SampleEntry::Video(v)) => codec_of(v.codec_type),
                    _ => Codec::Other("an unknown codec"),
                };
                let first = facts.video.is_empty();
                facts.video.push(codec);
                if first {
                    if let Some(tkhd) = &track.tkhd {
                        // tkhd width/height are 16.16 fixed point.
                        facts.width = Some(tkhd.width >> 16).filter(|w| *w > 0);
                        facts.height = Some(tkhd.height >> 16).filter(|h| *h > 0);
                    }
                    if let Some(SampleEntry::Video(v)) = entry {
                        if facts.width.is_none() {
                            facts.width = Some(u32::from(v.width));
                            facts.height = Some(u32::from(v.height));
                        }
                        if let VideoCodecSpecific::AVCConfig(avcc) = &v.codec_specific {
                            facts.avc_profile = avcc.get(1).copied();
                        }
                    }
                    facts.b_frames = track.ctts.is_some();
                }
            }
            TrackType::Audio => facts.audio.push(match entry {
                Some(SampleEntry::Audio(a)) => codec_of(a.codec_type),
                _ => Codec::Other("an unknown codec"),
            }),
            _ => {}
        }
    }
    facts
}

fn codec_of(codec: mp4parse::CodecType) -> Codec {
    use mp4parse::CodecType as C;
    match codec {
        C::H264 => Codec::H264,
        C::AAC => Codec::Aac,
        C::MP3 => Codec::Other("MP3"),
        C::FLAC => Codec::Other("FLAC"),
        C::Opus => Codec::Other("Opus"),
        C::MP4V => Codec::Other("MPEG-4 Part 2"),
        C::AV1 => Codec::Other("AV1"),
        C::VP9 => Codec::Other("VP9"),
        C::VP8 => Codec::Other("VP8"),
        C::EncryptedVideo | C::EncryptedAudio => Codec::Other("an encrypted codec"),
        C::LPCM => Codec::Other("uncompressed PCM"),
        C::ALAC => Codec::Other("Apple Lossless"),
        C::H263 => Codec::Other("H.263"),
        C::AMRNB => Codec::Other("AMR-NB"),
        C::AMRWB => Codec::Other("AMR-WB"),
        _ => Codec::Other("an unknown codec (HEVC or another)"),
    }
}

fn seek_read<R: Read + Seek>(source: &mut R, at: u64, buf: &mut [u8]) -> Result<(), String> {
    source
        .seek(SeekFrom::Start(at))
        .and_then(|_| source.read_exact(buf))
        .map_err(|e| format!("cannot read the video's boxes at byte {at} ({e})"))
}

fn read_box<R: Read + Seek>(source: &mut R, at: u64, size: u64) -> Result<Vec<u8>, String> {
    let len = usize::try_from(size).map_err(|_| "a box is too large to read".to_string())?;
    let mut buf = vec![0u8; len];
    seek_read(source, at, &mut buf)?;
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_without_moov_is_explained() {
        let mut data = vec![0, 0, 0, 16];
        data.extend_from_slice(b"ftypisom\0\0\0\0");
        let err = read_video_facts(&mut Cursor::new(&data), data.len() as u64);
        assert!(err.is_err_and(|e| e.contains("moov")));
    }

    #[test]
    fn box_running_past_the_end_is_damage_not_a_panic() {
        let mut data = vec![0, 0, 0, 16];
        data.extend_from_slice(b"ftypisom\0\0\0\0");
        data.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xF0]);
        data.extend_from_slice(b"moov");
        let err = read_video_facts(&mut Cursor::new(&data), data.len() as u64);
        assert!(err.is_err_and(|e| e.contains("past the end")));
    }
}
