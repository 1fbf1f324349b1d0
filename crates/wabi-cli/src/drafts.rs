//! `wabi drafts`: the drafts library from the command line (list, show, import, export, rm,
//! restore, history), on the same database file as the app.
//!
//! The library is in `--data-dir DIR`, else `WABI_DATA_DIR`, else the app's data folder
//! (`wabi_store::default_data_dir`). Exit codes: 0 done; 2 bad input (an unknown id, an import
//! file that is unreadable or not a template, a library that cannot be opened). Import stores
//! the good files even when another file is refused, and then exits 2.

use crate::exit::Outcome;
use clap::Subcommand;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use wabi_store::{
    default_data_dir, format_rfc3339, Category, DraftId, DraftStatus, DraftSummary, ListQuery,
    SortBy, Store,
};

/// Arguments of `wabi drafts`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: DraftsCommand,
}

/// The `wabi drafts` subcommands.
#[derive(Debug, Subcommand)]
pub enum DraftsCommand {
    /// List the drafts of the library (all matches, most recently saved first).
    List {
        /// Only drafts whose name or text contains all these words (word prefixes).
        #[arg(long, value_name = "Q")]
        search: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show one draft: its details and its template JSON.
    Show {
        /// The draft's id (see `wabi drafts list`).
        id: DraftId,
    },
    /// Import template files (Meta JSON: one template, an array, or a `{"data":[...]}` list).
    Import {
        /// Files to import.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write a draft's template as Meta JSON to stdout or a file.
    Export {
        /// The draft's id.
        id: DraftId,
        /// Export the whole family (every language of the template) as a JSON array.
        #[arg(long)]
        family: bool,
        /// Write to this file instead of stdout.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Move a draft to the trash (restorable for 30 days).
    Rm {
        /// The draft's id.
        id: DraftId,
    },
    /// Bring a draft back from the trash.
    Restore {
        /// The draft's id.
        id: DraftId,
    },
    /// List a draft's revisions, newest first.
    History {
        /// The draft's id.
        id: DraftId,
    },
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Columns for people.
    Text,
    /// JSON for tools.
    Json,
}

/// A draft in `wabi drafts list --format json`.
#[derive(Debug, Serialize)]
struct ListedDraft<'a> {
    id: DraftId,
    name: &'a str,
    language: &'a str,
    category: Category,
    status: DraftStatus,
    tags: &'a [String],
    errors: u32,
    warnings: u32,
    created: String,
    updated: String,
}

impl<'a> From<&'a DraftSummary> for ListedDraft<'a> {
    fn from(d: &'a DraftSummary) -> Self {
        ListedDraft {
            id: d.id,
            name: &d.name,
            language: &d.language,
            category: d.category,
            status: d.status,
            tags: &d.tags,
            errors: d.errors,
            warnings: d.warnings,
            created: format_rfc3339(d.created_ms),
            updated: format_rfc3339(d.updated_ms),
        }
    }
}

/// A new draft in `wabi drafts import --format json`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ImportedLine {
    file: String,
    id: DraftId,
    name: String,
    language: String,
    clashes_with: Vec<DraftId>,
}

/// Runs `wabi drafts`, with the global `--data-dir` if given.
pub fn run(data_dir: Option<&Path>, args: Args) -> Outcome {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    run_with(data_dir, args, &mut stdout.lock(), &mut stderr.lock())
}

