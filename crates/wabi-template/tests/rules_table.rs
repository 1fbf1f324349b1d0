//! The rule table as documentation: `src/rules/RULES.md` lists every rule id, its severity and
//! its description, and must match the table in the code.
//!
//! After changing the table, rewrite the file with
//! `WABI_BLESS=1 cargo test -p wabi-template --test rules_table`.

use std::path::Path;
use wabi_template::rules::RULES;
use wabi_template::Severity;

fn render() -> String {
    let mut out = String::from(
        "# Rules of the template checker\n\n\
         Generated from `src/rules/table.rs` by `tests/rules_table.rs`; do not edit by hand.\n\
         Errors are what Meta rejects; warnings are rejection risks and limits the sources \
         disagree on.\n\n| Rule | Severity | What it checks |\n|---|---|---|\n",
    );
    for r in RULES {
        let severity = match r.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "| `{}` | {severity} | {} |\n",
            r.id,
            r.description.replace('|', "\\|")
        ));
    }
    out.push_str(&format!(
        "\n{} rules: {} errors, {} warnings.\n",
        RULES.len(),
        RULES
            .iter()
            .filter(|r| r.severity == Severity::Error)
            .count(),
        RULES
            .iter()
            .filter(|r| r.severity == Severity::Warning)
            .count()
    ));
    out
}

#[test]
fn rules_doc_matches_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/RULES.md");
    let expected = render();
    if std::env::var_os("WABI_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("RULES.md written");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "src/rules/RULES.md is out of date; run WABI_BLESS=1 cargo test -p wabi-template --test rules_table"
    );
}
