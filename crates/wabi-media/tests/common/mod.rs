//! Real files of every kind, made by the tests: images encoded with the `image` crate and
//! `jpeg-encoder`, EXIF blocks and MP4/3GPP box trees written byte by byte, and files padded to
//! exact sizes for the limit boundaries.
#![allow(dead_code)]

use image::{ImageEncoder, RgbImage};
use std::sync::atomic::AtomicBool;
use wabi_media::{FixOptions, MediaUse, OutputFormat, Progress, Work};

/// A smooth photo-like image with a red marker in the top-left corner.
pub fn gradient(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        if x < width / 8 && y < height / 8 {
            image::Rgb([255, 0, 0])
        } else {
            image::Rgb([
                (x * 255 / width.max(1)) as u8,
                (y * 255 / height.max(1)) as u8,
                128,
            ])
        }
    })
}

/// Seeded noise: expensive to compress, for files over the size limit.
pub fn noise(width: u32, height: u32, seed: u64) -> RgbImage {
    let mut state = seed;
    let mut raw = vec![0u8; (width * height * 3) as usize];
    for b in raw.iter_mut() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *b = (state >> 56) as u8;
    }
    RgbImage::from_raw(width, height, raw).expect("buffer size matches")
}

pub fn jpeg_of(img: &RgbImage, quality: u8) -> Vec<u8> {
    jpeg_with(img, quality, |_| {})
}

pub fn jpeg_with(
    img: &RgbImage,
    quality: u8,
    extra: impl FnOnce(&mut jpeg_encoder::Encoder<&mut Vec<u8>>),
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, quality);
    extra(&mut enc);
    enc.encode(
        img.as_raw(),
        img.width() as u16,
        img.height() as u16,
        jpeg_encoder::ColorType::Rgb,
    )
    .expect("encode jpeg");
    out
}

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    jpeg_of(&gradient(width, height), 85)
}

/// A CMYK JPEG (with the Adobe marker), as print designers export.
pub fn cmyk_jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut px = Vec::new();
    for y in 0..height {
        for x in 0..width {
            px.extend_from_slice(&[(x * 255 / width) as u8, (y * 255 / height) as u8, 40, 10]);
        }
    }
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 85)
        .encode(
            &px,
            width as u16,
            height as u16,
            jpeg_encoder::ColorType::Cmyk,
        )
        .expect("encode cmyk");
    out
}

/// An EXIF block (little-endian TIFF) with an orientation and, if asked, GPS coordinates.
pub fn exif_block(orientation: u16, with_gps: bool) -> Vec<u8> {
    let mut t = Vec::new();
    t.extend_from_slice(b"II\x2a\x00");
    t.extend_from_slice(&8u32.to_le_bytes());
    let entries: u16 = if with_gps { 2 } else { 1 };
    t.extend_from_slice(&entries.to_le_bytes());
    // Orientation, SHORT, 1
    t.extend_from_slice(&0x0112u16.to_le_bytes());
    t.extend_from_slice(&3u16.to_le_bytes());
    t.extend_from_slice(&1u32.to_le_bytes());
    t.extend_from_slice(&orientation.to_le_bytes());
    t.extend_from_slice(&[0, 0]);
    let gps_ifd = 8 + 2 + 12 * u32::from(entries) + 4;
    if with_gps {
        t.extend_from_slice(&0x8825u16.to_le_bytes());
        t.extend_from_slice(&4u16.to_le_bytes());
        t.extend_from_slice(&1u32.to_le_bytes());
        t.extend_from_slice(&gps_ifd.to_le_bytes());
    }
    t.extend_from_slice(&0u32.to_le_bytes());
    if with_gps {
        let data_at = gps_ifd + 2 + 12 * 3 + 4;
        t.extend_from_slice(&3u16.to_le_bytes());
        // GPSVersionID BYTE 4 inline
        t.extend_from_slice(&0u16.to_le_bytes());
        t.extend_from_slice(&1u16.to_le_bytes());
        t.extend_from_slice(&4u32.to_le_bytes());
        t.extend_from_slice(&[2, 2, 0, 0]);
        // GPSLatitudeRef ASCII "N\0"
        t.extend_from_slice(&1u16.to_le_bytes());
        t.extend_from_slice(&2u16.to_le_bytes());
        t.extend_from_slice(&2u32.to_le_bytes());
        t.extend_from_slice(b"N\0\0\0");
        // GPSLatitude RATIONAL 3
        t.extend_from_slice(&2u16.to_le_bytes());
        t.extend_from_slice(&5u16.to_le_bytes());
        t.extend_from_slice(&3u32.to_le_bytes());
        t.extend_from_slice(&data_at.to_le_bytes());
        t.extend_from_slice(&0u32.to_le_bytes());
        for (n, d) in [(48u32, 1u32), (51, 1), (2400, 100)] {
            t.extend_from_slice(&n.to_le_bytes());
            t.extend_from_slice(&d.to_le_bytes());
        }
    }
    t
}

