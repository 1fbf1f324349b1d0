//! Runs every case of `tests/corpus/cases/` through the checker.
//!
//! Each case file holds a template and its expectation: the verdict (valid = no errors), the
//! exact set of (rule, pointer) errors, and warnings that must be among the warnings. The cases
//! are written from Meta's pages listed in `docs/sources.md` (see `tests/corpus/generate.py`), not
//! from the checker's output. The test prints the pass rate and fails on any mismatch.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use wabi_template::{check, Severity};

struct Outcome {
    name: String,
    verdict_ok: bool,
    problems: Vec<String>,
}

fn run_case(path: &Path) -> Outcome {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let case: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let template = &case["template"];
    let expect = &case["expect"];
    let diagnostics = check(template);
    let got_errors: BTreeSet<(String, String)> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.rule.clone(), d.pointer.clone()))
        .collect();
    let got_warnings: BTreeSet<&str> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| d.rule.as_str())
        .collect();
    let want_errors: BTreeSet<(String, String)> = expect["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    (
                        e["rule"].as_str().unwrap_or_default().to_string(),
                        e["pointer"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let want_valid = expect["valid"].as_bool().unwrap_or(true);
    let got_valid = got_errors.is_empty();
    let mut problems = Vec::new();
    if want_valid != got_valid {
        problems.push(format!(
            "verdict: want valid={want_valid}, got valid={got_valid}"
        ));
    }
    for e in want_errors.difference(&got_errors) {
        problems.push(format!("missing error {e:?}"));
    }
    for e in got_errors.difference(&want_errors) {
        problems.push(format!("unexpected error {e:?}"));
    }
    for w in expect["warnings"].as_array().into_iter().flatten() {
        let w = w.as_str().unwrap_or_default();
        if !got_warnings.contains(w) {
            problems.push(format!("missing warning {w}"));
        }
    }
    if !problems.is_empty() {
        for d in &diagnostics {
            problems.push(format!(
                "  got {:?} {} {} — {}",
                d.severity, d.rule, d.pointer, d.message
            ));
        }
    }
    Outcome {
        name,
        verdict_ok: want_valid == got_valid && want_errors == got_errors,
        problems,
    }
}

#[test]
fn corpus_cases_get_the_expected_verdict_and_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/cases");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus folder exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 150, "corpus has {} cases", paths.len());
    let outcomes: Vec<Outcome> = paths.iter().map(|p| run_case(p)).collect();
    let right = outcomes.iter().filter(|o| o.verdict_ok).count();
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| !o.problems.is_empty()).collect();
    for o in &failed {
        eprintln!("CASE {}:", o.name);
        for p in &o.problems {
            eprintln!("    {p}");
        }
    }
    eprintln!(
        "corpus: {right}/{} cases with the right verdict and error pointers ({:.1}%), {} with any mismatch",
        outcomes.len(),
        100.0 * right as f64 / outcomes.len() as f64,
        failed.len()
    );
    assert!(failed.is_empty(), "{} corpus cases failed", failed.len());
}

#[test]
fn every_rule_in_the_table_is_exercised_by_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/cases");
    let mut seen = BTreeSet::new();
    for entry in std::fs::read_dir(&dir)
        .expect("corpus folder exists")
        .flatten()
    {
        let text = std::fs::read_to_string(entry.path()).expect("readable case");
        let case: Value = serde_json::from_str(&text).expect("case is JSON");
        for d in check(&case["template"]) {
            seen.insert(d.rule);
        }
    }
    let missing: Vec<&str> = wabi_template::rules::RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| !seen.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "rules no corpus case triggers: {missing:?}"
    );
}
