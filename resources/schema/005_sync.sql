-- Causeway schema 5: what bundle exchange between machines needs.

-- For each postmortem, the highest revision counter of each device whose writes this
-- database has seen. A local edit stores it as the edit's causal context, so that a merge
-- can tell an edit that replaced another from two concurrent ones.
CREATE TABLE knowledge (
    root_id TEXT NOT NULL,
    device  TEXT NOT NULL,
    counter INTEGER NOT NULL,
    PRIMARY KEY (root_id, device)
) WITHOUT ROWID;

INSERT INTO knowledge(root_id, device, counter)
SELECT root_id, device, max(counter) FROM (
    SELECT root_id, rev_device AS device, rev_counter AS counter FROM records
    UNION ALL
    SELECT r.root_id, json_extract(f.value, '$[1]'), json_extract(f.value, '$[0]')
    FROM records r, json_each(r.field_revs) f
) WHERE device IS NOT NULL AND counter > 0
GROUP BY root_id, device;

-- Bundles already imported, by bundle id: a sync folder is scanned again and again, and a
-- bundle imported once is skipped (importing it again would change nothing anyway).
CREATE TABLE imported_bundles (
    bundle_id    TEXT PRIMARY KEY,
    file_sha256  TEXT NOT NULL,
    signer_key   TEXT NOT NULL, -- minisign key id, empty when unsigned
    device       TEXT NOT NULL, -- the device that wrote the bundle
    imported_utc TEXT NOT NULL
) WITHOUT ROWID;

-- Named peers of incremental export: the audit sequence number up to which this database's
-- changes went into the last bundle made for the peer.
CREATE TABLE sync_peers (
    name        TEXT PRIMARY KEY,
    last_seq    INTEGER NOT NULL,
    last_bundle TEXT NOT NULL,
    updated_utc TEXT NOT NULL
) WITHOUT ROWID;

-- Signers whose bundles this database accepts: an unknown key must be trusted explicitly.
CREATE TABLE trusted_signers (
    key_id      TEXT PRIMARY KEY, -- minisign key id (16 upper-case hex digits)
    public_key  TEXT NOT NULL,    -- base64 of the 32-byte Ed25519 key
    label       TEXT NOT NULL,    -- the signer's name and role as the bundle gave them
    trusted_utc TEXT NOT NULL
) WITHOUT ROWID;
