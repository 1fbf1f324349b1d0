//! Speed goals of the media pipeline, measured on generated photos (noise + gradients, so JPEG
//! sizes are realistic), with ImageMagick's `convert` doing the same resize as a yardstick:
//! - a 12-megapixel JPEG is checked and its preview thumbnail made (goal: < 120 ms median);
//! - a 24-megapixel photo over 5 MB is fixed to a valid JPEG (goal: < 1 s median).
//!
//! Run: `cargo bench -p wabi-media --bench media`. A summary with medians and the ratio to
//! ImageMagick is printed at the end (ImageMagick is skipped with a note when absent).

use criterion::{criterion_group, Criterion};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};
use wabi_media::{check_bytes, fix_bytes, FixOptions, MediaUse, OutputFormat, UprightImage, Work};

const THUMB_SIDE: u32 = 320;

/// A photo-like image: smooth gradients plus per-pixel noise from a seeded generator.
fn photo(width: u32, height: u32, seed: u64) -> image::RgbImage {
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as u32
    };
    image::RgbImage::from_fn(width, height, |x, y| {
        let n = (next() % 48) as i32 - 24;
        let r = (x * 255 / width) as i32 + n;
        let g = (y * 255 / height) as i32 + n / 2;
        let b = (((x / 64 + y / 64) % 2) * 120 + 60) as i32 - n;
        image::Rgb([
            r.clamp(0, 255) as u8,
            g.clamp(0, 255) as u8,
            b.clamp(0, 255) as u8,
        ])
    })
}

fn jpeg(img: &image::RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, quality)
        .encode(
            img.as_raw(),
            img.width() as u16,
            img.height() as u16,
            jpeg_encoder::ColorType::Rgb,
        )
        .unwrap_or_else(|e| panic!("bench fixture encode: {e}"));
    out
}

fn check_and_thumbnail(data: &[u8]) -> Vec<u8> {
    let report = check_bytes(data, Some(MediaUse::HeaderImage)).unwrap_or_else(|e| panic!("{e}"));
    assert!(report.width.is_some());
    wabi_media::preview_of(data, THUMB_SIDE).unwrap_or_else(|e| panic!("{e}"))
}

