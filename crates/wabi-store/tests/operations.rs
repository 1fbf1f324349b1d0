//! Every drafts operation, on a real SQLite file in a temporary folder.

use serde_json::{json, Value};
use wabi_store::{
    Category, DraftStatus, ListQuery, ManualClock, NewDraft, RevisionChange, SaveKind, SortBy,
    Starter, Store, StoreError, COALESCE_WINDOW_MS, TRASH_RETENTION_MS,
};

const T0: i64 = 1_795_515_300_000;

fn open() -> (tempfile::TempDir, Store, ManualClock) {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let (store, _) = Store::open_with_clock(dir.path(), clock.clone()).unwrap();
    (dir, store, clock)
}

fn new(name: &str, language: &str) -> NewDraft {
    NewDraft {
        name: name.into(),
        language: language.into(),
        category: None,
        starter: Starter::Blank,
    }
}

fn body(name: &str, text: &str) -> Value {
    json!({"name": name, "language": "en_US", "category": "MARKETING",
           "components": [{"type": "BODY", "text": text}]})
}

fn checker_counts(doc: &Value) -> (u32, u32) {
    let found = wabi_template::check(doc);
    let errors = found
        .iter()
        .filter(|d| d.severity == wabi_template::Severity::Error)
        .count() as u32;
    (errors, found.len() as u32 - errors)
}

#[test]
fn create_blank_draft_stores_name_language_category_and_one_revision() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("spring_sale", "en_US")).unwrap();
    let draft = store.get(id).unwrap();
    assert_eq!(draft.summary.name, "spring_sale");
    assert_eq!(draft.summary.language, "en_US");
    assert_eq!(draft.summary.category, Category::Marketing);
    assert_eq!(draft.summary.created_ms, T0);
    assert_eq!(
        draft.document["components"],
        json!([{"type":"BODY","text":""}])
    );
    let history = store.revisions(id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].note.as_deref(), Some("created"));
}

#[test]
fn create_from_starter_takes_its_category() {
    let (_dir, mut store, _) = open();
    let mut draft = new("otp_login", "en");
    draft.starter = Starter::OneTimePasscode;
    let id = store.create(&draft).unwrap();
    assert_eq!(
        store.get(id).unwrap().summary.category,
        Category::Authentication
    );
}

#[test]
fn create_with_invalid_name_is_refused_and_stores_nothing() {
    let (_dir, mut store, _) = open();
    let err = store.create(&new("Spring Sale", "en")).unwrap_err();
    assert!(matches!(err, StoreError::InvalidName { .. }), "{err}");
    assert!(store.list(&ListQuery::default()).unwrap().is_empty());
}

#[test]
fn create_without_language_is_refused() {
    let (_dir, mut store, _) = open();
    assert!(matches!(
        store.create(&new("a", " ")).unwrap_err(),
        StoreError::InvalidLanguage { .. }
    ));
}

#[test]
fn stored_counts_are_the_checkers_counts() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("a", "en")).unwrap();
    for doc in [
        body("a", "Hello"),
        json!({"name": 5, "components": "nope"}),
        json!({}),
    ] {
        let outcome = store.save(id, &doc, SaveKind::Explicit).unwrap();
        let summary = store.get(id).unwrap().summary;
        assert_eq!((summary.errors, summary.warnings), checker_counts(&doc));
        assert_eq!((outcome.errors, outcome.warnings), checker_counts(&doc));
    }
}

#[test]
fn save_updates_document_metadata_and_time() {
    let (_dir, mut store, clock) = open();
    let id = store.create(&new("a", "en")).unwrap();
    clock.advance(1000);
    store
        .save(id, &body("b", "Hi there"), SaveKind::Explicit)
        .unwrap();
    let draft = store.get(id).unwrap();
    assert_eq!(draft.document, body("b", "Hi there"));
    assert_eq!(draft.summary.name, "b");
    assert_eq!(draft.summary.language, "en_US");
    assert_eq!(draft.summary.updated_ms, T0 + 1000);
}

