//! `wabi payload`: prints the exact JSON body of `POST /{PHONE_NUMBER_ID}/messages` for a
//! template send, and refuses (exit 1) when the values break a send-time rule.

use crate::exit::Outcome;
use crate::preview::{bad_input, read_template, read_values};
use std::path::PathBuf;
use wabi_template::payload::build;
use wabi_template::Severity;

/// Arguments of `wabi payload`.
///
/// VALUES.json is an object with optional keys `header`, `body`, `buttons` (by button index) and
/// `cards` (by card index, each with the same keys), each mapping a variable's number or name to
/// its value, e.g. `{"body": {"1": "Ada"}, "buttons": {"0": "order-42"}}`. A media header takes
/// `{"id": "…"}` or `{"link": "…"}`; a location header `{"latitude", "longitude", "name",
/// "address"}`; a limited-time offer's expiry is `{"limited_time_offer": {"expiration_time_ms":
/// …}}`; an authentication code is `body.1`. Values not given fall back to the template's
/// examples.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Template file (Meta's template JSON, or Meta's `{"data": [...]}` list).
    pub file: PathBuf,
    /// Recipient phone number in international format, e.g. +16505551234.
    #[arg(long, value_name = "+E164")]
    pub to: String,
    /// Values to fill in.
    #[arg(long, value_name = "VALUES.json")]
    pub values: Option<PathBuf>,
    /// Template name to pick when the file is a list of templates.
    #[arg(long)]
    pub name: Option<String>,
}

/// Runs `wabi payload`.
pub fn run(args: Args) -> Outcome {
    let template = match read_template(&args.file, args.name.as_deref()) {
        Ok(template) => template,
        Err(message) => return bad_input(&message),
    };
    let values = match read_values(args.values.as_deref(), &template) {
        Ok(values) => values,
        Err(message) => return bad_input(&message),
    };
    let payload = build(&template, &values, &args.to);
    match serde_json::to_string_pretty(&payload.message) {
        Ok(json) => println!("{json}"),
        Err(error) => return bad_input(&format!("could not write the payload: {error}")),
    }
    for problem in &payload.problems {
        eprintln!("wabi: {}: {problem}", args.file.display());
    }
    if payload
        .problems
        .iter()
        .any(|problem| problem.severity == Severity::Error)
    {
        Outcome::Problems
    } else {
        Outcome::Success
    }
}
