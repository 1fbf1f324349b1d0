//! `wabi validate`: check template files against WhatsApp's rules.

use crate::exit::Outcome;
use std::path::PathBuf;

/// Arguments of `wabi validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Template files (Meta's template JSON).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Runs `wabi validate`.
pub fn run(args: Args) -> Outcome {
    let _ = args;
    Outcome::Success
}
