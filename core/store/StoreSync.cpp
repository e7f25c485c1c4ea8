// Store: bundle merges, incremental-export marks, trusted signers and open conflicts.

#include "store/Store.h"

#include "model/CanonicalJson.h"
#include "store/StorePrivate.h"
#include "store/WriteTransaction.h"
#include "sync/Conflict.h"
#include "sync/Merge.h"
#include "timeline/Attachment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway {

bool BundleMergeSummary::changedAnything() const {
    if (blobsAdded > 0)
        return true;
    for (const PostmortemMergeSummary& pm : postmortems) {
        if (pm.changed())
            return true;
    }
    return false;
}

namespace {

bool sameMeta(const FieldValue& a, const FieldValue& b) {
    return a.revision == b.revision && a.modified == b.modified && a.context == b.context &&
           canonicalJson(a.value) == canonicalJson(b.value);
}

// SQLite keeps a null QString as NULL; these columns hold "" for "none".
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

Status sqlFailure(const QSqlQuery& q) {
    return Status::failure(Database::describeError(q.lastError()));
}

// Writes the difference between the local copy and the merged one.
Status applyMerged(WriteTransaction& tx, const Record* local, const Record& merged,
                   PostmortemMergeSummary& summary) {
    if (!local) {
        if (auto s = tx.insertRecord(merged); !s)
            return s;
        if (!merged.parentId.isEmpty())
            ++summary.recordsAdded;
        return {};
    }
    bool changed = false;
    for (auto it = merged.fields.cbegin(); it != merged.fields.cend(); ++it) {
        const auto old = local->fields.constFind(it.key());
        if (old != local->fields.cend() && sameMeta(*old, it.value()))
            continue;
        auto set = tx.setMergedField(merged.id, it.key(), it.value());
        if (!set)
            return set.status();
        changed = changed || set.value();
    }
    const bool deletionChanged =
        local->deleted != merged.deleted ||
        (!merged.deletion.revision.isNull() && !sameMeta(local->deletion, merged.deletion));
    if (deletionChanged) {
        FieldValue deletion = merged.deletion;
        deletion.value = merged.deleted;
        if (auto s = tx.setMergedDeletion(merged.id, deletion); !s)
            return s;
        if (merged.deleted && !local->deleted)
            ++summary.recordsDeleted;
        else if (local->deleted != merged.deleted)
            changed = true;
    }
    // Only what moved: touching loads the record into the transaction's cache.
    if (merged.revision > local->revision || merged.modified > local->modified)
        tx.touch(merged.id, merged.revision, merged.modified);
    if (changed)
        ++summary.recordsChanged;
    return {};
}

} // namespace

