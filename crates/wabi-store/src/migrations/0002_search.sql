-- Schema 2: full-text search over each draft's name and all text of its template.
-- rowid = drafts.id. The text is extracted in Rust (every string value of the document), so
-- rows are written by the store, and by this migration's Rust step for existing drafts.
CREATE VIRTUAL TABLE drafts_search USING fts5 (
    name,
    content,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- A draft removed for good (trash emptied) leaves the index with it.
CREATE TRIGGER drafts_search_forget AFTER DELETE ON drafts BEGIN
    DELETE FROM drafts_search WHERE rowid = old.id;
END;
