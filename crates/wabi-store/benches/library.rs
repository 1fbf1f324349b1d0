//! Speed of the drafts library on a big library: 10,000 drafts of 20 revisions each.
//!
//! Generates the library once into a temporary folder (printing how long that takes), then
//! measures with criterion: opening the store, the first page of the list, a search, and one
//! explicit save. Criterion reports typical times; the save's 99th percentile (the goal is
//! about the slow tail) is measured separately and printed with the medians at the end.
//!
//! Run: `cargo bench -p wabi-store --bench library`. The library goes into a temporary folder
//! under `WABI_BENCH_DIR` if set (e.g. `/dev/shm`, to see the cost of a save without the
//! disk's flush), else under the system's temporary folder.

use criterion::{black_box, Criterion};
use rusqlite::params;
use serde_json::{json, Value};
use std::path::Path;
use std::time::{Duration, Instant};
use wabi_store::{searchable_text, ListQuery, SaveKind, Store};

const DRAFTS: usize = 10_000;
const REVISIONS: usize = 20;
const PAGE: u32 = 50;

/// splitmix64, seeded: the same library every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A pronounceable word for index `i` (1,000 distinct words; word 7 is "search target").
fn word(i: usize) -> String {
    const SYL: [&str; 10] = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "xe", "zu"];
    format!("{}{}{}", SYL[i % 10], SYL[i / 10 % 10], SYL[i / 100 % 10])
}

