#include "store/BlobStore.h"

#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway {

namespace {

Status sqlFailure(const QSqlQuery& q) {
    return Status::failure(Database::describeError(q.lastError()));
}

} // namespace

Status WriteTransaction::putBlob(const QString& sha256, const QByteArray& data) {
    if (!m_open)
        return Status::failure(QStringLiteral("the transaction is not open"));
    if (data.size() > kMaxAttachmentBytes)
        return Status::failure(QStringLiteral("an attachment can be at most %1 (this one is %2)")
                                   .arg(QLocale::c().formattedDataSize(kMaxAttachmentBytes),
                                        QLocale::c().formattedDataSize(data.size())));
    // The hash is the content's name: one that does not match would store a lie.
    if (sha256Hex(data) != sha256)
        return Status::failure(
            QStringLiteral("the content does not match its SHA-256 %1; nothing was stored")
                .arg(sha256));
    const BlobStore::Content existing = BlobStore::read(m_db, sha256);
    if (existing.state == BlobState::Present)
        return {};
    QSqlQuery q(m_db);
    if (existing.state == BlobState::Corrupted) {
        // The same content again repairs a damaged copy: the hash proves these bytes right.
        q.prepare(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"));
        q.addBindValue(sha256);
        if (!q.exec())
            return sqlFailure(q);
    }
    q.prepare(QStringLiteral("INSERT INTO blobs(sha256, size, data) VALUES (?, ?, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(static_cast<qint64>(data.size()));
    // A null QByteArray would bind as NULL; empty content is a valid attachment.
    q.addBindValue(data.isNull() ? QByteArray("") : data);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

namespace BlobStore {

Content read(QSqlDatabase& db, const QString& sha256) {
    Content out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT size, data FROM blobs WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec()) {
        out.error = Database::describeError(q.lastError());
        return out;
    }
    if (!q.next())
        return out;
    const qint64 size = q.value(0).toLongLong();
    QByteArray data = q.value(1).toByteArray();
    if (data.size() != size || sha256Hex(data) != sha256) {
        out.state = BlobState::Corrupted;
        return out;
    }
    out.state = BlobState::Present;
    out.data = std::move(data);
    return out;
}

BlobState state(QSqlDatabase& db, const QString& sha256) {
    return read(db, sha256).state;
}

QList<Damage> verifyReferenced(QSqlDatabase& db) {
    QList<Damage> problems;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Tombstoned attachments too: their audit entries still vouch for the content.
    if (!q.exec(QStringLiteral("SELECT r.id, json_extract(r.fields, '$.name'), "
                               "json_extract(r.fields, '$.sha256') FROM records r "
                               "WHERE r.kind = 'attachment' AND EXISTS (SELECT 1 FROM blobs b "
                               "WHERE b.sha256 = json_extract(r.fields, '$.sha256')) "
                               "ORDER BY r.id"))) {
        problems.append({QString(), QStringLiteral("the attachment contents cannot be read: ") +
                                        Database::describeError(q.lastError())});
        return problems;
    }
    while (q.next()) {
        const QString sha = q.value(2).toString();
        if (state(db, sha) == BlobState::Corrupted)
            problems.append({q.value(0).toString(),
                             QStringLiteral("the content of attachment \"%1\" (record %2) is "
                                            "damaged: it no longer matches its SHA-256 %3")
                                 .arg(q.value(1).toString(), q.value(0).toString(), sha)});
    }
    return problems;
}

} // namespace BlobStore
} // namespace causeway
