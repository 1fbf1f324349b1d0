//! Logging: a daily rolling file in the app's log directory, and stderr in development.
//!
//! Secrets never reach a log: every line passes through [`redact`] before it is written, whatever
//! code emitted it. The access token is also wrapped so it does not format in the first place;
//! this is the second line of defence, in place from day one.

use std::io::{self, Write};
use std::path::Path;
use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

/// The log file name prefix inside the log directory (one file a day).
pub const LOG_FILE_PREFIX: &str = "wabi-studio.log";

/// What replaces a secret in a log line.
const REDACTED: &str = "[redacted]";

/// Starts logging into `log_dir`. Keep the guard alive for the life of the app: dropping it
/// flushes and stops the file writer.
pub fn init(log_dir: &Path) -> io::Result<WorkerGuard> {
    std::fs::create_dir_all(log_dir)?;
    let appender = tracing_appender::rolling::daily(log_dir, LOG_FILE_PREFIX);
    let (file_writer, guard) = tracing_appender::non_blocking(appender);
    let filter = || EnvFilter::try_from_env("WABI_LOG").unwrap_or_else(|_| EnvFilter::new("info"));

    let file_layer = tracing_subscriber::fmt::layer()
        .with_ansi(false)
        .with_writer(Redacting(file_writer))
        .with_filter(filter());
    let stderr_layer = cfg!(debug_assertions).then(|| {
        tracing_subscriber::fmt::layer()
            .with_writer(Redacting(io::stderr))
            .with_filter(filter())
    });
    // A second init (tests) is harmless: the first subscriber stays.
    let _ = tracing_subscriber::registry()
        .with(file_layer)
        .with(stderr_layer)
        .try_init();
    Ok(guard)
}

/// A writer factory that redacts secrets from everything written through it.
#[derive(Debug, Clone)]
pub struct Redacting<M>(pub M);

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for Redacting<M> {
    type Writer = RedactingWriter<M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        RedactingWriter(self.0.make_writer())
    }
}

/// A writer that redacts secrets in each buffer before passing it on. tracing's formatter writes
/// one whole event per call, so a secret is never split across two writes.
#[derive(Debug)]
pub struct RedactingWriter<W>(W);

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(redact(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Removes secrets from a line: bearer tokens, `access_token` values, and anything shaped like a
/// Meta access token (`EAA` followed by 20 or more letters and digits).
pub fn redact(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some((start, marker_len)) = next_secret(rest) {
        out.push_str(&rest[..start]);
        // Keep the marker ("Bearer ", "access_token=") so the line still reads; drop the value.
        let (marker, value) = rest[start..].split_at(marker_len);
        out.push_str(marker);
        out.push_str(REDACTED);
        let value_len = value
            .find(|c: char| !is_token_char(c))
            .unwrap_or(value.len());
        rest = &value[value_len..];
    }
    out.push_str(rest);
    out
}

/// Finds the next secret in `text`: returns where its marker starts and the marker's length (the
/// value follows the marker). A bare Meta token has an empty marker.
fn next_secret(text: &str) -> Option<(usize, usize)> {
    const MARKERS: [&str; 4] = ["Bearer ", "bearer ", "access_token=", "access_token\":\""];
    let mut best: Option<(usize, usize)> = None;
    for marker in MARKERS {
        if let Some(at) = text.find(marker) {
            let value = &text[at + marker.len()..];
            if value.starts_with(is_token_char) && best.is_none_or(|(b, _)| at < b) {
                best = Some((at, marker.len()));
            }
        }
    }
    let mut search_from = 0;
    while let Some(found) = text[search_from..].find("EAA") {
        let at = search_from + found;
        let boundary = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_token_char(c));
        let run = text[at..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(text.len() - at);
        if boundary && run >= 23 {
            if best.is_none_or(|(b, _)| at < b) {
                best = Some((at, 0));
            }
            break;
        }
        search_from = at + 3;
    }
    best
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '+' | '/' | '=')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens_are_redacted() {
        assert_eq!(
            redact("sending with Authorization: Bearer EAAGm0PX4ZCpsBAabc123 to graph"),
            "sending with Authorization: Bearer [redacted] to graph"
        );
    }

    #[test]
    fn bare_meta_tokens_are_redacted() {
        let token = "EAAB".to_string() + &"x1".repeat(40);
        assert_eq!(
            redact(&format!("token {token} end")),
            "token [redacted] end"
        );
    }

    #[test]
    fn access_token_query_values_are_redacted() {
        assert_eq!(
            redact("GET /v23.0/me?access_token=abc.DEF-123&fields=id"),
            "GET /v23.0/me?access_token=[redacted]&fields=id"
        );
        assert_eq!(
            redact(r#"{"access_token":"s3cret"}"#),
            r#"{"access_token":"[redacted]"}"#
        );
    }

    #[test]
    fn ordinary_lines_pass_unchanged() {
        let line = "saved draft 42 (EAA is a prefix, not a token) in 3 ms; ünïcode ok";
        assert_eq!(redact(line), line);
    }

    #[test]
    fn several_secrets_in_one_line_are_all_redacted() {
        let token = "EAA".to_string() + &"Z".repeat(30);
        let line = format!("a Bearer one b {token} c access_token=two");
        assert_eq!(
            redact(&line),
            "a Bearer [redacted] b [redacted] c access_token=[redacted]"
        );
    }

    #[test]
    fn redacting_writer_scrubs_what_it_writes() {
        let mut sink = Vec::new();
        {
            let mut writer = RedactingWriter(&mut sink);
            writer.write_all(b"header Bearer abcdef\n").expect("write");
        }
        assert_eq!(
            String::from_utf8(sink).expect("utf8"),
            "header Bearer [redacted]\n"
        );
    }
}