fn sentence(random: &mut Random, words: usize) -> String {
    (0..words)
        .map(|_| word(random.below(1000)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn document(random: &mut Random, name: &str, language: &str) -> Value {
    json!({
        "name": name, "language": language, "category": "MARKETING",
        "components": [
            {"type": "HEADER", "format": "TEXT", "text": sentence(random, 4)},
            {"type": "BODY", "text": format!("Hi {{{{1}}}}, {}", sentence(random, 60)),
             "example": {"body_text": [["Ana"]]}},
            {"type": "FOOTER", "text": sentence(random, 5)},
            {"type": "BUTTONS", "buttons": [
                {"type": "QUICK_REPLY", "text": sentence(random, 2)},
                {"type": "URL", "text": "Shop", "url": "https://example.com/{{1}}",
                 "example": ["https://example.com/x"]}]}
        ]
    })
}

/// Fills a fresh library with DRAFTS drafts of REVISIONS revisions, in one transaction.
fn generate(dir: &Path) {
    drop(Store::open(dir).expect("open a fresh library"));
    let mut conn = rusqlite::Connection::open(dir.join("wabi.sqlite3")).unwrap();
    let tx = conn.transaction().unwrap();
    let mut random = Random(2026);
    let languages = ["en_US", "fr", "de", "es", "pt_BR"];
    let start_ms: i64 = 1_700_000_000_000;
    for i in 0..DRAFTS {
        let name = format!(
            "{}_{}_{i}",
            word(random.below(1000)),
            word(random.below(1000))
        );
        let language = languages[i % languages.len()];
        let mut doc = document(&mut random, &name, language);
        let created = start_ms + (i as i64) * 60_000;
        tx.execute(
            "INSERT INTO drafts (name, language, category, document, created_ms, updated_ms) \
             VALUES (?1, ?2, 'MARKETING', '{}', ?3, ?3)",
            params![name, language, created],
        )
        .unwrap();
        let id = tx.last_insert_rowid();
        for r in 0..REVISIONS {
            doc = document(&mut random, &name, language);
            let at = created + (r as i64) * 10_000;
            tx.execute(
                "INSERT INTO revisions (draft_id, document, kind, started_ms, saved_ms) \
                 VALUES (?1, ?2, 'explicit', ?3, ?3)",
                params![id, doc.to_string(), at],
            )
            .unwrap();
        }
        let found = wabi_template::check(&doc);
        let errors = found
            .iter()
            .filter(|d| d.severity == wabi_template::Severity::Error)
            .count();
        let updated = created + (REVISIONS as i64) * 10_000;
        tx.execute(
            "UPDATE drafts SET document = ?2, errors = ?3, warnings = ?4, updated_ms = ?5 \
             WHERE id = ?1",
            params![
                id,
                doc.to_string(),
                errors as i64,
                (found.len() - errors) as i64,
                updated
            ],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO drafts_search (rowid, name, content) VALUES (?1, ?2, ?3)",
            params![id, name, searchable_text(&doc)],
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index.min(samples.len() - 1)]
}

fn sample(n: usize, mut f: impl FnMut()) -> Vec<Duration> {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect()
}

/// CPU time of this thread in nanoseconds (Linux), so a figure can be given that other
/// processes competing for the two cores, and waits for the disk, do not inflate.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// How long the disk takes to make 4 KiB durable (write + fdatasync): the floor under any save
/// that must survive a power cut.
fn flush_latency(dir: &Path) -> Vec<Duration> {
    use std::io::{Seek, SeekFrom, Write};
    let mut file = std::fs::File::create(dir.join("flush-probe")).unwrap();
    let page = [0x5Au8; 4096];
    sample(200, || {
        file.seek(SeekFrom::Start(0)).unwrap();
        file.write_all(&page).unwrap();
        file.sync_data().unwrap();
    })
}

fn main() {
    let dir = match std::env::var_os("WABI_BENCH_DIR") {
        Some(parent) => tempfile::tempdir_in(parent).unwrap(),
        None => tempfile::tempdir().unwrap(),
    };
    println!("library in {}", dir.path().display());
    let t = Instant::now();
    generate(dir.path());
    let generation = t.elapsed();
    let size = std::fs::metadata(dir.path().join("wabi.sqlite3")).map_or(0, |m| m.len());
    println!(
        "generated {DRAFTS} drafts x {REVISIONS} revisions in {:.1} s ({} MB)",
        generation.as_secs_f64(),
        size / 1_000_000
    );

    let first_page = ListQuery {
        limit: Some(PAGE),
        ..Default::default()
    };
    let search = ListQuery {
        search: Some(word(7)),
        limit: Some(PAGE),
        ..Default::default()
    };
    let search_all = ListQuery {
        search: Some(format!("{} {}", word(7), word(8))),
        ..Default::default()
    };

    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
        .configure_from_args();
    criterion.bench_function("open store (10k x 20)", |b| {
        b.iter(|| black_box(Store::open(dir.path()).unwrap()))
    });
    let (mut store, _) = Store::open(dir.path()).unwrap();
    criterion.bench_function("first page of list (50, by updated)", |b| {
        b.iter(|| black_box(store.list(&first_page).unwrap()))
    });
    criterion.bench_function("search one word, first page", |b| {
        b.iter(|| black_box(store.list(&search).unwrap()))
    });
    criterion.bench_function("search two words, all matches", |b| {
        b.iter(|| black_box(store.list(&search_all).unwrap()))
    });
    let mut random = Random(7);
    criterion.bench_function("explicit save", |b| {
        b.iter(|| {
            let id = 1 + random.below(DRAFTS) as i64;
            let doc = document(&mut random, "bench_save", "en_US");
            black_box(store.save(id, &doc, SaveKind::Explicit).unwrap())
        })
    });

    // Medians and the save's 99th percentile, by hand.
    let mut open = sample(50, || drop(black_box(Store::open(dir.path()).unwrap())));
    let mut page = sample(200, || drop(black_box(store.list(&first_page).unwrap())));
    let mut found = sample(200, || drop(black_box(store.list(&search).unwrap())));
    let matches = store.list(&search_all).unwrap().len();
    let mut found_all = sample(200, || drop(black_box(store.list(&search_all).unwrap())));
    let docs: Vec<(i64, Value)> = (0..1000)
        .map(|_| {
            let id = 1 + random.below(DRAFTS) as i64;
            (id, document(&mut random, "bench_save", "en_US"))
        })
        .collect();
    let mut docs = docs.into_iter();
    let mut save_cpu = Vec::new();
    let mut save = sample(1000, || {
        if let Some((id, doc)) = docs.next() {
            let before = thread_cpu_ns();
            black_box(store.save(id, &doc, SaveKind::Explicit).unwrap());
            if let (Some(before), Some(after)) = (before, thread_cpu_ns()) {
                save_cpu.push(Duration::from_nanos(after.saturating_sub(before)));
            }
        }
    });
    let mut flush = flush_latency(dir.path());
    let t = Instant::now();
    store.checkpoint().unwrap();
    let checkpoint = t.elapsed();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("figures (median / p99, ms):");
    println!(
        "  open store            {:.2} / {:.2}   (goal < 50)",
        ms(percentile(&mut open, 0.5)),
        ms(percentile(&mut open, 0.99))
    );
    println!(
        "  first page (50)       {:.3} / {:.3}  (goal < 10)",
        ms(percentile(&mut page, 0.5)),
        ms(percentile(&mut page, 0.99))
    );
    println!(
        "  search, first page    {:.3} / {:.3}  (goal < 20)",
        ms(percentile(&mut found, 0.5)),
        ms(percentile(&mut found, 0.99))
    );
    println!(
        "  search, all {matches:>4} hits {:.3} / {:.3}",
        ms(percentile(&mut found_all, 0.5)),
        ms(percentile(&mut found_all, 0.99))
    );
    println!(
        "  explicit save         {:.3} / {:.3}  (goal p99 < 2)",
        ms(percentile(&mut save, 0.5)),
        ms(percentile(&mut save, 0.99))
    );
    if !save_cpu.is_empty() {
        println!(
            "  explicit save, CPU    {:.3} / {:.3}  (this thread's CPU time: no disk, no waiting)",
            ms(percentile(&mut save_cpu, 0.5)),
            ms(percentile(&mut save_cpu, 0.99))
        );
    }
    println!(
        "  disk flush of 4 KiB    {:.3} / {:.3}  (the floor of a durable save)",
        ms(percentile(&mut flush, 0.5)),
        ms(percentile(&mut flush, 0.99))
    );
    println!(
        "  checkpoint after the saves (idle time, not on the save path): {:.1}",
        ms(checkpoint)
    );
}
