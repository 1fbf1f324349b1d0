-- Schema 1: drafts and their revisions.
-- A draft row caches what lists need (name, language, category, check counts) from its
-- document, which is the truth. deleted_ms set = in the trash.
CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    category    TEXT    NOT NULL,
    document    TEXT    NOT NULL,
    tags        TEXT    NOT NULL DEFAULT '[]',
    errors      INTEGER NOT NULL DEFAULT 0,
    warnings    INTEGER NOT NULL DEFAULT 0,
    meta_status TEXT,
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL,
    deleted_ms  INTEGER
);
CREATE INDEX drafts_live_by_updated ON drafts (updated_ms DESC, id DESC) WHERE deleted_ms IS NULL;
CREATE INDEX drafts_live_by_name ON drafts (name, language, id) WHERE deleted_ms IS NULL;
CREATE INDEX drafts_trash_by_deleted ON drafts (deleted_ms) WHERE deleted_ms IS NOT NULL;

-- One row per saved version. An autosave revision may be rewritten in place while autosaves
-- keep coming within the coalescing window (saved_ms moves, started_ms stays).
CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id   INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    document   TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('explicit', 'autosave')),
    note       TEXT,
    errors     INTEGER NOT NULL DEFAULT 0,
    warnings   INTEGER NOT NULL DEFAULT 0,
    started_ms INTEGER NOT NULL,
    saved_ms   INTEGER NOT NULL
);
CREATE INDEX revisions_by_draft ON revisions (draft_id, id);