#[test]
fn save_of_a_non_object_is_refused() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let err = store
        .save(id, &json!([1, 2]), SaveKind::Explicit)
        .unwrap_err();
    assert!(matches!(err, StoreError::NotAnObject { .. }), "{err}");
}

#[test]
fn save_of_unknown_draft_is_not_found() {
    let (_dir, mut store, _) = open();
    let err = store
        .save(42, &body("a", "x"), SaveKind::Explicit)
        .unwrap_err();
    assert!(
        matches!(err, StoreError::DraftNotFound { id: 42, .. }),
        "{err}"
    );
}

#[test]
fn identical_consecutive_saves_do_not_duplicate_revisions() {
    let (_dir, mut store, clock) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let first = store.save(id, &body("a", "x"), SaveKind::Explicit).unwrap();
    clock.advance(60_000);
    let again = store.save(id, &body("a", "x"), SaveKind::Explicit).unwrap();
    assert_eq!(again.change, RevisionChange::Unchanged);
    assert_eq!(again.revision, first.revision);
    assert_eq!(store.revisions(id).unwrap().len(), 2);
}

#[test]
fn autosaves_within_the_window_coalesce_into_one_revision() {
    let (_dir, mut store, clock) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let first = store.save(id, &body("a", "H"), SaveKind::Autosave).unwrap();
    assert_eq!(first.change, RevisionChange::New);
    clock.advance(COALESCE_WINDOW_MS - 1);
    let second = store
        .save(id, &body("a", "He"), SaveKind::Autosave)
        .unwrap();
    assert_eq!(second.change, RevisionChange::Coalesced);
    assert_eq!(second.revision, first.revision);
    let history = store.revisions(id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].saved_ms, T0 + COALESCE_WINDOW_MS - 1);
    assert_eq!(history[0].started_ms, T0);
    let rev = store.revision(id, first.revision).unwrap();
    assert_eq!(rev.document, body("a", "He"));
}

#[test]
fn autosave_at_the_window_end_starts_a_new_revision() {
    let (_dir, mut store, clock) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let first = store.save(id, &body("a", "H"), SaveKind::Autosave).unwrap();
    clock.advance(COALESCE_WINDOW_MS);
    let second = store
        .save(id, &body("a", "He"), SaveKind::Autosave)
        .unwrap();
    assert_eq!(second.change, RevisionChange::New);
    assert_ne!(second.revision, first.revision);
}

#[test]
fn explicit_save_always_makes_its_own_revision() {
    let (_dir, mut store, clock) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let auto = store.save(id, &body("a", "H"), SaveKind::Autosave).unwrap();
    clock.advance(10);
    let explicit = store
        .save(id, &body("a", "He"), SaveKind::Explicit)
        .unwrap();
    assert_eq!(explicit.change, RevisionChange::New);
    assert_ne!(explicit.revision, auto.revision);
    // An autosave right after an explicit save does not rewrite the explicit revision.
    clock.advance(10);
    let next = store
        .save(id, &body("a", "Hel"), SaveKind::Autosave)
        .unwrap();
    assert_eq!(next.change, RevisionChange::New);
    assert_eq!(
        store.revision(id, explicit.revision).unwrap().document,
        body("a", "He")
    );
}

#[test]
fn explicit_save_of_autosaved_content_marks_that_revision_explicit() {
    let (_dir, mut store, clock) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let auto = store.save(id, &body("a", "H"), SaveKind::Autosave).unwrap();
    clock.advance(10);
    let explicit = store.save(id, &body("a", "H"), SaveKind::Explicit).unwrap();
    assert_eq!(explicit.change, RevisionChange::Unchanged);
    assert_eq!(explicit.revision, auto.revision);
    let rev = store.revision(id, auto.revision).unwrap();
    assert_eq!(rev.summary.kind, SaveKind::Explicit);
    // ... so the next autosave no longer coalesces into it.
    let next = store
        .save(id, &body("a", "Hx"), SaveKind::Autosave)
        .unwrap();
    assert_eq!(next.change, RevisionChange::New);
}

