//! Commands of header media: take a file the user dropped (bytes) or chose (a path), check it
//! against WhatsApp's limits, keep a content-addressed copy in the data directory, make the
//! preview's thumbnail in the cache folder, fix it (cancellable, with progress), and preview
//! crops at the ratios the clients show.
//!
//! Thin on purpose: the work is in `wabi_media::verdict` (which knows files, not windows), and a
//! draft's `wabi-media:<sha256>.<ext>` reference is read by `wabi_media::reference`, the same
//! reader the send flow of the app and `wabi send` uses. All file work runs on the blocking
//! pool.

use super::on_blocking_pool;
use crate::error::{AppError, ErrorCode};
use crate::state::{lock, AppState};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tauri::ipc::{Channel, InvokeBody, Request};
use tauri::State;
use wabi_media::keep::thumbnail_dir;
use wabi_media::verdict::{self, check_import_size};
use wabi_media::{CropRatio, CropRect, KeepSource, KeptFiles, KeptMedia, MediaUse, Progress, Work};

pub use wabi_media::reference::reference_of;
pub use wabi_media::{CropPreview, MediaVerdict};

/// Header carrying the dropped file's name (percent-encoded, as `encodeURIComponent` writes it).
pub const NAME_HEADER: &str = "x-wabi-media-name";
/// Header carrying the use the dropped file is for (`header-image`, `card`, ...).
pub const USE_HEADER: &str = "x-wabi-media-use";

/// Cancel flags of the fixes under way, by the job id the UI chose.
#[derive(Debug, Default)]
pub struct MediaJobs {
    flags: Mutex<HashMap<String, Arc<AtomicBool>>>,
}

impl MediaJobs {
    /// Registers `job` and returns its cancel flag.
    pub fn start(&self, job: &str) -> Arc<AtomicBool> {
        let flag = Arc::new(AtomicBool::new(false));
        lock(&self.flags).insert(job.to_owned(), Arc::clone(&flag));
        flag
    }

