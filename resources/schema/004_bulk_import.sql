-- Causeway schema 4: leaner writes for bulk timeline imports. Every index costs a B-tree
-- insert per imported event, so events only pay for the indexes they are looked up by.
-- records_root_kind (root_id, kind) answers every query records_root (root_id) did.
DROP INDEX IF EXISTS records_root;
-- Records are listed by kind only for postmortems (the list) and attachments (content
-- checks); timeline events are always read through their postmortem.
DROP INDEX IF EXISTS records_kind;
CREATE INDEX records_postmortems ON records(deleted) WHERE kind = 'postmortem';
CREATE INDEX records_attachments ON records(root_id) WHERE kind = 'attachment';