#[test]
fn duplicate_copies_content_and_tags_under_a_copy_name() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("promo", "en")).unwrap();
    store
        .save(id, &body("promo", "Deal"), SaveKind::Explicit)
        .unwrap();
    store.set_tags(id, &["autumn".into()]).unwrap();
    let copy = store.duplicate(id).unwrap();
    let draft = store.get(copy).unwrap();
    assert_ne!(copy, id);
    assert_eq!(draft.summary.name, "promo_copy");
    assert_eq!(draft.document["name"], "promo_copy");
    assert_eq!(
        draft.document["components"],
        body("promo", "Deal")["components"]
    );
    assert_eq!(draft.summary.tags, vec!["autumn".to_owned()]);
    assert_eq!(store.revisions(copy).unwrap().len(), 1);
}

#[test]
fn rename_changes_document_name_and_writes_a_revision() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("old_name", "en")).unwrap();
    store.rename(id, "new_name").unwrap();
    let draft = store.get(id).unwrap();
    assert_eq!(draft.summary.name, "new_name");
    assert_eq!(draft.document["name"], "new_name");
    let history = store.revisions(id).unwrap();
    assert_eq!(
        history[0].note.as_deref(),
        Some("renamed from \"old_name\"")
    );
}

#[test]
fn rename_to_512_chars_passes_and_513_fails() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("a", "en")).unwrap();
    assert!(store.rename(id, &"b".repeat(512)).is_ok());
    let err = store.rename(id, &"b".repeat(513)).unwrap_err();
    assert!(matches!(err, StoreError::InvalidName { .. }), "{err}");
    assert_eq!(store.get(id).unwrap().summary.name, "b".repeat(512));
}

#[test]
fn rename_with_uppercase_is_refused() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("a", "en")).unwrap();
    assert!(store.rename(id, "Promo").is_err());
}

#[test]
fn tags_are_trimmed_and_deduplicated() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("a", "en")).unwrap();
    store
        .set_tags(id, &[" q4 ".into(), "q4".into(), "".into(), "vip".into()])
        .unwrap();
    assert_eq!(store.get(id).unwrap().summary.tags, vec!["q4", "vip"]);
}

#[test]
fn family_groups_languages_of_one_name_and_a_variant_can_be_added() {
    let (_dir, mut store, _) = open();
    let en = store.create(&new("welcome", "en_US")).unwrap();
    store.create(&new("other", "en_US")).unwrap();
    let fr = store.add_language(en, "fr").unwrap();
    let family = store.family(en).unwrap();
    let languages: Vec<_> = family.iter().map(|d| d.language.as_str()).collect();
    assert_eq!(languages, vec!["en_US", "fr"]);
    assert_eq!(store.get(fr).unwrap().document["language"], "fr");
    assert_eq!(store.get(fr).unwrap().document["name"], "welcome");
}

#[test]
fn adding_a_language_the_family_has_is_refused() {
    let (_dir, mut store, _) = open();
    let en = store.create(&new("welcome", "en_US")).unwrap();
    let err = store.add_language(en, "en_US").unwrap_err();
    assert!(matches!(err, StoreError::InvalidLanguage { .. }), "{err}");
}

