//! `wabi preview`: the preview model of a template, as readable text or as the JSON the app's UI
//! draws. Also home of the input reading shared with `wabi payload` (template file, values file),
//! so both commands report bad input the same way.

use crate::exit::Outcome;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use wabi_template::format::LineBlock;
use wabi_template::model::{Template, TemplateDocument};
use wabi_template::preview::{
    preview, ButtonIcon, Client, Display, MediaPreview, NoteLevel, Preview, PreviewButton,
    PreviewHeader, PreviewLine, PreviewOptions, Theme,
};
use wabi_template::values::Values;

/// Arguments of `wabi preview`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Template file (Meta's template JSON, or Meta's `{"data": [...]}` list).
    pub file: PathBuf,
    /// Values to fill in (see `wabi payload --help` for the shape); missing ones use examples.
    #[arg(long, value_name = "VALUES.json")]
    pub values: Option<PathBuf>,
    /// Which WhatsApp client to imitate.
    #[arg(long, value_enum, default_value_t = ClientArg::Android)]
    pub client: ClientArg,
    /// Light or dark theme.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Template name to pick when the file is a list of templates.
    #[arg(long)]
    pub name: Option<String>,
    /// Message time shown in the bubble (default: the current UTC time, HH:MM).
    #[arg(long, value_name = "HH:MM")]
    pub time: Option<String>,
    /// "Now" for the offer countdown, Unix milliseconds (default: the system clock).
    #[arg(long, value_name = "MS")]
    pub now_ms: Option<i64>,
}

/// `--client`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ClientArg {
    Android,
    Ios,
    Desktop,
}

/// `--theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Runs `wabi preview`.
pub fn run(args: Args) -> Outcome {
    let template = match read_template(&args.file, args.name.as_deref()) {
        Ok(template) => template,
        Err(message) => return bad_input(&message),
    };
    let values = match read_values(args.values.as_deref(), &template) {
        Ok(values) => values,
        Err(message) => return bad_input(&message),
    };
    let now_ms = args.now_ms.unwrap_or_else(system_now_ms);
    let options = PreviewOptions {
        client: match args.client {
            ClientArg::Android => Client::Android,
            ClientArg::Ios => Client::Ios,
            ClientArg::Desktop => Client::Desktop,
        },
        theme: match args.theme {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        },
        timestamp: args.time.unwrap_or_else(|| clock_time(now_ms)),
        now_ms,
    };
    let drawn = preview(&template, &values, &options);
    match args.format {
        Format::Json => match serde_json::to_string_pretty(&drawn) {
            Ok(json) => println!("{json}"),
            Err(error) => return bad_input(&format!("could not write the preview: {error}")),
        },
        Format::Text => print!("{}", render_text(&template, &drawn)),
    }
    Outcome::Success
}

/// Prints `wabi: <message>` on stderr and returns the bad-input outcome.
pub(crate) fn bad_input(message: &str) -> Outcome {
    eprintln!("wabi: {message}");
    Outcome::BadInput
}

fn system_now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// HH:MM (UTC) of a Unix-milliseconds time.
fn clock_time(ms: i64) -> String {
    let minutes_of_day = ms.div_euclid(60_000).rem_euclid(24 * 60);
    format!("{:02}:{:02}", minutes_of_day / 60, minutes_of_day % 60)
}

/// Reads a template file: one template, or Meta's list (pick with `name` when it holds several).
pub(crate) fn read_template(path: &Path, name: Option<&str>) -> Result<Template, String> {
    let shown = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{shown} is not valid JSON: {e}"))?;
    let document = TemplateDocument::from_value(value).map_err(|e| format!("{shown}: {e}"))?;
    let templates = document.templates();
    let chosen = match name {
        Some(name) => templates
            .iter()
            .find(|t| t.name.as_deref() == Some(name))
            .ok_or_else(|| format!("{shown} has no template named \"{name}\""))?,
        None => match templates {
            [one] => one,
            [] => {
                return Err(format!(
                    "{shown} holds no templates (its \"data\" list is empty)"
                ))
            }
            many => {
                return Err(format!(
                    "{shown} holds {} templates; pick one with --name",
                    many.len()
                ))
            }
        },
    };
    Ok(chosen.clone())
}

/// Reads and validates a values file against the template (none given: no values).
pub(crate) fn read_values(path: Option<&Path>, template: &Template) -> Result<Values, String> {
    let Some(path) = path else {
        return Ok(Values::default());
    };
    let shown = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{shown} is not valid JSON: {e}"))?;
    Values::from_value(&value, template).map_err(|problems| {
        problems
            .iter()
            .map(|p| format!("{shown}: {p}"))
            .collect::<Vec<_>>()
            .join("\nwabi: ")
    })
}

fn line_text(line: &PreviewLine) -> String {
    let text: String = line.spans.iter().map(|s| s.text.as_str()).collect();
    match &line.block {
        LineBlock::Plain => text,
        LineBlock::Quote => format!("| {text}"),
        LineBlock::Bullet => format!("• {text}"),
        LineBlock::Numbered { number } => format!("{number}. {text}"),
    }
}

