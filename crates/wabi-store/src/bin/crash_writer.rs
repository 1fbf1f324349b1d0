//! Crash-test helper, not part of the app: saves drafts in a tight loop in the library at
//! `DATA_DIR` and prints one acknowledgement line per committed save, which the crash test
//! (`tests/crash.rs`) checks after killing this process with SIGKILL at a random moment.
//!
//! Usage: `wabi-store-crash-writer DATA_DIR RUN`. Each line is
//! `ack <draft id> <revision id> <marker>`; the marker is written into the saved body text.
//! Stops by itself after 20 seconds in case nobody kills it.

use serde_json::json;
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use wabi_store::{NewDraft, SaveKind, Starter, Store};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(run)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: wabi-store-crash-writer DATA_DIR RUN");
        return ExitCode::from(2);
    };
    match write_until_killed(dir, run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crash writer: {e}");
            ExitCode::from(1)
        }
    }
}

fn write_until_killed(dir: &str, run: &str) -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let (mut store, _) = Store::open(std::path::Path::new(dir))?;
    let mut out = std::io::stdout().lock();
    let mut current = None;
    let mut n: u64 = 0;
    while started.elapsed() < Duration::from_secs(20) {
        let marker = format!("run{run}_save{n}");
        let id = match current {
            Some(id) if !n.is_multiple_of(8) => id,
            _ => {
                let id = store.create(&NewDraft {
                    name: format!("crash_{run}_{n}"),
                    language: "en_US".into(),
                    category: None,
                    starter: Starter::Blank,
                })?;
                current = Some(id);
                id
            }
        };
        // Padding makes some saves span several pages, so kills land mid-write too.
        let padding = "x".repeat(usize::try_from(n % 5)? * 3000);
        let doc = json!({"name": format!("crash_{run}"), "language": "en_US",
                         "category": "MARKETING",
                         "components": [{"type": "BODY", "text": format!("{marker} {padding}")}]});
        let outcome = store.save(id, &doc, SaveKind::Explicit)?;
        writeln!(out, "ack {id} {} {marker}", outcome.revision)?;
        out.flush()?;
        n += 1;
    }
    Ok(())
}
