-- Causeway schema 1: generic records with per-field revisions, the audit chain and the
-- full-text index. Every record kind (postmortem, participant, and later timeline
-- events, causes, actions) shares these tables, so identity, revisions, tombstones and
-- the audit trail work the same way for all of them.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE records (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    parent_id    TEXT REFERENCES records(id),
    root_id      TEXT NOT NULL,
    created_utc  TEXT NOT NULL,
    modified_utc TEXT NOT NULL,
    rev_counter  INTEGER NOT NULL CHECK (rev_counter > 0),
    rev_device   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX records_root ON records(root_id);
CREATE INDEX records_kind ON records(kind, deleted);

CREATE TABLE fields (
    record_id    TEXT NOT NULL REFERENCES records(id),
    name         TEXT NOT NULL,
    value        TEXT NOT NULL, -- canonical JSON of the value
    rev_counter  INTEGER NOT NULL CHECK (rev_counter > 0),
    rev_device   TEXT NOT NULL,
    modified_utc TEXT NOT NULL,
    PRIMARY KEY (record_id, name)
) WITHOUT ROWID;

-- Append-only: each entry carries the SHA-256 of the previous one, so a changed,
-- removed or inserted entry breaks the chain.
CREATE TABLE audit (
    seq         INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    device      TEXT NOT NULL,
    action      TEXT NOT NULL,
    context     TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_record ON audit(record_id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE VIRTUAL TABLE search_index USING fts5(
    postmortem_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO meta(key, value) VALUES ('lamport', '0');