Result<BundleMergeSummary> Store::mergeBundle(const BundleMergeRequest& request) {
    using R = Result<BundleMergeSummary>;
    if (isReadOnly())
        return R::failure(QStringLiteral("The database is read-only: ") + readOnlyReason());
    const QString context = QStringLiteral("import-bundle %1").arg(request.bundleId);
    WriteTransaction tx(d->db(), d->actor, d->deviceId, context);
    if (auto s = tx.begin(); !s)
        return R::failure(s.error());

    BundleMergeSummary summary;
    summary.alreadyImported = bundleImported(request.bundleId);
    QSet<QString> seen;
    for (const Postmortem& incoming : request.postmortems) {
        if (seen.contains(incoming.id()))
            return R::failure(
                QStringLiteral("The bundle holds postmortem %1 twice.").arg(incoming.id()));
        seen.insert(incoming.id());
        // The Lamport clock moves past everything the bundle brings.
        tx.observe(incoming.root.revision);
        for (const Record& c : incoming.children)
            tx.observe(c.revision);

        const std::optional<Postmortem> local = loadPostmortem(incoming.id());
        if (!local) {
            // An id that names a record of another postmortem here is not a new postmortem.
            if (tx.record(incoming.id()))
                return R::failure(QStringLiteral("The id %1 of a postmortem in the bundle "
                                                 "belongs to another record here.")
                                      .arg(incoming.id()));
        }
        auto merged = Merge::merge(local, incoming);
        if (!merged)
            return R::failure(QStringLiteral("Postmortem %1 cannot be merged: %2")
                                  .arg(incoming.id(), merged.error()));
        const Postmortem& result = merged.value().merged;
        PostmortemMergeSummary pmSummary;
        pmSummary.id = result.id();
        pmSummary.title = result.title();
        pmSummary.added = !local;
        pmSummary.conflicts = static_cast<int>(merged.value().newConflicts.size());
        summary.conflicts += pmSummary.conflicts;

        QHash<QString, const Record*> localRecords;
        if (local) {
            for (const Record& c : local->children)
                localRecords.insert(c.id, &c);
        }
        if (auto s = applyMerged(tx, local ? &local->root : nullptr, result.root, pmSummary); !s)
            return R::failure(QStringLiteral("Postmortem %1: %2").arg(result.id(), s.error()));
        for (const Record& child : result.children) {
            const Record* before = localRecords.value(child.id, nullptr);
            if (!before && tx.record(child.id))
                return R::failure(QStringLiteral("Record %1 of postmortem %2 in the bundle "
                                                 "belongs to another postmortem here.")
                                      .arg(child.id, result.id()));
            if (auto s = applyMerged(tx, before, child, pmSummary); !s)
                return R::failure(QStringLiteral("Postmortem %1, record %2: %3")
                                      .arg(result.id(), child.id, s.error()));
            // Attachment content travels by SHA-256; a bundle may leave it out.
            if (child.kind == Kind::Attachment) {
                const QString sha = child.text(AttachmentField::Sha256);
                const auto blob = request.blobs.constFind(sha);
                if (blob != request.blobs.cend() && blobState(sha) != BlobState::Present) {
                    if (auto s = tx.putBlob(sha, *blob); !s)
                        return R::failure(s.error());
                    ++summary.blobsAdded;
                }
            }
        }
        summary.postmortems.append(pmSummary);
    }

    // Importing a bundle again changes nothing, and writes nothing either.
    if (summary.alreadyImported && !summary.changedAnything() && summary.conflicts == 0) {
        tx.rollback();
        return summary;
    }
    QJsonArray ids;
    for (const PostmortemMergeSummary& pm : std::as_const(summary.postmortems))
        ids.append(pm.id);
    const QJsonObject note{{QStringLiteral("bundle"), request.bundleId},
                           {QStringLiteral("file_sha256"), request.fileSha256},
                           {QStringLiteral("signer"), request.signerKeyId},
                           {QStringLiteral("signer_label"), request.signerLabel},
                           {QStringLiteral("device"), request.device},
                           {QStringLiteral("postmortems"), ids},
                           {QStringLiteral("conflicts"), summary.conflicts}};
    if (auto s = tx.auditNote(QStringLiteral("import-bundle"), request.bundleId,
                              QStringLiteral("bundle"), encodeValue(note));
        !s)
        return R::failure(s.error());
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO imported_bundles(bundle_id, file_sha256, signer_key, "
                             "device, imported_utc) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(bundle_id) DO NOTHING"));
    q.addBindValue(request.bundleId);
    q.addBindValue(text(request.fileSha256));
    q.addBindValue(text(request.signerKeyId));
    q.addBindValue(text(request.device));
    q.addBindValue(canonicalTime(tx.now()));
    if (!q.exec())
        return R::failure(sqlFailure(q).error());
    q.finish();
    if (request.dryRun) {
        tx.rollback();
        return summary;
    }
    const QSet<QString> touched = tx.touchedPostmortems();
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    for (const QString& id : touched)
        Q_EMIT postmortemChanged(id);
    return summary;
}

bool Store::bundleImported(const QString& bundleId) const {
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT 1 FROM imported_bundles WHERE bundle_id = ?"));
    q.addBindValue(bundleId);
    return q.exec() && q.next();
}

qint64 Store::auditHead() const {
    QSqlQuery q(d->db());
    return q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

Result<QStringList> Store::postmortemsChangedSince(qint64 seq) const {
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT DISTINCT r.root_id FROM audit a JOIN records r ON "
                             "r.id = a.record_id WHERE a.seq > ? ORDER BY r.root_id"));
    q.addBindValue(seq);
    if (!q.exec())
        return Result<QStringList>::failure(sqlFailure(q).error());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

