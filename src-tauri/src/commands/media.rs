//! Commands of header media: take a file the user dropped (bytes) or chose (a path), check it
//! against WhatsApp's limits, keep a content-addressed copy in the data directory, make the
//! preview's thumbnail in the cache folder, fix it (cancellable, with progress), and preview
//! crops at the ratios the clients show.
//!
//! Why here: this is the glue between `wabi-media` (which knows files, not windows) and the UI.
//! All file work runs on the blocking pool. A draft refers to a kept file by a *reference*,
//! `wabi-media:<sha256>.<ext>`, stored as the header's sample handle: the file behind it never
//! moves or changes, so the draft never breaks when the user's original moves.

use super::on_blocking_pool;
use crate::error::{AppError, ErrorCode};
use crate::state::AppState;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tauri::ipc::{Channel, InvokeBody, Request};
use tauri::State;
use ts_rs::TS;
use wabi_media::crop::crop_at;
use wabi_media::keep::{media_dir, thumbnail_dir, write_atomically};
use wabi_media::{
    cached_thumbnail, check_file, fix_bytes, keep, CheckReport, CropRatio, CropRect, FixOptions,
    FixReport, KeepSource, KeptMedia, MediaError, MediaUse, OutputFormat, Progress, UprightImage,
    Work,
};

/// The prefix of a kept file's reference.
pub const REFERENCE_PREFIX: &str = "wabi-media:";

/// Longest side of the preview thumbnail, in pixels (the phone shows the header about 300 CSS
/// pixels wide; this stays sharp at 2× scale).
pub const THUMBNAIL_SIDE: u32 = 640;

/// Largest file accepted at all: the largest WhatsApp allows (a 100 MB document) plus a margin,
/// so that a slightly oversize file still gets a verdict saying by how much.
pub const MAX_IMPORT_BYTES: u64 = 110 * wabi_media::limits::MEGABYTE;

/// Header carrying the dropped file's name (percent-encoded, as `encodeURIComponent` writes it).
pub const NAME_HEADER: &str = "x-wabi-media-name";
/// Header carrying the use the dropped file is for (`header-image`, `card`, ...).
pub const USE_HEADER: &str = "x-wabi-media-use";

impl From<MediaError> for AppError {
    fn from(error: MediaError) -> Self {
        let code = match &error {
            MediaError::Read { .. } | MediaError::Write { .. } => ErrorCode::File,
            MediaError::Cancelled => ErrorCode::Cancelled,
            MediaError::Empty
            | MediaError::Unrecognised
            | MediaError::Decode(_)
            | MediaError::NotFixable(_)
            | MediaError::Encode(_) => ErrorCode::Media,
        };
        let text = error.to_string();
        let mut chars = text.chars();
        let message = match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => text,
        };
        AppError::new(code, message)
    }
}

/// What the UI shows about a kept file: the check's verdict, the reference a draft stores, and
/// the thumbnail to draw.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediaVerdict {
    /// What the draft stores as the header's sample handle: `wabi-media:<sha256>.<ext>`.
    pub reference: String,
    /// SHA-256 of the kept content.
    pub sha256: String,
    /// The file's name as the user had it (or the name the fix gave it).
    pub name: String,
    /// The check of the kept file for its use.
    pub check: CheckReport,
    /// The cached thumbnail (images only), for `convertFileSrc`.
    pub thumbnail_path: Option<String>,
    /// What the fix did, when this file is the result of one.
    pub fixed: Option<FixReport>,
}

/// A crop the user is trying, as the preview shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CropPreview {
    /// The rectangle of the upright image, to pass back to `media_fix`.
    pub rect: CropRect,
    /// The cached preview of that rectangle, for `convertFileSrc`.
    pub thumbnail_path: String,
}

/// Cancel flags of the fixes under way, by the job id the UI chose.
#[derive(Debug, Default)]
pub struct MediaJobs {
    flags: Mutex<HashMap<String, Arc<AtomicBool>>>,
}

impl MediaJobs {
    /// Registers `job` and returns its cancel flag.
    pub fn start(&self, job: &str) -> Arc<AtomicBool> {
        let flag = Arc::new(AtomicBool::new(false));
        self.lock().insert(job.to_owned(), Arc::clone(&flag));
        flag
    }

