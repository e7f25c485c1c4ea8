-- Causeway schema 6: search index rows are numbered by their postmortem (its rowid in records
-- in the high 32 bits, the record's own in the low ones), so that a search groups its matches
-- by postmortem from the rowids alone. The store rebuilds the index when it next opens.
INSERT OR REPLACE INTO meta(key, value) VALUES ('reindex', '1');
