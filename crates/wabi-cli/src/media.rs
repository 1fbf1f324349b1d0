//! `wabi media`: check a media file against WhatsApp's rules for its use, or fix an image.
//!
//! `wabi media check FILE [--as USE] [--format text|json]` prints
//! `{"file","ok","kind","width","height","bytes","problems":[{"rule","message"}],"fixable",...}`
//! (extra keys: `use`, `notes`, `durationSeconds`, `pages`). Exit 0 when ok, 1 when there are
//! problems, 2 when the file cannot be read or its type is not recognised.
//!
//! `wabi media fix FILE -o OUT [--as USE] [--format text|json]` writes a valid JPEG or PNG
//! (chosen by OUT's extension) and lists what it did; when the file cannot be fixed it says why
//! (exit 1, `fixable: false`). Unreadable or unrecognised input, or an unwritable OUT: exit 2.

use crate::exit::Outcome;
use serde_json::{json, Map, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use wabi_media::{CheckReport, MediaError, MediaUse, Work};

/// Arguments of `wabi media`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: MediaCommand,
}

#[derive(Debug, clap::Subcommand)]
enum MediaCommand {
    /// Check a file against what its use allows (identified by its bytes, never its name).
    Check {
        /// The media file.
        file: PathBuf,
        /// The use to check for (default: from the file's kind).
        #[arg(long = "as", value_enum)]
        media_use: Option<UseArg>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Turn a problematic image into a valid JPEG or PNG (format from OUT's extension).
    Fix {
        /// The image to fix.
        file: PathBuf,
        /// Where to write the result: a `.jpg`, `.jpeg` or `.png` path.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
        /// The use the result must be valid for.
        #[arg(long = "as", value_enum, default_value_t = UseArg::HeaderImage)]
        media_use: UseArg,
        /// Output format of the report.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// The uses `--as` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum UseArg {
    HeaderImage,
    HeaderVideo,
    HeaderDocument,
    Card,
    Sticker,
}

impl From<UseArg> for MediaUse {
    fn from(u: UseArg) -> Self {
        match u {
            UseArg::HeaderImage => MediaUse::HeaderImage,
            UseArg::HeaderVideo => MediaUse::HeaderVideo,
            UseArg::HeaderDocument => MediaUse::HeaderDocument,
            UseArg::Card => MediaUse::Card,
            UseArg::Sticker => MediaUse::Sticker,
        }
    }
}

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Lines for people.
    Text,
    /// One JSON object, for tools.
    Json,
}

/// Runs `wabi media`.
pub fn run(args: Args) -> Outcome {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let (mut out, mut err) = (stdout.lock(), stderr.lock());
    match args.command {
        MediaCommand::Check {
            file,
            media_use,
            format,
        } => check(
            &file,
            media_use.map(MediaUse::from),
            format,
            &mut out,
            &mut err,
        ),
        MediaCommand::Fix {
            file,
            output,
            media_use,
            format,
        } => fix(&file, &output, media_use.into(), format, &mut out, &mut err),
    }
}

fn check(
    file: &Path,
    media_use: Option<MediaUse>,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Outcome {
    match wabi_media::check_file(file, media_use) {
        Ok(report) => {
            let outcome = if report.ok {
                Outcome::Success
            } else {
                Outcome::Problems
            };
            let _ = match format {
                Format::Json => writeln!(out, "{}", pretty(&check_json(file, &report))),
                Format::Text => write_check_text(file, &report, out),
            };
            outcome
        }
        Err(e) => bad_input(file, &e, format, out, err),
    }
}

fn fix(
    file: &Path,
    output: &Path,
    media_use: MediaUse,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Outcome {
    let cancel = AtomicBool::new(false);
    let mut ignore = |_p: wabi_media::Progress| {};
    let mut work = Work::new(&cancel, &mut ignore);
    match wabi_media::fix_file(file, output, media_use, &mut work) {
        Ok(report) => {
            let _ = match format {
                Format::Json => {
                    let mut v = Map::new();
                    v.insert("file".into(), json!(file.display().to_string()));
                    v.insert("output".into(), json!(output.display().to_string()));
                    v.insert("ok".into(), json!(true));
                    if let Value::Object(fields) = json!(report) {
                        v.extend(fields);
                    }
                    writeln!(out, "{}", pretty(&Value::Object(v)))
                }
                Format::Text => {
                    let mut text = format!(
                        "{}: fixed -> {} ({}, {}×{}, {} bytes)\n",
                        file.display(),
                        output.display(),
                        report.kind,
                        report.width,
                        report.height,
                        report.bytes
                    );
                    for action in &report.actions {
                        text.push_str(&format!("  - {action}\n"));
                    }
                    write!(out, "{text}")
                }
            };
            Outcome::Success
        }
        Err(MediaError::NotFixable(reason)) => {
            let report = wabi_media::check_file(file, Some(media_use)).ok();
            let _ = match format {
                Format::Json => {
                    let mut v = match &report {
                        Some(r) => check_json(file, r),
                        None => json!({"file": file.display().to_string(), "ok": false}),
                    };
                    if let Value::Object(map) = &mut v {
                        map.insert("fixable".into(), json!(false));
                        map.insert(
                            "error".into(),
                            json!(format!("cannot fix this file: {reason}")),
                        );
                    }
                    writeln!(out, "{}", pretty(&v))
                }
                Format::Text => writeln!(out, "{}: cannot fix this file: {reason}", file.display()),
            };
            Outcome::Problems
        }
        Err(e) => bad_input(file, &e, format, out, err),
    }
}

/// Reports an unreadable or unrecognised input (exit 2): the reason on stderr, and in JSON mode
/// also an object on stdout so tools always get JSON.
fn bad_input(
    file: &Path,
    e: &MediaError,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Outcome {
    let _ = writeln!(err, "wabi media: {}: {e}", file.display());
    if format == Format::Json {
        let v = json!({"file": file.display().to_string(), "ok": false, "error": e.to_string()});
        let _ = writeln!(out, "{}", pretty(&v));
    }
    Outcome::BadInput
}

/// The fixed JSON shape: `file` first, then the report's fields.
fn check_json(file: &Path, report: &CheckReport) -> Value {
    let mut v = Map::new();
    v.insert("file".into(), json!(file.display().to_string()));
    if let Value::Object(fields) = json!(report) {
        v.extend(fields);
    }
    Value::Object(v)
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

fn write_check_text(file: &Path, r: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    let size = match (r.width, r.height) {
        (Some(w), Some(h)) => format!(", {w}×{h}"),
        _ => String::new(),
    };
    let duration = r
        .duration_seconds
        .map(|d| format!(", {d:.1} s"))
        .unwrap_or_default();
    let pages = r.pages.map(|p| format!(", {p} pages")).unwrap_or_default();
    let verdict = if r.ok {
        "ok".to_owned()
    } else if r.fixable {
        format!(
            "{} problem(s), fixable with `wabi media fix`",
            r.problems.len()
        )
    } else {
        format!("{} problem(s)", r.problems.len())
    };
    writeln!(
        out,
        "{}: {} as {}{size}{duration}{pages}, {} bytes: {verdict}",
        file.display(),
        r.kind,
        r.media_use.as_str(),
        r.bytes
    )?;
    for p in &r.problems {
        writeln!(out, "  problem [{}] {}", p.rule, p.message)?;
    }
    for n in &r.notes {
        writeln!(out, "  note [{}] {}", n.rule, n.message)?;
    }
    Ok(())
}
