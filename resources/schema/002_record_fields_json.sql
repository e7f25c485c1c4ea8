-- Causeway schema 2: a record's fields live in the record's row, as a JSON object, with a
-- second object holding each field's revision. One row per record instead of one per
-- field makes loading and importing large timelines (tens of thousands of events) fast,
-- while every field keeps its own revision for merges. The full-text index moves to one
-- row per record, so an edit re-indexes that record only.

ALTER TABLE records ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
ALTER TABLE records ADD COLUMN field_revs TEXT NOT NULL DEFAULT '{}';

UPDATE records SET
    fields = coalesce((SELECT json_group_object(name, json(value))
                       FROM (SELECT name, value FROM fields f
                             WHERE f.record_id = records.id ORDER BY name)), '{}'),
    field_revs = coalesce((SELECT json_group_object(name,
                                      json_array(rev_counter, rev_device, modified_utc))
                           FROM (SELECT name, rev_counter, rev_device, modified_utc FROM fields f
                                 WHERE f.record_id = records.id ORDER BY name)), '{}');

DROP TABLE fields;

CREATE INDEX records_root_kind ON records(root_id, kind);

DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
    record_id UNINDEXED,
    postmortem_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO meta(key, value) VALUES ('reindex', '1')
    ON CONFLICT(key) DO UPDATE SET value = '1';