    /// Asks `job` to stop; false when no such job is running.
    pub fn cancel(&self, job: &str) -> bool {
        match lock(&self.flags).get(job) {
            Some(flag) => {
                flag.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    /// Forgets `job` (it ended).
    pub fn finish(&self, job: &str) {
        lock(&self.flags).remove(job);
    }
}

/// Lets the asset protocol serve the thumbnail cache of `data_dir` (its files, not its
/// subfolders), the only folder the page may load files from. The static scope in
/// `tauri.conf.json` covers the default data folder; this covers `WABI_DATA_DIR` too.
pub fn allow_thumbnails(scope: &tauri::scope::fs::Scope, data_dir: &Path) {
    let dir = thumbnail_dir(data_dir);
    if let Err(error) = std::fs::create_dir_all(&dir) {
        tracing::warn!(%error, dir = %dir.display(), "cannot create the thumbnail cache");
    }
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    if let Err(error) = scope.allow_directory(&dir, false) {
        tracing::warn!(%error, dir = %dir.display(), "cannot serve the thumbnail cache");
    }
}

/// The kept file a reference names, checked to be of our form and present on disk.
pub fn kept_of(data_dir: &Path, reference: &str) -> Result<KeptMedia, AppError> {
    Ok(KeptFiles::new(data_dir).resolve(reference)?)
}

/// Keeps `source`, checks the kept copy for `media_use` and makes its thumbnail.
pub fn import(
    data_dir: &Path,
    name: &str,
    source: KeepSource<'_>,
    media_use: MediaUse,
) -> Result<MediaVerdict, AppError> {
    Ok(verdict::import(data_dir, name, source, media_use)?)
}

/// Fixes the kept file `reference` for `media_use` (cropped to `crop` when given), keeps the
/// result and returns its verdict.
pub fn fix_kept(
    data_dir: &Path,
    reference: &str,
    media_use: MediaUse,
    crop: Option<CropRect>,
    work: &mut Work<'_>,
) -> Result<MediaVerdict, AppError> {
    Ok(verdict::fix_kept(
        data_dir, reference, media_use, crop, work,
    )?)
}

/// A preview of the kept image `reference` cropped to `ratio`, centred at (`cx`, `cy`).
pub fn crop_preview(
    data_dir: &Path,
    reference: &str,
    ratio: CropRatio,
    cx: f64,
    cy: f64,
) -> Result<CropPreview, AppError> {
    Ok(verdict::crop_preview(data_dir, reference, ratio, cx, cy)?)
}

/// Decodes `%XX` escapes (as `encodeURIComponent` writes them); bad escapes stay as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(value) = hex {
                out.push(value);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Checks and keeps a file dropped on the window. The body is the file's raw bytes; the headers
/// `x-wabi-media-name` (percent-encoded) and `x-wabi-media-use` say its name and use.
#[tauri::command]
pub async fn media_import_bytes(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<MediaVerdict, AppError> {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(percent_decode)
    };
    let name = header(NAME_HEADER).unwrap_or_else(|| "the dropped file".to_owned());
    let media_use: MediaUse = header(USE_HEADER)
        .unwrap_or_default()
        .parse()
        .map_err(|e: String| AppError::new(ErrorCode::InvalidInput, e))?;
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(AppError::new(
            ErrorCode::InvalidInput,
            format!("{name}: the file's bytes did not arrive. Drop it again."),
        ));
    };
    check_import_size(&name, bytes.len() as u64)?;
    let bytes = bytes.clone();
    let data_dir = state.data_dir().to_path_buf();
    on_blocking_pool(move || import(&data_dir, &name, KeepSource::Bytes(&bytes), media_use)).await
}

/// Checks and keeps the file at `path` (chosen in the native dialog) for `media_use`.
#[tauri::command]
pub async fn media_import_path(
    state: State<'_, AppState>,
    path: PathBuf,
    media_use: MediaUse,
) -> Result<MediaVerdict, AppError> {
    let data_dir = state.data_dir().to_path_buf();
    on_blocking_pool(move || {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let size = std::fs::metadata(&path)
            .map_err(|e| {
                AppError::new(
                    ErrorCode::File,
                    format!(
                        "Cannot read {}: {e}. Choose the file again.",
                        path.display()
                    ),
                )
            })?
            .len();
        check_import_size(&name, size)?;
        import(&data_dir, &name, KeepSource::Path(&path), media_use)
    })
    .await
}

/// The verdict on a file kept earlier (a draft reopened), checked for `media_use` or, when
/// absent, the use its kind suggests.
#[tauri::command]
pub async fn media_describe(
    state: State<'_, AppState>,
    reference: String,
    media_use: Option<MediaUse>,
) -> Result<MediaVerdict, AppError> {
    let data_dir = state.data_dir().to_path_buf();
    on_blocking_pool(move || Ok(verdict::describe(&data_dir, &reference, media_use)?)).await
}

/// Fixes the kept file `reference` for `media_use` (cropped to `crop` when given) as job `job`,
/// streaming progress to `on_progress`; `media_cancel(job)` stops it.
#[tauri::command]
pub async fn media_fix(
    state: State<'_, AppState>,
    jobs: State<'_, MediaJobs>,
    reference: String,
    media_use: MediaUse,
    crop: Option<CropRect>,
    job: String,
    on_progress: Channel<Progress>,
) -> Result<MediaVerdict, AppError> {
    let data_dir = state.data_dir().to_path_buf();
    let cancel = jobs.start(&job);
    let result = on_blocking_pool(move || {
        let mut report = |progress: Progress| {
            // The window may be gone; the fix goes on and its result is simply not shown.
            let _ = on_progress.send(progress);
        };
        let mut work = Work::new(&cancel, &mut report);
        fix_kept(&data_dir, &reference, media_use, crop, &mut work)
    })
    .await;
    jobs.finish(&job);
    result
}

/// Stops the fix running as `job`; false when it already ended.
#[tauri::command]
pub async fn media_cancel(jobs: State<'_, MediaJobs>, job: String) -> Result<bool, AppError> {
    Ok(jobs.cancel(&job))
}

/// A preview of the kept image `reference` cropped to `ratio` around (`cx`, `cy`).
#[tauri::command]
pub async fn media_crop_preview(
    state: State<'_, AppState>,
    reference: String,
    ratio: CropRatio,
    cx: f64,
    cy: f64,
) -> Result<CropPreview, AppError> {
    let data_dir = state.data_dir().to_path_buf();
    on_blocking_pool(move || crop_preview(&data_dir, &reference, ratio, cx, cy)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageBuffer, Rgb};
    use wabi_media::keep::media_dir;
    use wabi_media::reference::{fixed_name, name_of};

    /// A PNG of noise over 5 MB (noise does not compress).
    fn oversize_png() -> Vec<u8> {
        let (w, h) = (1600u32, 1200u32);
        let mut seed: u32 = 0x1234_5678;
        let img = ImageBuffer::from_fn(w, h, |_, _| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let [a, b, c, _] = seed.to_le_bytes();
            Rgb([a, b, c])
        });
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png)
            .expect("encode png");
        out.into_inner()
    }

