#include "store/Store.h"

#include "model/CanonicalJson.h"
#include "store/AuditLog.h"
#include "store/BlobStore.h"
#include "store/StorePrivate.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace causeway {

namespace {

struct ReplayedRecord {
    QString kind;
    QString parentId;
    bool deleted = false;
    QHash<QString, QString> fields;    // name -> canonical JSON
    QHash<QString, qint64> lastSetSeq; // name -> audit entry that set it
    qint64 createdSeq = 0;
};

void addProblem(VerifyReport& report, qint64 seq, const QString& text) {
    report.ok = false;
    if (seq > 0 && (report.firstBadSeq == 0 || seq < report.firstBadSeq))
        report.firstBadSeq = seq;
    report.problems.append(text);
}

void replayCreate(ReplayedRecord& r, const QJsonObject& created, qint64 seq) {
    r.kind = created.value(u"kind").toString();
    r.parentId = created.value(u"parent").toString();
    r.createdSeq = seq;
    const QJsonObject initial = created.value(u"fields").toObject();
    for (auto f = initial.begin(); f != initial.end(); ++f) {
        r.fields.insert(f.key(), encodeValue(f.value()));
        r.lastSetSeq.insert(f.key(), seq);
    }
}

} // namespace

VerifyReport Store::verify() const {
    VerifyReport report;
    QHash<QString, ReplayedRecord> replay;

    // 1. The hash chain: every entry must hash to its stored value and name its
    //    predecessor's hash, with no gap in the sequence.
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + AuditLog::columns() +
                QStringLiteral(" FROM audit ORDER BY seq"))) {
        addProblem(report, 0, QStringLiteral("the audit trail cannot be read"));
        return report;
    }
    QByteArray previousHash = AuditLog::genesisHash();
    qint64 expectedSeq = 1;
    bool chainBroken = false;
    while (q.next()) {
        const AuditEntry e = AuditLog::read(q);
        ++report.entries;

        if (!chainBroken) {
            if (e.seq != expectedSeq) {
                addProblem(report, expectedSeq,
                           QStringLiteral("audit entry %1 is missing (the sequence jumps from %1 "
                                          "to %2)")
                               .arg(expectedSeq)
                               .arg(e.seq));
                chainBroken = true;
            } else if (e.prevHash != previousHash) {
                addProblem(report, e.seq,
                           QStringLiteral("audit entry %1 does not link to the entry before it")
                               .arg(e.seq));
                chainBroken = true;
            } else if (AuditLog::computeHash(e) != e.hash) {
                addProblem(report, e.seq,
                           QStringLiteral("audit entry %1 was altered (its content does not match "
                                          "its hash)")
                               .arg(e.seq));
                chainBroken = true;
            }
        }
        previousHash = e.hash;
        expectedSeq = e.seq + 1;

        // 2. Replay, to compare with the content tables afterwards.
        if (e.action == u"create-many") {
            // A bulk import: one entry listing every record it created.
            const QJsonArray created =
                decodeObject(e.newValue).value(QStringLiteral("records")).toArray();
            for (const QJsonValue& item : created) {
                const QJsonObject object = item.toObject();
                replayCreate(replay[object.value(QStringLiteral("id")).toString()], object, e.seq);
            }
            continue;
        }
        // A refused attempt (a deletion within the retention period) changed nothing.
        if (e.action.startsWith(u"refuse-"))
            continue;
        // Entries about bundles and signers name no record: nothing to replay.
        if (e.action == u"import-bundle" || e.action == u"export-bundle" ||
            e.action == u"trust-signer")
            continue;
        ReplayedRecord& r = replay[e.recordId];
        if (e.action == u"create") {
            replayCreate(r, decodeValue(e.newValue).toObject(), e.seq);
        } else if (e.action == u"set") {
            r.fields.insert(e.field, e.newValue);
            r.lastSetSeq.insert(e.field, e.seq);
        } else if (e.action == u"delete") {
            r.deleted = true;
        } else if (e.action == u"restore") {
            r.deleted = false;
        }
    }

    // 3. The content must be exactly what the audit trail says it is.
    QSqlQuery records(d->db());
    records.setForwardOnly(true);
    records.exec(QStringLiteral("SELECT id, kind, parent_id, deleted, fields FROM records"));
    QSet<QString> seen;
    while (records.next()) {
        const QString id = records.value(0).toString();
        seen.insert(id);
        const auto it = replay.constFind(id);
        if (it == replay.constEnd() || it->createdSeq == 0) {
            addProblem(report, 0,
                       QStringLiteral("record %1 has no creation entry in the audit trail "
                                      "(added outside Causeway)")
                           .arg(id));
            continue;
        }
        if (it->kind != records.value(1).toString() ||
            it->parentId != records.value(2).toString() || it->deleted != records.value(3).toBool())
            addProblem(report, it->createdSeq,
                       QStringLiteral("record %1 does not match the audit trail (its kind, parent "
                                      "or deletion was changed outside Causeway)")
                           .arg(id));
        const QJsonObject fields = decodeObject(records.value(4).toString());
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            if (!it->fields.contains(f.key())) {
                addProblem(report, 0,
                           QStringLiteral("field \"%1\" of record %2 has no entry in the audit "
                                          "trail (added outside Causeway)")
                               .arg(f.key(), id));
            } else if (it->fields.value(f.key()) != encodeValue(f.value())) {
                const qint64 seq = it->lastSetSeq.value(f.key());
                addProblem(report, seq,
                           QStringLiteral("field \"%1\" of record %2 differs from the value the "
                                          "audit trail recorded in entry %3 (changed outside "
                                          "Causeway)")
                               .arg(f.key(), id)
                               .arg(seq));
            }
        }
        for (auto f = it->fields.cbegin(); f != it->fields.cend(); ++f) {
            if (!fields.contains(f.key()))
                addProblem(report, it->lastSetSeq.value(f.key()),
                           QStringLiteral("field \"%1\" of record %2 was removed outside "
                                          "Causeway")
                               .arg(f.key(), id));
        }
    }
    for (auto it = replay.cbegin(); it != replay.cend(); ++it) {
        if (!seen.contains(it.key()))
            addProblem(report, it->createdSeq,
                       QStringLiteral("record %1 is in the audit trail but missing from the "
                                      "database")
                           .arg(it.key()));
    }
    // 4. Attachment contents: the creation entry of each attachment carries its SHA-256.
    for (const BlobStore::Damage& damage : BlobStore::verifyReferenced(d->db()))
        addProblem(report, replay.value(damage.recordId).createdSeq, damage.message);
    return report;
}

} // namespace causeway
