//! `wabi validate`: check template files against WhatsApp's rules.
//!
//! Reads each file, parses it as JSON and runs [`wabi_template::check_in`] on it. Text output
//! lists each problem with file, pointer, rule and message; JSON output is an array with one
//! object per file (`file`, `valid`, `diagnostics`). `--lang it` words the messages in Italian
//! (rules, pointers and the output format stay the same). Exit code: 0 when no file has an error (warnings
//! allowed), 1 when any has, 2 when an input cannot be read or is not JSON (the reason goes to
//! stderr, and the other files are still checked).

use crate::exit::Outcome;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use wabi_template::{Diagnostic, Locale, Severity};

/// Arguments of `wabi validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Language of the problem messages.
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
    /// Template files (Meta's template JSON).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per problem, for people.
    Text,
    /// One JSON array for the whole run, for tools.
    Json,
}

/// Language of the problem messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English.
    En,
    /// Italian.
    It,
}

impl Lang {
    /// The checker's locale for this language.
    pub(crate) fn locale(self) -> Locale {
        match self {
            Lang::En => Locale::En,
            Lang::It => Locale::It,
        }
    }
}

/// The verdict on one file, as the JSON output shows it.
#[derive(Debug, Serialize)]
struct FileReport {
    file: String,
    valid: bool,
    diagnostics: Vec<Diagnostic>,
}

/// Runs `wabi validate`.
pub fn run(args: Args) -> Outcome {
    let mut reports = Vec::new();
    let mut bad_input = false;
    let stderr = std::io::stderr();
    for path in &args.files {
        match load(path) {
            Ok(doc) => {
                let diagnostics = wabi_template::check_in(&doc, args.lang.locale());
                let valid = !diagnostics.iter().any(|d| d.severity == Severity::Error);
                reports.push(FileReport {
                    file: path.display().to_string(),
                    valid,
                    diagnostics,
                });
            }
            Err(message) => {
                bad_input = true;
                // Nothing sensible to do if stderr itself is gone.
                let _ = writeln!(stderr.lock(), "wabi validate: {message}");
            }
        }
    }
    let rendered = match args.format {
        Format::Json => render_json(&reports),
        Format::Text => render_text(&reports),
    };
    // A closed stdout (e.g. `| head`) must not panic; the exit code still tells the verdict.
    let _ = std::io::stdout().lock().write_all(rendered.as_bytes());
    if bad_input {
        Outcome::BadInput
    } else if reports.iter().any(|r| !r.valid) {
        Outcome::Problems
    } else {
        Outcome::Success
    }
}

/// Reads and parses one file; the error message names the file and what to do.
fn load(path: &Path) -> Result<serde_json::Value, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "cannot read {}: {e}. Check the path and permissions.",
            path.display()
        )
    })?;
    // Editors on Windows often start UTF-8 files with a byte-order mark; JSON has no use for it.
    let json = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice(json).map_err(|e| {
        format!(
            "{} is not valid JSON: {e}. A template file holds one JSON object (Meta's template \
             JSON).",
            path.display()
        )
    })
}

fn render_json(reports: &[FileReport]) -> String {
    match serde_json::to_string_pretty(reports) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        // Serialising plain strings and booleans cannot fail; keep the output valid anyway.
        Err(_) => "[]\n".to_string(),
    }
}

fn render_text(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let errors = r
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings = r.diagnostics.len() - errors;
        for d in &r.diagnostics {
            let severity = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let pointer = if d.pointer.is_empty() {
                "(document)"
            } else {
                d.pointer.as_str()
            };
            out.push_str(&format!(
                "{}: {severity}: {pointer} [{}] {}\n",
                r.file, d.rule, d.message
            ));
        }
        let verdict = if r.valid { "valid" } else { "invalid" };
        out.push_str(&format!(
            "{}: {verdict} ({} {}, {} {})\n",
            r.file,
            errors,
            if errors == 1 { "error" } else { "errors" },
            warnings,
            if warnings == 1 { "warning" } else { "warnings" }
        ));
    }
    out
}
