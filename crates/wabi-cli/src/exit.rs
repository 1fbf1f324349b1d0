//! The exit codes every subcommand shares.

use std::process::ExitCode;

/// How a subcommand ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked and nothing is wrong (warnings allowed).
    Success = 0,
    /// The input was read, and problems were found (or a send was refused or failed).
    Problems = 1,
    /// An input could not be read or understood.
    BadInput = 2,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        ExitCode::from(outcome as u8)
    }
}