fn fix_to_jpeg(data: &[u8]) -> wabi_media::FixedMedia {
    let cancel = AtomicBool::new(false);
    let mut progress = |_p: wabi_media::Progress| {};
    let mut work = Work::new(&cancel, &mut progress);
    fix_bytes(
        data,
        &FixOptions {
            media_use: MediaUse::HeaderImage,
            output: OutputFormat::Jpeg,
            crop: None,
        },
        &mut work,
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

struct Fixtures {
    photo_12mp: Vec<u8>,
    photo_24mp: Vec<u8>,
}

fn fixtures() -> Fixtures {
    let photo_12mp = jpeg(&photo(4000, 3000, 12), 90);
    let photo_24mp = jpeg(&photo(6000, 4000, 24), 95);
    assert!(
        photo_24mp.len() > 5_000_000,
        "the 24 MP fixture must be over the limit"
    );
    Fixtures {
        photo_12mp,
        photo_24mp,
    }
}

fn benches(c: &mut Criterion) {
    let f = fixtures();
    let mut group = c.benchmark_group("media");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("check_and_thumbnail_12mp_jpeg", |b| {
        b.iter(|| check_and_thumbnail(&f.photo_12mp))
    });
    group.bench_function("fix_24mp_over_limit_to_jpeg", |b| {
        b.iter(|| fix_to_jpeg(&f.photo_24mp))
    });
    group.finish();
}

criterion_group!(media_benches, benches);

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time_runs(runs: usize, mut f: impl FnMut()) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

/// CPU time (user + system) this process has used so far, from /proc (Linux; zero elsewhere).
/// Printed beside wall times because the machine is shared: CPU time is what the work costs
/// whatever else runs.
fn cpu_time() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    let Some(after) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
        return Duration::ZERO;
    };
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // Fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the command name.
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// Mean CPU time of one run of `f` over `runs` runs.
fn cpu_per_run(runs: u32, mut f: impl FnMut()) -> Duration {
    let start = cpu_time();
    for _ in 0..runs {
        f();
    }
    (cpu_time() - start) / runs
}

/// ImageMagick's `convert` binary (the real one, not a wrapper), if installed.
fn imagemagick() -> Option<String> {
    ["/usr/bin/convert", "/usr/bin/convert-im6.q16", "convert"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("-version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(str::to_owned)
}

fn summary() {
    let f = fixtures();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let p12 = dir.path().join("p12.jpg");
    let p24 = dir.path().join("p24.jpg");
    std::fs::write(&p12, &f.photo_12mp).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&p24, &f.photo_24mp).unwrap_or_else(|e| panic!("{e}"));
    let ours_thumb = time_runs(9, || {
        check_and_thumbnail(&f.photo_12mp);
    });
    let fixed = fix_to_jpeg(&f.photo_24mp);
    let ours_fix = time_runs(5, || {
        fix_to_jpeg(&f.photo_24mp);
    });
    let decode_24 = time_runs(3, || {
        UprightImage::decode(&f.photo_24mp).unwrap_or_else(|e| panic!("{e}"));
    });
    let upright = UprightImage::decode(&f.photo_24mp).unwrap_or_else(|e| panic!("{e}"));
    let rgb = upright.pixels.to_rgb();
    let encode_24 = time_runs(3, || {
        wabi_media::encode::encode_jpeg(&rgb, fixed.report.quality.unwrap_or(85))
            .unwrap_or_else(|e| panic!("{e}"));
    });
    let decode_24_jpeg_decoder = time_runs(3, || {
        let mut d = jpeg_decoder::Decoder::new(std::io::Cursor::new(&f.photo_24mp));
        d.decode().unwrap_or_else(|e| panic!("{e}"));
    });
    let check_12 = time_runs(9, || {
        check_bytes(&f.photo_12mp, None).unwrap_or_else(|e| panic!("{e}"));
    });
    let thumb_cpu = cpu_per_run(9, || {
        check_and_thumbnail(&f.photo_12mp);
    });
    let fix_cpu = cpu_per_run(3, || {
        fix_to_jpeg(&f.photo_24mp);
    });
    let verify_rounds = {
        let cancel = AtomicBool::new(false);
        let mut rounds = 0u32;
        let mut count = |p: wabi_media::Progress| {
            if p.stage == "Verifying size" {
                rounds += 1;
            }
        };
        let mut work = Work::new(&cancel, &mut count);
        let options = FixOptions {
            media_use: MediaUse::HeaderImage,
            output: OutputFormat::Jpeg,
            crop: None,
        };
        fix_bytes(&f.photo_24mp, &options, &mut work).unwrap_or_else(|e| panic!("{e}"));
        rounds
    };
    println!("\n== wabi-media speed summary (medians) ==");
    println!("fix size search: {verify_rounds} round(s) of two parallel full-size encodes");
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average while measuring: {}", load.trim());
    }
    println!(
        "CPU time per run (both threads counted): check + thumbnail {:.0} ms; fix {:.0} ms",
        thumb_cpu.as_secs_f64() * 1e3,
        fix_cpu.as_secs_f64() * 1e3
    );
    println!(
        "parts: check 12 MP (headers + marker scan) {:.1} ms; decode 24 MP {:.1} ms (jpeg-decoder alone: {:.1} ms); one JPEG encode of 24 MP {:.1} ms",
        check_12.as_secs_f64() * 1e3,
        decode_24.as_secs_f64() * 1e3,
        decode_24_jpeg_decoder.as_secs_f64() * 1e3,
        encode_24.as_secs_f64() * 1e3
    );
    println!(
        "12 MP JPEG ({} bytes) check + {THUMB_SIDE}px thumbnail: {:.1} ms (goal < 120 ms)",
        f.photo_12mp.len(),
        ours_thumb.as_secs_f64() * 1e3
    );
    println!(
        "24 MP JPEG ({} bytes) fixed to {}x{} q{} ({} bytes): {:.1} ms (goal < 1000 ms)",
        f.photo_24mp.len(),
        fixed.report.width,
        fixed.report.height,
        fixed.report.quality.unwrap_or(0),
        fixed.report.bytes,
        ours_fix.as_secs_f64() * 1e3
    );
    let Some(convert) = imagemagick() else {
        println!("ImageMagick `convert` not found: ratio skipped");
        return;
    };
    let run = |args: &[String]| {
        let ok = Command::new(&convert)
            .args(args)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "convert {args:?} failed");
    };
    let thumb_out = dir.path().join("im-thumb.jpg").display().to_string();
    let im_thumb = time_runs(9, || {
        run(&[
            p12.display().to_string(),
            "-resize".into(),
            format!("{THUMB_SIDE}x{THUMB_SIDE}"),
            "-quality".into(),
            "82".into(),
            thumb_out.clone(),
        ])
    });
    let fix_out = dir.path().join("im-fix.jpg").display().to_string();
    let im_fix = time_runs(5, || {
        run(&[
            p24.display().to_string(),
            "-strip".into(),
            "-resize".into(),
            format!("{}x{}!", fixed.report.width, fixed.report.height),
            "-quality".into(),
            fixed.report.quality.unwrap_or(85).to_string(),
            fix_out.clone(),
        ])
    });
    println!(
        "ImageMagick ({convert}) same thumbnail: {:.1} ms -> ours/ImageMagick = {:.2}",
        im_thumb.as_secs_f64() * 1e3,
        ours_thumb.as_secs_f64() / im_thumb.as_secs_f64()
    );
    println!(
        "ImageMagick same single resize+encode of the 24 MP photo (no size search): {:.1} ms -> ours/ImageMagick = {:.2}",
        im_fix.as_secs_f64() * 1e3,
        ours_fix.as_secs_f64() / im_fix.as_secs_f64()
    );
}

fn main() {
    let quick_summary_only = std::env::args().any(|a| a == "--summary-only");
    if !quick_summary_only {
        media_benches();
        Criterion::default().configure_from_args().final_summary();
    }
    summary();
}