std::optional<qint64> Store::peerMark(const QString& peer) const {
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT last_seq FROM sync_peers WHERE name = ?"));
    q.addBindValue(peer);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Status Store::recordBundleExport(const QString& bundleId, const QString& peer, qint64 seq,
                                 const QStringList& postmortemIds) {
    if (isReadOnly())
        return Status::failure(QStringLiteral("The database is read-only: ") + readOnlyReason());
    WriteTransaction tx(d->db(), d->actor, d->deviceId, QStringLiteral("export-bundle"));
    if (auto s = tx.begin(); !s)
        return s;
    const QJsonObject note{
        {QStringLiteral("bundle"), bundleId},
        {QStringLiteral("peer"), peer},
        {QStringLiteral("postmortems"), QJsonArray::fromStringList(postmortemIds)}};
    if (auto s = tx.auditNote(QStringLiteral("export-bundle"), bundleId, QStringLiteral("bundle"),
                              encodeValue(note));
        !s)
        return s;
    if (!peer.isEmpty()) {
        QSqlQuery q(d->db());
        q.prepare(
            QStringLiteral("INSERT INTO sync_peers(name, last_seq, last_bundle, updated_utc) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                           "last_seq = excluded.last_seq, last_bundle = excluded.last_bundle, "
                           "updated_utc = excluded.updated_utc"));
        q.addBindValue(peer);
        q.addBindValue(seq);
        q.addBindValue(text(bundleId));
        q.addBindValue(canonicalTime(tx.now()));
        if (!q.exec())
            return sqlFailure(q);
    }
    return tx.commit();
}

bool Store::isTrustedSigner(const QString& keyId) const {
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT 1 FROM trusted_signers WHERE key_id = ?"));
    q.addBindValue(keyId);
    return q.exec() && q.next();
}

QList<TrustedSigner> Store::trustedSigners() const {
    QList<TrustedSigner> out;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT key_id, public_key, label, trusted_utc FROM "
                               "trusted_signers ORDER BY label, key_id")))
        return out;
    while (q.next())
        out.append(TrustedSigner{q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), parseCanonicalTime(q.value(3).toString())});
    return out;
}

Status Store::trustSigner(const TrustedSigner& signer) {
    if (isReadOnly())
        return Status::failure(QStringLiteral("The database is read-only: ") + readOnlyReason());
    WriteTransaction tx(d->db(), d->actor, d->deviceId, QStringLiteral("trust-signer"));
    if (auto s = tx.begin(); !s)
        return s;
    const QJsonObject note{{QStringLiteral("key_id"), signer.keyId},
                           {QStringLiteral("public_key"), signer.publicKey},
                           {QStringLiteral("label"), signer.label}};
    if (auto s = tx.auditNote(QStringLiteral("trust-signer"), signer.keyId,
                              QStringLiteral("signer"), encodeValue(note));
        !s)
        return s;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO trusted_signers(key_id, public_key, label, trusted_utc) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT(key_id) DO UPDATE SET "
                             "label = excluded.label"));
    q.addBindValue(signer.keyId);
    q.addBindValue(text(signer.publicKey));
    q.addBindValue(text(signer.label));
    q.addBindValue(canonicalTime(tx.now()));
    if (!q.exec())
        return sqlFailure(q);
    return tx.commit();
}

QList<Record> Store::openConflicts(const QString& postmortemId) const {
    QList<Record> out;
    QStringList ids;
    if (postmortemId.isEmpty()) {
        QSqlQuery q(d->db());
        if (q.exec(QStringLiteral("SELECT DISTINCT root_id FROM records WHERE kind = 'conflict' "
                                  "AND deleted = 0")))
            while (q.next())
                ids.append(q.value(0).toString());
    } else {
        ids.append(postmortemId);
    }
    for (const QString& id : std::as_const(ids)) {
        const auto pm = loadPostmortem(id);
        if (!pm)
            continue;
        for (const Record& r : pm->children) {
            if (isOpenConflict(r))
                out.append(r);
        }
    }
    return out;
}

} // namespace causeway
