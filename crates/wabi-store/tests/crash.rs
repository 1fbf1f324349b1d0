//! Crash safety: a writer process saving in a tight loop is killed with SIGKILL at random
//! moments, 200 times, on one library. Afterwards SQLite's integrity check passes and every
//! save the writer acknowledged (printed after its commit returned) is present.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;
use wabi_store::{ManualClock, Store};

const KILLS: u64 = 200;
const SEED: u64 = 0x5eed_2026_1124;

/// splitmix64: small, seeded, good enough to pick kill moments.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

struct Ack {
    draft: i64,
    revision: i64,
    marker: String,
}

fn parse(line: &str) -> Option<Ack> {
    let mut parts = line.split(' ');
    if parts.next()? != "ack" {
        return None;
    }
    Some(Ack {
        draft: parts.next()?.parse().ok()?,
        revision: parts.next()?.parse().ok()?,
        marker: parts.next()?.to_owned(),
    })
}

fn check(dir: &std::path::Path, acks: &[Ack]) {
    let (store, report) = Store::open_with_clock(dir, ManualClock::new(0)).unwrap();
    assert_eq!(
        report.problem, None,
        "the library must never be found damaged"
    );
    assert_eq!(store.integrity_check().unwrap(), vec!["ok"]);
    for ack in acks {
        let revision = store
            .revision(ack.draft, ack.revision)
            .unwrap_or_else(|e| panic!("acknowledged save {} lost: {e}", ack.marker));
        let text = revision.document["components"][0]["text"]
            .as_str()
            .unwrap_or_default();
        assert!(
            text.starts_with(&ack.marker),
            "revision {} holds {text:.40}",
            ack.revision
        );
    }
}

#[test]
fn acknowledged_saves_survive_200_sigkills_and_the_file_stays_intact() {
    let dir = tempfile::tempdir().unwrap();
    let writer = env!("CARGO_BIN_EXE_wabi-store-crash-writer");
    let mut random = Random(SEED);
    let mut acks = Vec::new();
    for run in 0..KILLS {
        let mut child = Command::new(writer)
            .arg(dir.path())
            .arg(run.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|line| parse(&line))
                .collect::<Vec<_>>()
        });
        // Between 0 and 60 ms: some kills land while opening, most while saving.
        std::thread::sleep(Duration::from_micros(random.next() % 60_000));
        child.kill().unwrap();
        child.wait().unwrap();
        acks.extend(reader.join().unwrap());
        if run % 50 == 49 {
            check(dir.path(), &acks);
        }
    }
    eprintln!("{} saves acknowledged across {KILLS} kills", acks.len());
    assert!(
        acks.len() > 200,
        "only {} saves acknowledged: the test kills too early",
        acks.len()
    );
    check(dir.path(), &acks);
}