    fn small_png() -> Vec<u8> {
        let img = ImageBuffer::from_pixel(400, 300, Rgb([200u8, 30, 30]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png)
            .expect("encode png");
        out.into_inner()
    }

    fn no_progress() -> impl FnMut(Progress) {
        |_| {}
    }

    #[test]
    fn importing_bytes_keeps_them_content_addressed_with_a_thumbnail() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bytes = small_png();
        let verdict = import(
            dir.path(),
            "red.png",
            KeepSource::Bytes(&bytes),
            MediaUse::HeaderImage,
        )
        .expect("import");
        assert!(verdict.check.ok, "{:?}", verdict.check.problems);
        assert_eq!(verdict.name, "red.png");
        assert_eq!(
            verdict.reference,
            format!("wabi-media:{}.png", verdict.sha256)
        );
        let kept = media_dir(dir.path()).join(format!("{}.png", verdict.sha256));
        assert_eq!(std::fs::read(kept).expect("kept file"), bytes);
        let thumb = PathBuf::from(verdict.thumbnail_path.expect("a thumbnail"));
        assert!(thumb.starts_with(thumbnail_dir(dir.path())));
        assert!(thumb.is_file());
    }

    #[test]
    fn a_draft_reference_still_resolves_after_the_original_moves() {
        let dir = tempfile::tempdir().expect("temp dir");
        let original = dir.path().join("photo.png");
        std::fs::write(&original, small_png()).expect("write");
        let verdict = import(
            dir.path(),
            "photo.png",
            KeepSource::Path(&original),
            MediaUse::HeaderImage,
        )
        .expect("import");
        std::fs::rename(&original, dir.path().join("moved.png")).expect("move");
        let kept = kept_of(dir.path(), &verdict.reference).expect("still there");
        assert_eq!(kept.mime, "image/png");
    }