    /// Asks `job` to stop; false when no such job is running.
    pub fn cancel(&self, job: &str) -> bool {
        match self.lock().get(job) {
            Some(flag) => {
                flag.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    /// Forgets `job` (it ended).
    pub fn finish(&self, job: &str) {
        self.lock().remove(job);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<AtomicBool>>> {
        // A poisoned map only holds flags; it is still usable.
        self.flags.lock().unwrap_or_else(|p| p.into_inner())
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

/// The reference a draft stores for a kept file.
pub fn reference_of(kept: &KeptMedia) -> String {
    let ext = kept
        .path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("bin");
    format!("{REFERENCE_PREFIX}{}.{ext}", kept.sha256)
}

/// The kept file a reference names, checked to be of our form and present on disk.
pub fn kept_of(data_dir: &Path, reference: &str) -> Result<KeptMedia, AppError> {
    let bad = || {
        AppError::new(
            ErrorCode::InvalidInput,
            format!("The sample media `{reference}` is not a file kept by Wabi Studio. Choose the file again."),
        )
    };
    let rest = reference.strip_prefix(REFERENCE_PREFIX).ok_or_else(bad)?;
    let (sha256, ext) = rest.split_once('.').ok_or_else(bad)?;
    let hex = sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    let ext_ok = (1..=5).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphanumeric());
    if !hex || !ext_ok {
        return Err(bad());
    }
    let path = media_dir(data_dir).join(format!("{sha256}.{ext}"));
    if !path.is_file() {
        return Err(AppError::new(
            ErrorCode::NotFound,
            format!(
                "The sample media file {} is missing from the data folder. Choose the file again.",
                path.display()
            ),
        ));
    }
    let mime = wabi_media::sniff(&read_head(&path)?)
        .map(|k| k.mime().to_owned())
        .unwrap_or_default();
    Ok(KeptMedia {
        sha256: sha256.to_owned(),
        path,
        mime,
    })
}

fn read_head(path: &Path) -> Result<Vec<u8>, AppError> {
    use std::io::Read;
    let mut head = Vec::with_capacity(wabi_media::limits::SNIFF_BYTES);
    std::fs::File::open(path)
        .and_then(|f| {
            f.take(wabi_media::limits::SNIFF_BYTES as u64)
                .read_to_end(&mut head)
        })
        .map_err(|e| unreadable_kept_file(path, &e))?;
    Ok(head)
}

/// The whole of a kept file.
fn read_kept(path: &Path) -> Result<Vec<u8>, AppError> {
    std::fs::read(path).map_err(|e| unreadable_kept_file(path, &e))
}

/// A kept file the data folder holds but cannot give back.
fn unreadable_kept_file(path: &Path, error: &std::io::Error) -> AppError {
    AppError::new(
        ErrorCode::File,
        format!(
            "Cannot read the kept sample file {}: {error}. Check that the data folder is readable, or choose the file again.",
            path.display()
        ),
    )
}

/// The refusal for a file over [`MAX_IMPORT_BYTES`].
fn too_large(name: &str, bytes: u64) -> AppError {
    AppError::new(
        ErrorCode::Media,
        format!(
            "{name} is {}: larger than anything WhatsApp accepts (documents up to 100 MB, videos 16 MB, images 5 MB). Choose a smaller file.",
            wabi_media::check::format_size(bytes)
        ),
    )
}

/// Keeps `source`, checks the kept copy for `media_use` and makes its thumbnail.
pub fn import(
    data_dir: &Path,
    name: &str,
    source: KeepSource<'_>,
    media_use: MediaUse,
) -> Result<MediaVerdict, AppError> {
    let kept = keep(data_dir, source)?;
    remember_name(&kept, name);
    verdict_of(data_dir, &kept, name, Some(media_use), None)
}

/// Where the name the user gave a kept file is remembered: beside it, `<sha256>.<ext>.name`
/// (the content-addressed file itself has no name; a document's name shows in the preview).
fn name_path(kept: &KeptMedia) -> PathBuf {
    let mut path = kept.path.clone().into_os_string();
    path.push(".name");
    PathBuf::from(path)
}

/// Remembers `name` for a kept file; failing to is only logged (the name is a nicety).
fn remember_name(kept: &KeptMedia, name: &str) {
    let path = name_path(kept);
    if std::fs::read_to_string(&path).is_ok_and(|known| known == name) {
        return;
    }
    if let Err(error) = write_atomically(&path, name.as_bytes()) {
        tracing::warn!(%error, "cannot remember the media file's name");
    }
}

/// The name remembered for a kept file, else its short hash with its extension.
fn name_of(kept: &KeptMedia) -> String {
    match std::fs::read_to_string(name_path(kept)) {
        Ok(name) if !name.trim().is_empty() => name.trim().chars().take(255).collect(),
        _ => format!("{}.{}", short(&kept.sha256), extension_of(&kept.path)),
    }
}

/// The name of the fixed copy of a file called `original`: `photo.png` gives `photo-fixed.jpg`.
fn fixed_name(original: &str) -> String {
    let stem = Path::new(original)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "media".to_owned());
    let stem = stem.strip_suffix("-fixed").unwrap_or(&stem);
    format!("{stem}-fixed.jpg")
}

/// The verdict on a kept file: its check for `media_use` (or the use its kind suggests) and its
/// thumbnail.
pub fn verdict_of(
    data_dir: &Path,
    kept: &KeptMedia,
    name: &str,
    media_use: Option<MediaUse>,
    fixed: Option<FixReport>,
) -> Result<MediaVerdict, AppError> {
    let check = check_file(&kept.path, media_use)?;
    // A thumbnail that cannot be made (an image too damaged to decode) leaves the verdict as it
    // is: the check already says what is wrong.
    let thumbnail = match cached_thumbnail(data_dir, kept, THUMBNAIL_SIDE) {
        Ok(path) => path,
        Err(error) => {
            tracing::warn!(%error, "no thumbnail for kept media");
            None
        }
    };
    Ok(MediaVerdict {
        reference: reference_of(kept),
        sha256: kept.sha256.clone(),
        name: name.to_owned(),
        check,
        thumbnail_path: thumbnail.map(|p| p.display().to_string()),
        fixed,
    })
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
    let original = kept_of(data_dir, reference)?;
    let bytes = read_kept(&original.path)?;
    let options = FixOptions {
        media_use,
        output: OutputFormat::Jpeg,
        crop,
    };
    let fixed = fix_bytes(&bytes, &options, work)?;
    drop(bytes);
    let kept = keep(data_dir, KeepSource::Bytes(&fixed.bytes))?;
    let name = fixed_name(&name_of(&original));
    remember_name(&kept, &name);
    verdict_of(data_dir, &kept, &name, Some(media_use), Some(fixed.report))
}

/// A preview of the kept image `reference` cropped to `ratio`, centred at (`cx`, `cy`)
/// (fractions of the width and height), cached in the thumbnail folder.
pub fn crop_preview(
    data_dir: &Path,
    reference: &str,
    ratio: CropRatio,
    cx: f64,
    cy: f64,
) -> Result<CropPreview, AppError> {
    let kept = kept_of(data_dir, reference)?;
    let bytes = read_kept(&kept.path)?;
    let image = UprightImage::decode(&bytes)?;
    drop(bytes);
    let (w, h) = image.dimensions();
    let rect = crop_at(w, h, ratio, cx, cy);
    let path = thumbnail_dir(data_dir).join(format!(
        "{}-crop-{}-{}-{}-{}.jpg",
        kept.sha256, rect.x, rect.y, rect.width, rect.height
    ));
    if !path.is_file() {
        let preview = image.preview(THUMBNAIL_SIDE, Some(rect))?;
        write_atomically(&path, &preview)?;
    }
    Ok(CropPreview {
        rect,
        thumbnail_path: path.display().to_string(),
    })
}

fn short(sha256: &str) -> &str {
    sha256.get(..12).unwrap_or(sha256)
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
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(too_large(&name, bytes.len() as u64));
    }
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
        if size > MAX_IMPORT_BYTES {
            return Err(too_large(&name, size));
        }
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
    on_blocking_pool(move || {
        let kept = kept_of(&data_dir, &reference)?;
        let name = name_of(&kept);
        verdict_of(&data_dir, &kept, &name, media_use, None)
    })
    .await
}

fn extension_of(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default()
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