/// [`run`] writing to the given streams.
pub fn run_with(
    data_dir: Option<&Path>,
    args: Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Outcome {
    let Some(dir) = data_dir.map(Path::to_owned).or_else(default_data_dir) else {
        let _ = writeln!(
            err,
            "error: no data folder known: pass --data-dir DIR or set WABI_DATA_DIR"
        );
        return Outcome::BadInput;
    };
    let mut store = match Store::open(&dir) {
        Ok((store, report)) => {
            if let Some(notice) = report.notice() {
                let _ = writeln!(err, "note: {notice}");
            }
            store
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return Outcome::BadInput;
        }
    };
    let result = match args.command {
        DraftsCommand::List { search, format } => list(&store, search, format, out),
        DraftsCommand::Show { id } => show(&store, id, out),
        DraftsCommand::Import { files, format } => {
            return import(&mut store, &files, format, out, err)
        }
        DraftsCommand::Export { id, family, output } => {
            export(&store, id, family, output.as_deref(), out)
        }
        DraftsCommand::Rm { id } => remove(&mut store, id, out),
        DraftsCommand::Restore { id } => restore(&mut store, id, out),
        DraftsCommand::History { id } => history(&store, id, out),
    };
    match result {
        Ok(()) => Outcome::Success,
        Err(message) => {
            let _ = writeln!(err, "error: {message}");
            Outcome::BadInput
        }
    }
}

/// A failure, already worded for the user.
type Done = Result<(), String>;

fn text(e: impl std::fmt::Display) -> String {
    e.to_string()
}

fn shown_name(name: &str) -> &str {
    if name.is_empty() {
        "(no name)"
    } else {
        name
    }
}

fn list(store: &Store, search: Option<String>, format: Format, out: &mut dyn Write) -> Done {
    let query = ListQuery {
        search,
        sort: SortBy::Updated,
        ..Default::default()
    };
    let drafts = store.list(&query).map_err(text)?;
    match format {
        Format::Json => {
            let rows: Vec<ListedDraft<'_>> = drafts.iter().map(ListedDraft::from).collect();
            let json = serde_json::to_string_pretty(&rows).map_err(text)?;
            writeln!(out, "{json}").map_err(text)
        }
        Format::Text => {
            if drafts.is_empty() {
                return writeln!(out, "no drafts").map_err(text);
            }
            let width = drafts
                .iter()
                .map(|d| shown_name(&d.name).chars().count())
                .max()
                .unwrap_or(4)
                .clamp(4, 40);
            writeln!(
                out,
                "{:>6}  {:<width$}  {:<8}  {:<14}  {:<8}  {:>6}  {:>8}  UPDATED",
                "ID", "NAME", "LANGUAGE", "CATEGORY", "STATUS", "ERRORS", "WARNINGS"
            )
            .map_err(text)?;
            for d in &drafts {
                writeln!(
                    out,
                    "{:>6}  {:<width$}  {:<8}  {:<14}  {:<8}  {:>6}  {:>8}  {}",
                    d.id,
                    shown_name(&d.name),
                    d.language,
                    d.category,
                    d.status,
                    d.errors,
                    d.warnings,
                    format_rfc3339(d.updated_ms)
                )
                .map_err(text)?;
            }
            Ok(())
        }
    }
}

fn show(store: &Store, id: DraftId, out: &mut dyn Write) -> Done {
    let draft = store.get(id).map_err(text)?;
    let d = &draft.summary;
    let mut lines = vec![
        format!("id:        {}", d.id),
        format!("name:      {}", shown_name(&d.name)),
        format!("language:  {}", d.language),
        format!("category:  {}", d.category),
        format!("status:    {}", d.status),
        format!("errors:    {}", d.errors),
        format!("warnings:  {}", d.warnings),
        format!("tags:      {}", d.tags.join(", ")),
        format!("created:   {}", format_rfc3339(d.created_ms)),
        format!("updated:   {}", format_rfc3339(d.updated_ms)),
    ];
    if let Some(deleted) = d.deleted_ms {
        lines.push(format!(
            "in trash:  since {} (wabi drafts restore {id})",
            format_rfc3339(deleted)
        ));
    }
    let json = serde_json::to_string_pretty(&draft.document).map_err(text)?;
    writeln!(out, "{}\n\n{json}", lines.join("\n")).map_err(text)
}

fn import(
    store: &mut Store,
    files: &[PathBuf],
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Outcome {
    let mut outcome = Outcome::Success;
    let mut lines = Vec::new();
    for file in files {
        match store.import_file(file) {
            Ok(imported) => {
                for draft in imported {
                    lines.push(ImportedLine {
                        file: file.display().to_string(),
                        id: draft.id,
                        name: draft.name,
                        language: draft.language,
                        clashes_with: draft.clashes_with,
                    });
                }
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                outcome = Outcome::BadInput;
            }
        }
    }
    let written = match format {
        Format::Json => serde_json::to_string_pretty(&lines)
            .map_err(text)
            .and_then(|json| writeln!(out, "{json}").map_err(text)),
        Format::Text => lines.iter().try_for_each(|line| {
            let clash = if line.clashes_with.is_empty() {
                String::new()
            } else {
                let ids: Vec<String> = line.clashes_with.iter().map(|i| i.to_string()).collect();
                format!(
                    "  (same name and language as draft {}; both kept)",
                    ids.join(", ")
                )
            };
            writeln!(
                out,
                "{}\t{}\t{}{clash}",
                line.id,
                shown_name(&line.name),
                line.language
            )
            .map_err(text)
        }),
    };
    if let Err(message) = written {
        let _ = writeln!(err, "error: {message}");
        outcome = Outcome::BadInput;
    }
    outcome
}

fn export(
    store: &Store,
    id: DraftId,
    family: bool,
    output: Option<&Path>,
    out: &mut dyn Write,
) -> Done {
    let document = if family {
        store.export_family(id)
    } else {
        store.export_draft(id)
    }
    .map_err(text)?;
    let json = serde_json::to_string_pretty(&document).map_err(text)? + "\n";
    match output {
        None => out.write_all(json.as_bytes()).map_err(text),
        Some(file) => {
            std::fs::write(file, json).map_err(|e| format!("cannot write {}: {e}", file.display()))
        }
    }
}

fn remove(store: &mut Store, id: DraftId, out: &mut dyn Write) -> Done {
    let draft = store.get(id).map_err(text)?.summary;
    store.delete(id).map_err(text)?;
    writeln!(
        out,
        "moved draft {id} ({} {}) to the trash; `wabi drafts restore {id}` brings it back \
         within 30 days",
        shown_name(&draft.name),
        draft.language
    )
    .map_err(text)
}

fn restore(store: &mut Store, id: DraftId, out: &mut dyn Write) -> Done {
    store.restore(id).map_err(text)?;
    let draft = store.get(id).map_err(text)?.summary;
    writeln!(
        out,
        "restored draft {id} ({} {})",
        shown_name(&draft.name),
        draft.language
    )
    .map_err(text)
}

fn history(store: &Store, id: DraftId, out: &mut dyn Write) -> Done {
    let revisions = store.revisions(id).map_err(text)?;
    writeln!(
        out,
        "{:>8}  {:<8}  {:<20}  {:>6}  {:>8}  NOTE",
        "REVISION", "KIND", "SAVED", "ERRORS", "WARNINGS"
    )
    .map_err(text)?;
    for r in revisions {
        let kind = match r.kind {
            wabi_store::SaveKind::Explicit => "saved",
            wabi_store::SaveKind::Autosave => "autosave",
        };
        writeln!(
            out,
            "{:>8}  {:<8}  {:<20}  {:>6}  {:>8}  {}",
            r.id,
            kind,
            format_rfc3339(r.saved_ms),
            r.errors,
            r.warnings,
            r.note.unwrap_or_default()
        )
        .map_err(text)?;
    }
    Ok(())
}
