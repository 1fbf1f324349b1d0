-- Schema 3: what sending a test needs. The access token is NEVER stored here (OS keyring only).

-- The one account the app sends from (a single row, id = 1).
CREATE TABLE account_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    phone_number_id TEXT NOT NULL,
    waba_id         TEXT,
    api_version     TEXT NOT NULL,
    base_url        TEXT NOT NULL,
    updated_ms      INTEGER NOT NULL
);

-- The user's own test numbers, E.164, with the opt-in they confirmed.
CREATE TABLE test_recipients (
    phone           TEXT PRIMARY KEY,          -- E.164, e.g. +16505551234
    label           TEXT NOT NULL DEFAULT '',
    opted_in_ms     INTEGER,                   -- when opt-in was recorded; NULL = none
    withdrawn_ms    INTEGER,                   -- when opt-in was withdrawn; NULL = not withdrawn
    added_ms        INTEGER NOT NULL
);

-- Every send attempt, refused or not (dry runs are not attempts and are not logged).
CREATE TABLE send_log (
    id              INTEGER PRIMARY KEY,
    at_ms           INTEGER NOT NULL,
    recipient       TEXT NOT NULL,
    mode            TEXT NOT NULL,             -- template | proof
    draft_id        INTEGER,
    revision_id     INTEGER,
    request_body    TEXT NOT NULL,             -- JSON, never the token
    outcome         TEXT NOT NULL,             -- sent | failed | refused
    response        TEXT,                      -- JSON response, or the decoded error
    message_id      TEXT
);
CREATE INDEX send_log_at ON send_log (at_ms DESC);