/// A phone photo: stored sideways (`width`×`height` as stored) with an EXIF orientation and GPS.
pub fn rotated_jpeg_with_gps(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let exif = exif_block(orientation, true);
    jpeg_with(&gradient(width, height), 85, |e| {
        e.add_exif_metadata(&exif).expect("exif fits");
    })
}

pub fn encode_with(img: &image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

pub fn png(width: u32, height: u32) -> Vec<u8> {
    encode_with(
        &image::DynamicImage::ImageRgb8(gradient(width, height)),
        image::ImageFormat::Png,
    )
}

pub fn png16(width: u32, height: u32) -> Vec<u8> {
    let img = image::ImageBuffer::<image::Rgb<u16>, _>::from_fn(width, height, |x, y| {
        image::Rgb([
            (x * 65535 / width) as u16,
            (y * 65535 / height) as u16,
            30000,
        ])
    });
    encode_with(
        &image::DynamicImage::ImageRgb16(img),
        image::ImageFormat::Png,
    )
}

pub fn webp(width: u32, height: u32) -> Vec<u8> {
    let img = gradient(width, height);
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
        .expect("encode webp");
    out
}

pub fn animated_gif(width: u32, height: u32, frames: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = image::codecs::gif::GifEncoder::new(&mut out);
        for i in 0..frames {
            let frame = image::RgbaImage::from_pixel(
                width,
                height,
                image::Rgba([(i * 60) as u8, 0, 200, 255]),
            );
            enc.encode_frame(image::Frame::new(frame))
                .expect("gif frame");
        }
    }
    out
}

/// A PNG whose header claims `width`×`height` with a tiny (bogus) image stream: a bomb.
pub fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(png_chunk(b"IHDR", &ihdr));
    out.extend(png_chunk(
        b"IDAT",
        &[0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01],
    ));
    out.extend(png_chunk(b"IEND", &[]));
    out
}