#[test]
fn list_sorts_by_updated_and_by_name() {
    let (_dir, mut store, clock) = open();
    let b = store.create(&new("bravo", "en")).unwrap();
    clock.advance(1);
    let a = store.create(&new("alpha", "en")).unwrap();
    clock.advance(1);
    let c = store.create(&new("charlie", "en")).unwrap();
    clock.advance(1);
    store
        .save(b, &body("bravo", "edited"), SaveKind::Explicit)
        .unwrap();
    let ids = |sort| {
        store
            .list(&ListQuery {
                sort,
                ..Default::default()
            })
            .unwrap()
            .iter()
            .map(|d| d.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(SortBy::Updated), vec![b, c, a]);
    assert_eq!(ids(SortBy::Name), vec![a, b, c]);
}

#[test]
fn list_pages_with_limit_and_offset() {
    let (_dir, mut store, clock) = open();
    for i in 0..5 {
        store.create(&new(&format!("d{i}"), "en")).unwrap();
        clock.advance(1);
    }
    let page = |offset| ListQuery {
        limit: Some(2),
        offset,
        sort: SortBy::Name,
        ..Default::default()
    };
    let names = |q| {
        store
            .list(&q)
            .unwrap()
            .into_iter()
            .map(|d| d.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(page(0)), vec!["d0", "d1"]);
    assert_eq!(names(page(4)), vec!["d4"]);
}

#[test]
fn a_missing_or_unknown_category_and_an_unknown_meta_status_are_listed_and_filtered_as_such() {
    let (_dir, mut store, _) = open();
    let imported = store
        .import_items(
            "test",
            wabi_store::parse_import(
                "t",
                br#"{"data":[{"name":"no_category","language":"en","status":"APPROVED"},
                             {"name":"old_category","language":"en","category":"TRANSACTIONAL"},
                             {"name":"odd_status","language":"en","category":" utility ","status":"UNDER_REVIEW"},
                             {"name":"not_text","language":"en","category":7}]}"#,
            )
            .unwrap(),
        )
        .unwrap();
    let id = |name: &str| imported.iter().find(|d| d.name == name).unwrap().id;
    let summary = |name: &str| store.get(id(name)).unwrap().summary;
    assert_eq!(summary("no_category").category, Category::Missing);
    assert_eq!(summary("not_text").category, Category::Missing);
    assert_eq!(summary("old_category").category, Category::Unknown);
    assert_eq!(summary("odd_status").category, Category::Utility);
    assert_eq!(summary("odd_status").status, DraftStatus::Unknown);
    assert_eq!(
        summary("odd_status").meta_status.as_deref(),
        Some("UNDER_REVIEW")
    );
    let names = |q: ListQuery| {
        let mut names: Vec<String> = store
            .list(&q)
            .unwrap()
            .into_iter()
            .map(|d| d.name)
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        names(ListQuery {
            category: Some(Category::Missing),
            ..Default::default()
        }),
        vec!["no_category", "not_text"]
    );
    assert_eq!(
        names(ListQuery {
            category: Some(Category::Unknown),
            ..Default::default()
        }),
        vec!["old_category"]
    );
    assert_eq!(
        names(ListQuery {
            category: Some(Category::Utility),
            ..Default::default()
        }),
        vec!["odd_status"]
    );
    assert_eq!(
        names(ListQuery {
            status: Some(DraftStatus::Unknown),
            ..Default::default()
        }),
        vec!["odd_status"]
    );
}

