-- Causeway schema 3: evidence attachments. The metadata of an attachment (name, size,
-- source, who added it, its SHA-256) is a record of kind "attachment", so it has an id,
-- revisions, a tombstone and audit entries like every record. The content lives here, once
-- per SHA-256: two events citing the same screenshot store it once, and because the
-- attachment's audit entry carries the hash, the audit chain covers the content too.

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size   INTEGER NOT NULL CHECK (size >= 0),
    data   BLOB NOT NULL
);

-- Content never changes under its hash. (Removing unreferenced content is left to a
-- future purge; an attachment whose content is missing reads as "not on this machine".)
CREATE TRIGGER blobs_no_update BEFORE UPDATE ON blobs
BEGIN
    SELECT RAISE(ABORT, 'attachment contents are immutable');
END;