pub fn png_chunk(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut out = (body.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(body);
    let mut crc_input = kind.to_vec();
    crc_input.extend_from_slice(body);
    out.extend_from_slice(&crc32(&crc_input).to_be_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// `jpeg` padded with comment segments right after SOI to exactly `total` bytes.
pub fn pad_jpeg_to(jpeg: &[u8], total: usize) -> Vec<u8> {
    let mut pad = total
        .checked_sub(jpeg.len())
        .expect("target larger than the JPEG");
    let mut segments = Vec::new();
    while pad > 0 {
        // A segment is 4 to 65,537 bytes; keep the remainder at least 4.
        let mut seg = pad.min(65_537);
        if pad - seg > 0 && pad - seg < 4 {
            seg -= 4;
        }
        assert!(seg >= 4, "cannot pad by {pad} bytes");
        let len = (seg - 2) as u16;
        segments.extend_from_slice(&[0xFF, 0xFE]);
        segments.extend_from_slice(&len.to_be_bytes());
        segments.extend(std::iter::repeat_n(b'x', seg - 4));
        pad -= seg;
    }
    let mut out = jpeg[..2].to_vec();
    out.extend(segments);
    out.extend_from_slice(&jpeg[2..]);
    assert_eq!(out.len(), total);
    out
}

/// `png` padded with a private ancillary chunk before IEND to exactly `total` bytes.
pub fn pad_png_to(png: &[u8], total: usize) -> Vec<u8> {
    let body = total
        .checked_sub(png.len() + 12)
        .expect("target larger than the PNG");
    let iend = png.len() - 12;
    let mut out = png[..iend].to_vec();
    out.extend(png_chunk(b"prVt", &vec![0u8; body]));
    out.extend_from_slice(&png[iend..]);
    assert_eq!(out.len(), total);
    out
}

pub const MINIMAL_PDF: &[u8] = b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

// ---------- MP4 / 3GPP box trees ----------

pub fn bx(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut out = ((body.len() + 8) as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(body);
    out
}

fn full(kind: &[u8; 4], version: u8, flags: u32, body: &[u8]) -> Vec<u8> {
    let mut b = vec![version];
    b.extend_from_slice(&flags.to_be_bytes()[1..]);
    b.extend_from_slice(body);
    bx(kind, &b)
}

const MATRIX: [u32; 9] = [0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000];

fn matrix() -> Vec<u8> {
    MATRIX.iter().flat_map(|v| v.to_be_bytes()).collect()
}

/// One track of a test video.
#[derive(Clone, Copy)]
pub enum Track {
    /// H.264 video with this `profile_idc`; `b_frames` adds a `ctts` box.
    Avc { profile: u8, b_frames: bool },
    /// HEVC video (not accepted).
    Hevc,
    /// H.263 video (old 3GPP phones).
    H263,
    /// AAC audio.
    Aac,
}

fn sample_entry(track: Track) -> Vec<u8> {
    let visual = |kind: &[u8; 4], config: Vec<u8>| {
        let mut b = vec![0u8; 6];
        b.extend_from_slice(&1u16.to_be_bytes());
        b.extend_from_slice(&[0u8; 16]);
        b.extend_from_slice(&640u16.to_be_bytes());
        b.extend_from_slice(&360u16.to_be_bytes());
        b.extend_from_slice(&0x0048_0000u32.to_be_bytes());
        b.extend_from_slice(&0x0048_0000u32.to_be_bytes());
        b.extend_from_slice(&0u32.to_be_bytes());
        b.extend_from_slice(&1u16.to_be_bytes());
        b.extend_from_slice(&[0u8; 32]);
        b.extend_from_slice(&0x0018u16.to_be_bytes());
        b.extend_from_slice(&0xFFFFu16.to_be_bytes());
        b.extend(config);
        bx(kind, &b)
    };
    match track {
        Track::Avc { profile, .. } => {
            let sps = [0x67, profile, 0x00, 0x1e, 0xac, 0xd9];
            let pps = [0x68, 0xce, 0x38, 0x80];
            let mut c = vec![1, profile, 0, 0x1e, 0xff, 0xe1];
            c.extend_from_slice(&(sps.len() as u16).to_be_bytes());
            c.extend_from_slice(&sps);
            c.push(1);
            c.extend_from_slice(&(pps.len() as u16).to_be_bytes());
            c.extend_from_slice(&pps);
            visual(b"avc1", bx(b"avcC", &c))
        }
        Track::Hevc => visual(b"hvc1", bx(b"hvcC", &[1u8; 23])),
        Track::H263 => visual(b"s263", bx(b"d263", &[b'W', b'A', b'B', b'I', 0, 10, 0])),
        Track::Aac => {
            let mut b = vec![0u8; 6];
            b.extend_from_slice(&1u16.to_be_bytes());
            b.extend_from_slice(&[0u8; 8]);
            b.extend_from_slice(&2u16.to_be_bytes());
            b.extend_from_slice(&16u16.to_be_bytes());
            b.extend_from_slice(&[0u8; 4]);
            b.extend_from_slice(&(44_100u32 << 16).to_be_bytes());
            // ES_Descriptor > DecoderConfigDescriptor > DecoderSpecificInfo, SLConfig
            let dsi = [0x05, 0x02, 0x12, 0x10];
            let mut dcd = vec![0x40, 0x15, 0, 0, 0];
            dcd.extend_from_slice(&128_000u32.to_be_bytes());
            dcd.extend_from_slice(&128_000u32.to_be_bytes());
            dcd.extend_from_slice(&dsi);
            let mut es = vec![0x00, 0x01, 0x00, 0x04, dcd.len() as u8];
            es.extend(dcd);
            es.extend_from_slice(&[0x06, 0x01, 0x02]);
            let mut esd = vec![0x03, es.len() as u8];
            esd.extend(es);
            b.extend(full(b"esds", 0, 0, &esd));
            bx(b"mp4a", &b)
        }
    }
}

fn trak(id: u32, track: Track, duration_ms: u32) -> Vec<u8> {
    let is_video = !matches!(track, Track::Aac);
    let mut tkhd = Vec::new();
    tkhd.extend_from_slice(&[0u8; 8]);
    tkhd.extend_from_slice(&id.to_be_bytes());
    tkhd.extend_from_slice(&[0u8; 4]);
    tkhd.extend_from_slice(&duration_ms.to_be_bytes());
    tkhd.extend_from_slice(&[0u8; 8]);
    tkhd.extend_from_slice(&[0u8; 4]);
    tkhd.extend_from_slice(&(if is_video { 0u16 } else { 0x0100 }).to_be_bytes());
    tkhd.extend_from_slice(&[0u8; 2]);
    tkhd.extend(matrix());
    let (w, h) = if is_video {
        (640u32 << 16, 360u32 << 16)
    } else {
        (0, 0)
    };
    tkhd.extend_from_slice(&w.to_be_bytes());
    tkhd.extend_from_slice(&h.to_be_bytes());
    let mut mdhd = vec![0u8; 8];
    mdhd.extend_from_slice(&1000u32.to_be_bytes());
    mdhd.extend_from_slice(&duration_ms.to_be_bytes());
    mdhd.extend_from_slice(&0x55c4u16.to_be_bytes());
    mdhd.extend_from_slice(&[0, 0]);
    let mut hdlr = vec![0u8; 4];
    hdlr.extend_from_slice(if is_video { b"vide" } else { b"soun" });
    hdlr.extend_from_slice(&[0u8; 12]);
    hdlr.push(0);
    let media_header = if is_video {
        full(b"vmhd", 0, 1, &[0u8; 8])
    } else {
        full(b"smhd", 0, 0, &[0u8; 4])
    };
    let dinf = bx(
        b"dinf",
        &full(
            b"dref",
            0,
            0,
            &[&1u32.to_be_bytes()[..], &full(b"url ", 0, 1, &[])].concat(),
        ),
    );
    let mut stsd = 1u32.to_be_bytes().to_vec();
    stsd.extend(sample_entry(track));
    let mut stbl = full(b"stsd", 0, 0, &stsd);
    stbl.extend(full(b"stts", 0, 0, &0u32.to_be_bytes()));
    if let Track::Avc { b_frames: true, .. } = track {
        stbl.extend(full(b"ctts", 0, 0, &0u32.to_be_bytes()));
    }
    stbl.extend(full(b"stsc", 0, 0, &0u32.to_be_bytes()));
    stbl.extend(full(b"stsz", 0, 0, &[0u8; 8]));
    stbl.extend(full(b"stco", 0, 0, &0u32.to_be_bytes()));
    let minf = bx(b"minf", &[media_header, dinf, bx(b"stbl", &stbl)].concat());
    let mdia = bx(
        b"mdia",
        &[full(b"mdhd", 0, 0, &mdhd), full(b"hdlr", 0, 0, &hdlr), minf].concat(),
    );
    bx(b"trak", &[full(b"tkhd", 0, 3, &tkhd), mdia].concat())
}

/// A video file: `brand` in ftyp, the tracks, `mdat_bytes` of media data, moov first or last.
pub fn video(
    brand: &[u8; 4],
    tracks: &[Track],
    duration_ms: u32,
    mdat_bytes: usize,
    moov_first: bool,
) -> Vec<u8> {
    let mut ftyp = brand.to_vec();
    ftyp.extend_from_slice(&0u32.to_be_bytes());
    ftyp.extend_from_slice(brand);
    ftyp.extend_from_slice(b"isom");
    let mut mvhd = vec![0u8; 8];
    mvhd.extend_from_slice(&1000u32.to_be_bytes());
    mvhd.extend_from_slice(&duration_ms.to_be_bytes());
    mvhd.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    mvhd.extend_from_slice(&0x0100u16.to_be_bytes());
    mvhd.extend_from_slice(&[0u8; 10]);
    mvhd.extend(matrix());
    mvhd.extend_from_slice(&[0u8; 24]);
    mvhd.extend_from_slice(&(tracks.len() as u32 + 1).to_be_bytes());
    let mut moov_body = full(b"mvhd", 0, 0, &mvhd);
    for (i, t) in tracks.iter().enumerate() {
        moov_body.extend(trak(i as u32 + 1, *t, duration_ms));
    }
    let moov = bx(b"moov", &moov_body);
    let mdat = bx(b"mdat", &vec![0u8; mdat_bytes]);
    let mut out = bx(b"ftyp", &ftyp);
    if moov_first {
        out.extend(moov);
        out.extend(mdat);
    } else {
        out.extend(mdat);
        out.extend(moov);
    }
    out
}

/// A normal header video: MP4, H.264 Main + AAC, moov first.
pub fn good_mp4(mdat_bytes: usize) -> Vec<u8> {
    video(
        b"isom",
        &[
            Track::Avc {
                profile: 77,
                b_frames: false,
            },
            Track::Aac,
        ],
        12_000,
        mdat_bytes,
        true,
    )
}

/// `good_mp4` with its mdat sized so the file is exactly `total` bytes.
pub fn mp4_of_size(total: usize) -> Vec<u8> {
    let base = good_mp4(0).len();
    let v = good_mp4(total - base);
    assert_eq!(v.len(), total);
    v
}

// ---------- running a fix ----------

pub fn options(output: OutputFormat) -> FixOptions {
    FixOptions {
        media_use: MediaUse::HeaderImage,
        output,
        crop: None,
    }
}

/// Runs `fix_bytes` with no cancellation, collecting progress reports.
pub fn fix(
    data: &[u8],
    options: &FixOptions,
) -> (
    Result<wabi_media::FixedMedia, wabi_media::MediaError>,
    Vec<Progress>,
) {
    let cancel = AtomicBool::new(false);
    let mut seen = Vec::new();
    let mut on_progress = |p: Progress| seen.push(p);
    let result = {
        let mut work = Work::new(&cancel, &mut on_progress);
        wabi_media::fix_bytes(data, options, &mut work)
    };
    (result, seen)
}

pub fn rules(findings: &[wabi_media::Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.rule.as_str()).collect()
}
