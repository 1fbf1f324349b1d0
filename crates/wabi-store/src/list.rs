//! Listing and searching the library: filters, order, paging, and FTS5 full-text search.
//!
//! The search box's words become an FTS5 query in which every word must match as a word
//! prefix (`ord conf` finds `order_confirmation`); the user's text is quoted, so FTS5 syntax
//! characters in it are plain text and can never make the query fail.

use crate::drafts::{summary_from_row, STATUS_SQL, SUMMARY_COLUMNS};
use crate::error::Result;
use crate::model::{Category, DraftStatus, DraftSummary, ListQuery, SortBy};
use crate::store::Store;
use rusqlite::types::Value as SqlValue;

/// The FTS5 query for the user's search text, or `None` when it holds no searchable word.
pub fn fts_query(search: &str) -> Option<String> {
    let words: Vec<String> = search
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The category cached in the row, trimmed of whitespace and in upper case, as
/// [`Category::of_text`] reads it.
const CATEGORY_SQL: &str = "upper(trim(d.category, char(32, 9, 10, 13)))";

/// `'A', 'B', …`: SQL literals of fixed words (ours, never the user's text).
fn sql_words(words: impl Iterator<Item = &'static str>) -> String {
    words
        .map(|w| format!("'{w}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `AND …` clause that keeps only drafts of `category`.
fn category_filter(category: Category) -> String {
    match category {
        Category::Missing => format!(" AND {CATEGORY_SQL} = ''"),
        Category::Unknown => format!(
            " AND {CATEGORY_SQL} <> '' AND {CATEGORY_SQL} NOT IN ({})",
            sql_words(Category::ACCEPTED.iter().map(|c| c.as_str()))
        ),
        accepted => format!(" AND {CATEGORY_SQL} = '{}'", accepted.as_str()),
    }
}

/// The `AND …` clause that keeps only drafts of `status`.
fn status_filter(status: DraftStatus) -> String {
    match status {
        DraftStatus::Unknown => format!(
            " AND {STATUS_SQL} NOT IN ({})",
            sql_words(DraftStatus::KNOWN.iter().map(|s| s.as_str()))
        ),
        known => format!(" AND {STATUS_SQL} = '{}'", known.as_str()),
    }
}

impl Store {
    /// The drafts of the library (not the trash) matching `query`, in its order and page.
    pub fn list(&self, query: &ListQuery) -> Result<Vec<DraftSummary>> {
        let mut sql = format!("SELECT {SUMMARY_COLUMNS} FROM drafts d WHERE d.deleted_ms IS NULL");
        let mut args: Vec<SqlValue> = Vec::new();
        if let Some(fts) = query.search.as_deref().and_then(fts_query) {
            sql.push_str(
                " AND d.id IN (SELECT rowid FROM drafts_search WHERE drafts_search MATCH ?)",
            );
            args.push(SqlValue::Text(fts));
        }
        if let Some(category) = query.category {
            sql.push_str(&category_filter(category));
        }
        if let Some(language) = &query.language {
            sql.push_str(" AND d.language = ?");
            args.push(SqlValue::Text(language.clone()));
        }
        if let Some(status) = query.status {
            sql.push_str(&status_filter(status));
        }
        match query.has_errors {
            Some(true) => sql.push_str(" AND d.errors > 0"),
            Some(false) => sql.push_str(" AND d.errors = 0"),
            None => {}
        }
        sql.push_str(match query.sort {
            SortBy::Updated => " ORDER BY d.updated_ms DESC, d.id DESC",
            SortBy::Name => " ORDER BY d.name, d.language, d.id",
        });
        sql.push_str(" LIMIT ? OFFSET ?");
        args.push(SqlValue::Integer(query.limit.map_or(-1, i64::from)));
        args.push(SqlValue::Integer(i64::from(query.offset)));
        let run = || -> rusqlite::Result<Vec<DraftSummary>> {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args), summary_from_row)?;
            rows.collect()
        };
        run().map_err(|e| self.classify(e.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_quoted_prefix_terms() {
        assert_eq!(fts_query("ord conf").as_deref(), Some("\"ord\"* \"conf\"*"));
    }

    #[test]
    fn quotes_and_operators_are_plain_text() {
        assert_eq!(fts_query("a\"b OR").as_deref(), Some("\"a\"\"b\"* \"OR\"*"));
    }

    #[test]
    fn text_without_words_is_no_search() {
        assert_eq!(fts_query("  - !! "), None);
    }
}