#[test]
fn list_filters_by_category_language_status_and_errors() {
    let (_dir, mut store, _) = open();
    let mut util = new("order", "es");
    util.starter = Starter::OrderUpdate;
    let order = store.create(&util).unwrap();
    let promo = store.create(&new("promo", "en")).unwrap();
    let approved = store
        .import_items(
            "test",
            wabi_store::parse_import(
                "t",
                br#"{"data":[{"name":"x","language":"en","status":"APPROVED"}]}"#,
            )
            .unwrap(),
        )
        .unwrap()[0]
        .id;
    let ids = |q: ListQuery| {
        store
            .list(&q)
            .unwrap()
            .iter()
            .map(|d| d.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(ListQuery {
            category: Some(Category::Utility),
            ..Default::default()
        }),
        vec![order]
    );
    assert_eq!(
        ids(ListQuery {
            language: Some("es".into()),
            ..Default::default()
        }),
        vec![order]
    );
    assert_eq!(
        ids(ListQuery {
            status: Some(DraftStatus::Approved),
            ..Default::default()
        }),
        vec![approved]
    );
    let mut with_errors = Vec::new();
    let mut without = Vec::new();
    for id in [approved, promo, order] {
        let doc = store.get(id).unwrap().document;
        if checker_counts(&doc).0 > 0 {
            with_errors.push(id)
        } else {
            without.push(id)
        }
    }
    assert_eq!(
        ids(ListQuery {
            has_errors: Some(true),
            ..Default::default()
        }),
        with_errors
    );
    assert_eq!(
        ids(ListQuery {
            has_errors: Some(false),
            ..Default::default()
        }),
        without
    );
    let ready: Vec<_> = without
        .iter()
        .copied()
        .filter(|id| *id != approved)
        .collect();
    assert_eq!(
        ids(ListQuery {
            status: Some(DraftStatus::Ready),
            ..Default::default()
        }),
        ready
    );
}

#[test]
fn search_finds_name_and_any_text_of_the_template_by_word_prefix() {
    let (_dir, mut store, _) = open();
    let a = store.create(&new("order_confirmation", "en")).unwrap();
    let b = store.create(&new("promo", "en")).unwrap();
    let mut doc = body("promo", "Big savings on Crème brûlée");
    doc["components"]
        .as_array_mut()
        .unwrap()
        .push(json!({"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Unsubscribe"}]}));
    store.save(b, &doc, SaveKind::Explicit).unwrap();
    let found = |q: &str| {
        store
            .list(&ListQuery {
                search: Some(q.into()),
                ..Default::default()
            })
            .unwrap()
            .iter()
            .map(|d| d.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(found("order"), vec![a]);
    assert_eq!(found("ord conf"), vec![a]);
    assert_eq!(found("order_conf"), vec![a]);
    assert_eq!(found("savings"), vec![b]);
    assert_eq!(found("creme"), vec![b], "diacritics are ignored");
    assert_eq!(found("unsub"), vec![b], "button text is searched");
    assert!(found("nothing_like_this").is_empty());
    assert_eq!(found("\"(*").len(), 2, "no searchable word: everything");
    assert!(
        found("a\" OR b").is_empty(),
        "syntax characters are plain text"
    );
}

#[test]
fn search_follows_edits_and_ignores_trash() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("promo", "en")).unwrap();
    store
        .save(id, &body("promo", "pumpkin"), SaveKind::Explicit)
        .unwrap();
    let q = ListQuery {
        search: Some("pumpkin".into()),
        ..Default::default()
    };
    assert_eq!(store.list(&q).unwrap().len(), 1);
    store
        .save(id, &body("promo", "chestnut"), SaveKind::Explicit)
        .unwrap();
    assert!(store.list(&q).unwrap().is_empty());
    let q = ListQuery {
        search: Some("chestnut".into()),
        ..Default::default()
    };
    store.delete(id).unwrap();
    assert!(store.list(&q).unwrap().is_empty());
}

#[test]
fn delete_moves_to_trash_and_restore_brings_back() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("a", "en")).unwrap();
    store.delete(id).unwrap();
    assert!(store.list(&ListQuery::default()).unwrap().is_empty());
    let trash = store.trash().unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].deleted_ms, Some(T0));
    assert!(store.save(id, &body("a", "x"), SaveKind::Explicit).is_err());
    store.restore(id).unwrap();
    assert_eq!(store.list(&ListQuery::default()).unwrap().len(), 1);
    assert!(store.trash().unwrap().is_empty());
}

#[test]
fn restoring_a_draft_not_in_trash_is_not_found() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let err = store.restore(id).unwrap_err();
    assert!(err.to_string().contains("in the trash"), "{err}");
    assert!(store.delete(999).is_err());
}

#[test]
fn trash_keeps_items_for_30_days_and_empties_older_ones() {
    let (_dir, mut store, clock) = open();
    let old = store.create(&new("old", "en")).unwrap();
    let young = store.create(&new("young", "en")).unwrap();
    store.delete(old).unwrap();
    clock.advance(1);
    store.delete(young).unwrap();
    clock.set(T0 + TRASH_RETENTION_MS - 1);
    assert_eq!(store.empty_old_trash().unwrap(), 0);
    clock.set(T0 + TRASH_RETENTION_MS);
    assert_eq!(store.empty_old_trash().unwrap(), 1);
    let trash = store.trash().unwrap();
    assert_eq!(trash.iter().map(|d| d.id).collect::<Vec<_>>(), vec![young]);
    assert!(matches!(
        store.get(old),
        Err(StoreError::DraftNotFound { .. })
    ));
    assert!(store.revisions(old).is_err());
}