    #[test]
    fn oversize_png_gets_a_size_problem_and_fixes_under_the_limit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bytes = oversize_png();
        assert!(bytes.len() > 5_000_000, "the test image must be oversize");
        let verdict = import(
            dir.path(),
            "big.png",
            KeepSource::Bytes(&bytes),
            MediaUse::HeaderImage,
        )
        .expect("import");
        assert!(!verdict.check.ok);
        assert!(verdict.check.fixable);
        assert!(
            verdict
                .check
                .problems
                .iter()
                .any(|p| p.rule == "image.max_bytes"),
            "{:?}",
            verdict.check.problems
        );
        let cancel = AtomicBool::new(false);
        let mut stages = Vec::new();
        let mut report = |p: Progress| stages.push(p.stage);
        let mut work = Work::new(&cancel, &mut report);
        let fixed = fix_kept(
            dir.path(),
            &verdict.reference,
            MediaUse::HeaderImage,
            None,
            &mut work,
        )
        .expect("fix");
        assert!(fixed.check.ok, "{:?}", fixed.check.problems);
        assert_ne!(fixed.sha256, verdict.sha256);
        assert!(fixed.reference.ends_with(".jpg"));
        assert!(fixed.fixed.is_some());
        assert!(fixed.thumbnail_path.is_some());
        assert!(stages.iter().any(|s| s == "Done"), "{stages:?}");
        assert_eq!(fixed.name, "big-fixed.jpg");
    }

    #[test]
    fn a_kept_file_keeps_the_name_it_was_chosen_under() {
        let dir = tempfile::tempdir().expect("temp dir");
        let verdict = import(
            dir.path(),
            "Spring menu.png",
            KeepSource::Bytes(&small_png()),
            MediaUse::HeaderImage,
        )
        .expect("import");
        let kept = kept_of(dir.path(), &verdict.reference).expect("kept");
        assert_eq!(name_of(&kept), "Spring menu.png");
        assert_eq!(fixed_name("Spring menu.png"), "Spring menu-fixed.jpg");
        assert_eq!(fixed_name("photo-fixed.jpg"), "photo-fixed.jpg");
        assert_eq!(fixed_name(""), "media-fixed.jpg");
    }

    #[test]
    fn a_cancelled_fix_keeps_nothing_and_says_cancelled() {
        let dir = tempfile::tempdir().expect("temp dir");
        let verdict = import(
            dir.path(),
            "big.png",
            KeepSource::Bytes(&oversize_png()),
            MediaUse::HeaderImage,
        )
        .expect("import");
        let jobs = MediaJobs::default();
        let cancel = jobs.start("job-1");
        assert!(jobs.cancel("job-1"));
        let mut report = no_progress();
        let mut work = Work::new(&cancel, &mut report);
        let error = fix_kept(
            dir.path(),
            &verdict.reference,
            MediaUse::HeaderImage,
            None,
            &mut work,
        )
        .expect_err("cancelled");
        assert_eq!(error.code, ErrorCode::Cancelled);
        let kept: Vec<_> = std::fs::read_dir(media_dir(dir.path()))
            .expect("media dir")
            .flatten()
            .filter(|entry| !entry.file_name().to_string_lossy().ends_with(".name"))
            .collect();
        assert_eq!(kept.len(), 1, "only the original is kept");
        jobs.finish("job-1");
        assert!(!jobs.cancel("job-1"), "a finished job cannot be cancelled");
    }

    #[test]
    fn references_not_of_our_form_are_refused_without_touching_the_disk() {
        let dir = tempfile::tempdir().expect("temp dir");
        for reference in [
            "4::aW1hZ2U=",
            "wabi-media:../../etc/passwd",
            "wabi-media:abc.png",
            &format!("wabi-media:{}.p/ng", "a".repeat(64)),
        ] {
            let error = kept_of(dir.path(), reference).expect_err(reference);
            assert_eq!(error.code, ErrorCode::InvalidInput, "{reference}");
        }
        let missing = format!("wabi-media:{}.png", "a".repeat(64));
        assert_eq!(
            kept_of(dir.path(), &missing).expect_err("missing").code,
            ErrorCode::NotFound
        );
    }

    #[test]
    fn crop_preview_is_of_the_chosen_ratio_and_cached() {
        let dir = tempfile::tempdir().expect("temp dir");
        let verdict = import(
            dir.path(),
            "red.png",
            KeepSource::Bytes(&small_png()),
            MediaUse::HeaderImage,
        )
        .expect("import");
        let square = crop_preview(dir.path(), &verdict.reference, CropRatio::Square, 0.5, 0.5)
            .expect("crop");
        assert_eq!((square.rect.width, square.rect.height), (300, 300));
        assert!(Path::new(&square.thumbnail_path).starts_with(thumbnail_dir(dir.path())));
        let wide = crop_preview(dir.path(), &verdict.reference, CropRatio::Header, 0.5, 0.0)
            .expect("crop");
        assert_eq!((wide.rect.width, wide.rect.height), (400, 209));
        assert_eq!(wide.rect.y, 0);
    }

    #[test]
    fn unrecognised_bytes_are_a_media_error_naming_the_formats() {
        let dir = tempfile::tempdir().expect("temp dir");
        let error = import(
            dir.path(),
            "notes.txt",
            KeepSource::Bytes(b"just some words, not a picture"),
            MediaUse::HeaderImage,
        )
        .expect_err("refused");
        assert_eq!(error.code, ErrorCode::Media);
        assert!(
            error.message.starts_with("The file's type"),
            "{}",
            error.message
        );
    }

    #[test]
    fn the_asset_protocol_serves_the_thumbnail_cache_only_and_the_csp_allows_just_it() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).expect("tauri.conf.json");
        let security = &config["app"]["security"];
        assert_eq!(security["assetProtocol"]["enable"], true);
        assert_eq!(
            security["assetProtocol"]["scope"]["allow"],
            serde_json::json!(["$APPDATA/cache/thumbnails/*"]),
            "the default data folder's thumbnail cache, its files only"
        );
        // The default data folder is the platform's app data folder; the cache is inside it.
        assert!(thumbnail_dir(Path::new("/APPDATA")).ends_with("cache/thumbnails"));
        for csp in ["csp", "devCsp"] {
            assert_eq!(
                security[csp]["img-src"], "'self' data: blob: asset: http://asset.localhost",
                "{csp}"
            );
        }
    }

    #[test]
    fn percent_decoding_restores_names_and_leaves_bad_escapes() {
        assert_eq!(percent_decode("caf%C3%A9%20menu.png"), "café menu.png");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz.png"), "%zz.png");
    }
}