fn header_text(header: &PreviewHeader) -> String {
    match header {
        PreviewHeader::Text { lines } => lines.iter().map(line_text).collect::<Vec<_>>().join(" "),
        PreviewHeader::Media {
            media,
            source,
            filename,
        } => {
            let kind = format!("{media:?}").to_uppercase();
            let from = match source {
                MediaPreview::Id { id } => format!("media id {id}"),
                MediaPreview::Link { url } => url.clone(),
                MediaPreview::Sample { .. } => "template sample".to_string(),
                MediaPreview::Missing => "no file".to_string(),
            };
            match filename {
                Some(name) => format!("[{kind}: {from}, {name}]"),
                None => format!("[{kind}: {from}]"),
            }
        }
        PreviewHeader::Location {
            name,
            address,
            latitude,
            longitude,
        } => {
            let place: Vec<&str> = [name, address, latitude, longitude]
                .into_iter()
                .filter_map(|p| p.as_deref())
                .collect();
            if place.is_empty() {
                "[LOCATION: chosen at send time]".to_string()
            } else {
                format!("[LOCATION: {}]", place.join(", "))
            }
        }
        PreviewHeader::Unsupported { format } => format!("[{format} header]"),
    }
}

fn button_text(button: &PreviewButton) -> String {
    let icon = match button.icon {
        ButtonIcon::Reply => "reply",
        ButtonIcon::Link => "link",
        ButtonIcon::Phone => "call",
        ButtonIcon::Copy => "copy",
        ButtonIcon::Flow => "flow",
        ButtonIcon::Catalog => "catalog",
        ButtonIcon::Products => "products",
        ButtonIcon::VoiceCall => "voice call",
        ButtonIcon::Autofill => "autofill",
        ButtonIcon::Unknown => "?",
    };
    match &button.target {
        Some(target) => format!("[{icon}] {} -> {target}", button.label),
        None => format!("[{icon}] {}", button.label),
    }
}

/// The preview as readable text.
fn render_text(template: &Template, drawn: &Preview) -> String {
    let mut out = String::new();
    let mut push = |line: String| {
        out.push_str(&line);
        out.push('\n');
    };
    let name = template.name.as_deref().unwrap_or("(unnamed template)");
    let client = format!("{:?}", drawn.client).to_lowercase();
    let theme = format!("{:?}", drawn.theme).to_lowercase();
    push(format!("{name} on {client} ({theme})"));
    push("-".repeat(40));
    if let Display::NotShown { text, .. } = &drawn.display {
        push(format!("[not shown on this client] {text}"));
        push("(what a phone shows:)".to_string());
    }
    if let Some(header) = &drawn.header {
        push(header_text(header));
    }
    if let Some(offer) = &drawn.offer {
        let mut banner = format!("[offer] {}", offer.headline);
        if let Some(countdown) = &offer.countdown {
            banner.push_str(&format!(" · {}", countdown.text));
        }
        if let Some(code) = &offer.code {
            banner.push_str(&format!(" · code {code}"));
        }
        push(banner);
    }
    if let Some(body) = &drawn.body {
        match &body.folded {
            Some(folded) => {
                for line in &folded.lines {
                    push(line_text(line));
                }
                push(format!("[{}]", folded.label));
            }
            None => {
                for line in &body.lines {
                    push(line_text(line));
                }
            }
        }
    }
    if let Some(footer) = &drawn.footer {
        push(format!("~ {footer}"));
    }
    push(format!("{:>40}", drawn.timestamp));
    for button in &drawn.buttons.shown {
        push(button_text(button));
    }
    if let Some(see_all) = &drawn.buttons.see_all {
        push(format!(
            "[list] {} ({} buttons:)",
            see_all.label,
            see_all.buttons.len()
        ));
        for button in &see_all.buttons {
            push(format!("    {}", button_text(button)));
        }
    }
    for card in &drawn.cards {
        push(format!("card {}:", card.index + 1));
        if let Some(header) = &card.header {
            push(format!("    {}", header_text(header)));
        }
        for line in card.body.iter().flatten() {
            push(format!("    {}", line_text(line)));
        }
        for button in &card.buttons {
            push(format!("    {}", button_text(button)));
        }
    }
    if !drawn.notes.is_empty() {
        push("notes:".to_string());
        for note in &drawn.notes {
            let level = match note.level {
                NoteLevel::Info => "info",
                NoteLevel::Warning => "warning",
            };
            push(format!("  {level}: {}", note.text));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_time_is_utc_hours_and_minutes() {
        assert_eq!(clock_time(0), "00:00");
        assert_eq!(
            clock_time(1_767_225_600_000 + 10 * 3_600_000 + 42 * 60_000),
            "10:42"
        );
        assert_eq!(clock_time(-60_000), "23:59");
    }
}