#[test]
fn trash_is_emptied_when_the_store_opens() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    {
        let (mut store, _) = Store::open_with_clock(dir.path(), clock.clone()).unwrap();
        let id = store.create(&new("a", "en")).unwrap();
        store.delete(id).unwrap();
    }
    clock.advance(TRASH_RETENTION_MS);
    let (store, report) = Store::open_with_clock(dir.path(), clock).unwrap();
    assert_eq!(report.trash_emptied, 1);
    assert!(store.trash().unwrap().is_empty());
}

#[test]
fn history_restore_makes_a_new_revision_with_old_content() {
    let (_dir, mut store, clock) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let v1 = store
        .save(id, &body("a", "one"), SaveKind::Explicit)
        .unwrap();
    clock.advance(1);
    store
        .save(id, &body("a", "two"), SaveKind::Explicit)
        .unwrap();
    let restored = store.restore_revision(id, v1.revision).unwrap();
    assert_eq!(restored.change, RevisionChange::New);
    assert_eq!(store.get(id).unwrap().document, body("a", "one"));
    let history = store.revisions(id).unwrap();
    assert_eq!(history.len(), 4);
    assert_eq!(
        history[0].note,
        Some(format!("restored revision {}", v1.revision))
    );
}

#[test]
fn revision_of_another_draft_is_not_found() {
    let (_dir, mut store, _) = open();
    let a = store.create(&new("a", "en")).unwrap();
    let b = store.create(&new("b", "en")).unwrap();
    let rev_a = store.revisions(a).unwrap()[0].id;
    assert!(matches!(
        store.revision(b, rev_a),
        Err(StoreError::RevisionNotFound { .. })
    ));
}

#[test]
fn diff_of_two_revisions_lists_changed_fields() {
    let (_dir, mut store, _) = open();
    let id = store.create(&new("a", "en")).unwrap();
    let one = store
        .save(id, &body("a", "one"), SaveKind::Explicit)
        .unwrap();
    let two = store
        .save(id, &body("a", "two"), SaveKind::Explicit)
        .unwrap();
    let changes = store
        .diff_revisions(id, one.revision, two.revision)
        .unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].pointer, "/components/0/text");
    assert_eq!(changes[0].before, Some(json!("one")));
    assert_eq!(changes[0].after, Some(json!("two")));
}

#[test]
fn export_is_the_stored_document_and_family_and_library_are_arrays() {
    let (_dir, mut store, _) = open();
    let en = store.create(&new("welcome", "en")).unwrap();
    store.add_language(en, "de").unwrap();
    store.create(&new("alpha", "en")).unwrap();
    let doc = store.export_draft(en).unwrap();
    assert_eq!(doc, store.get(en).unwrap().document);
    let family = store.export_family(en).unwrap();
    let langs: Vec<_> = family
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["language"].clone())
        .collect();
    assert_eq!(langs, vec![json!("de"), json!("en")]);
    let library = store.export_library().unwrap();
    let names: Vec<_> = library
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].clone())
        .collect();
    assert_eq!(
        names,
        vec![json!("alpha"), json!("welcome"), json!("welcome")]
    );
}

#[test]
fn export_then_import_round_trips_documents_exactly() {
    let (_dir, mut store, _) = open();
    let mut starter = new("promo", "en_US");
    starter.starter = Starter::MarketingOffer;
    let id = store.create(&starter).unwrap();
    let exported = store.export_draft(id).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("promo.json");
    std::fs::write(&file, serde_json::to_vec_pretty(&exported).unwrap()).unwrap();
    let imported = store.import_file(&file).unwrap();
    assert_eq!(imported.len(), 1);
    assert_eq!(store.export_draft(imported[0].id).unwrap(), exported);
}

#[test]
fn import_never_overwrites_and_reports_the_clash() {
    let (_dir, mut store, _) = open();
    let existing = store.create(&new("promo", "en_US")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("promo.json");
    std::fs::write(&file, body("promo", "imported").to_string()).unwrap();
    let imported = store.import_file(&file).unwrap();
    assert_eq!(imported[0].clashes_with, vec![existing]);
    assert_ne!(imported[0].id, existing);
    assert_eq!(
        store.get(existing).unwrap().document["components"][0]["text"],
        ""
    );
    assert_eq!(store.list(&ListQuery::default()).unwrap().len(), 2);
}

#[test]
fn import_of_broken_drafts_keeps_them_as_they_are() {
    let (_dir, mut store, _) = open();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wip.json");
    std::fs::write(&file, r#"[{"name": 12, "components": {"oops": true}}, {}]"#).unwrap();
    let imported = store.import_file(&file).unwrap();
    assert_eq!(imported.len(), 2);
    let doc = store.get(imported[0].id).unwrap().document;
    assert_eq!(doc, json!({"name": 12, "components": {"oops": true}}));
    assert_eq!(imported[0].name, "");
}

#[test]
fn import_of_a_list_response_keeps_status_and_strips_read_only_fields() {
    let (_dir, mut store, _) = open();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.json");
    std::fs::write(
        &file,
        r#"{"data":[{"name":"a","language":"en","category":"UTILITY","status":"REJECTED","id":"1"},
                     {"name":"b","language":"en","category":"UTILITY","status":"APPROVED","id":"2"}],
            "paging":{"cursors":{"before":"x","after":"y"}}}"#,
    )
    .unwrap();
    let imported = store.import_file(&file).unwrap();
    assert_eq!(imported.len(), 2);
    let a = store.get(imported[0].id).unwrap();
    assert_eq!(a.summary.status, DraftStatus::Rejected);
    assert_eq!(a.summary.meta_status.as_deref(), Some("REJECTED"));
    assert_eq!(
        a.document,
        json!({"name":"a","language":"en","category":"UTILITY"})
    );
    assert_eq!(imported[0].removed_fields, vec!["id", "status"]);
}

#[test]
fn refused_import_file_stores_nothing() {
    let (_dir, mut store, _) = open();
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        ("empty.json", ""),
        ("text.txt", "hello"),
        ("number.json", "7"),
        ("mixed.json", r#"[{"name":"a"}, "b"]"#),
    ] {
        let file = dir.path().join(name);
        std::fs::write(&file, content).unwrap();
        let err = store.import_file(&file).unwrap_err();
        assert!(err.to_string().contains(name), "{err}");
        assert!(matches!(err, StoreError::NotATemplateFile { .. }));
    }
    let missing = store
        .import_file(&dir.path().join("missing.json"))
        .unwrap_err();
    assert!(missing.to_string().contains("missing.json"), "{missing}");
    assert!(store.list(&ListQuery::default()).unwrap().is_empty());
}

#[test]
fn dropped_file_contents_import_like_the_file_and_name_it() {
    let (_dir, mut store, _) = open();
    let imported = store
        .import_bytes(
            "promo.json",
            body("promo", "dropped").to_string().as_bytes(),
        )
        .unwrap();
    assert_eq!(imported.len(), 1);
    let draft = store.get(imported[0].id).unwrap();
    assert_eq!(draft.document["components"][0]["text"], "dropped");
    let revisions = store.revisions(imported[0].id).unwrap();
    assert!(
        revisions[0]
            .note
            .as_deref()
            .unwrap_or("")
            .contains("promo.json"),
        "{:?}",
        revisions[0].note
    );
    let err = store.import_bytes("notes.txt", b"hello").unwrap_err();
    assert!(err.to_string().contains("notes.txt"), "{err}");
    assert_eq!(store.list(&ListQuery::default()).unwrap().len(), 1);
}

#[test]
fn ids_are_never_reused_after_the_trash_is_emptied() {
    let (_dir, mut store, clock) = open();
    let first = store.create(&new("a", "en")).unwrap();
    store.delete(first).unwrap();
    clock.advance(TRASH_RETENTION_MS);
    store.empty_old_trash().unwrap();
    let second = store.create(&new("b", "en")).unwrap();
    assert!(second > first);
}
