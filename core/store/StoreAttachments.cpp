#include "store/Store.h"

#include "model/CanonicalJson.h"
#include "model/PostmortemJson.h"
#include "review/ReviewLock.h"
#include "store/BlobStore.h"
#include "store/Database.h"
#include "store/StorePrivate.h"
#include "store/WriteTransaction.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway {

namespace {

QString damaged(const Attachment& a) {
    return QStringLiteral("the content of attachment \"%1\" (%2) is damaged: it no longer "
                          "matches its SHA-256 %3")
        .arg(a.name, a.id, a.sha256);
}

} // namespace

Result<QString> Store::addAttachment(const QString& postmortemId, const NewAttachment& attachment,
                                     const QString& eventId) {
    using R = Result<QString>;
    if (isReadOnly())
        return R::failure(QStringLiteral("The database is read-only: ") + readOnlyReason());
    Attachment meta = attachment.meta;
    if (meta.sha256 != attachment.blob.sha256)
        return R::failure(QStringLiteral("the attachment names content it does not carry"));
    if (!EventVocabulary::sources().contains(meta.source))
        return R::failure(QStringLiteral("unknown source \"%1\"").arg(meta.source));
    if (meta.id.isEmpty())
        meta.id = newRecordId();
    if (meta.addedBy.isEmpty())
        meta.addedBy = attachmentAuthor(d->actor.displayName, d->actor.osUser);

    WriteTransaction tx(d->db(), d->actor, d->deviceId, QStringLiteral("attach ") + meta.name);
    if (auto s = tx.begin(); !s)
        return R::failure(s.error());
    if (!meta.addedAt.isValid())
        meta.addedAt = tx.now();
    const auto* root = tx.record(postmortemId);
    if (!root || root->kind != Kind::Postmortem)
        return R::failure(QStringLiteral("no postmortem with id %1").arg(postmortemId));
    if (auto s = ReviewLock::checkEditable(tx, postmortemId); !s)
        return R::failure(s.error()); // approved or published: read-only
    QJsonArray evidence;
    if (!eventId.isEmpty()) {
        const auto* event = tx.record(eventId);
        if (!event || event->kind != Kind::Event || event->rootId != postmortemId || event->deleted)
            return R::failure(QStringLiteral("no event %1 in this postmortem").arg(eventId));
        evidence = event->fields.value(EventField::Evidence).toArray();
    }

    const Revision rev = tx.localRevision();
    const QDateTime now = tx.now();
    if (auto s = tx.putBlob(attachment.blob.sha256, attachment.blob.data); !s)
        return R::failure(meta.name + QStringLiteral(": ") + s.error());
    Record record;
    record.id = meta.id;
    record.kind = Kind::Attachment;
    record.parentId = postmortemId;
    record.revision = rev;
    const QMap<QString, QJsonValue> fields = meta.toFields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        record.fields.insert(it.key(), FieldValue{it.value(), rev, now, {}});
    if (auto s = tx.insertRecord(record); !s)
        return R::failure(s.error());
    if (!eventId.isEmpty()) {
        evidence.append(meta.id);
        auto changed = tx.setField(eventId, EventField::Evidence, evidence, rev, now);
        if (!changed)
            return R::failure(changed.error());
        tx.touch(eventId, rev, now);
    }
    const QSet<QString> touched = tx.touchedPostmortems();
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    for (const QString& id : touched)
        Q_EMIT postmortemChanged(id);
    return meta.id;
}

QList<Attachment> Store::listAttachments(const QString& postmortemId, bool includeDeleted) const {
    QList<Attachment> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, deleted, fields FROM records WHERE root_id = ? AND "
                             "kind = 'attachment' ORDER BY created_utc, id"));
    q.addBindValue(postmortemId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Record r;
        r.id = q.value(0).toString();
        r.kind = Kind::Attachment;
        r.deleted = q.value(1).toBool();
        if (r.deleted && !includeDeleted)
            continue;
        const QJsonObject fields = decodeObject(q.value(2).toString());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            r.fields[it.key()].value = it.value();
        out.append(Attachment::fromRecord(r));
    }
    return out;
}

Result<QByteArray> Store::readAttachment(const QString& attachmentId) const {
    using R = Result<QByteArray>;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT fields FROM records WHERE id = ? AND kind = 'attachment'"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return R::failure(Database::describeError(q.lastError()));
    if (!q.next())
        return R::failure(QStringLiteral("no attachment with id %1").arg(attachmentId));
    Record r;
    r.id = attachmentId;
    const QJsonObject fields = decodeObject(q.value(0).toString());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.fields[it.key()].value = it.value();
    q.finish();
    const Attachment a = Attachment::fromRecord(r);
    BlobStore::Content content = BlobStore::read(d->db(), a.sha256);
    switch (content.state) {
    case BlobState::Present:
        return std::move(content.data);
    case BlobState::Corrupted:
        return R::failure(damaged(a));
    case BlobState::Missing:
        break;
    }
    if (!content.error.isEmpty())
        return R::failure(QStringLiteral("the content of attachment \"%1\" cannot be read: %2")
                              .arg(a.name, content.error));
    return R::failure(QStringLiteral("the content of attachment \"%1\" is not on this machine "
                                     "(only its description was imported)")
                          .arg(a.name));
}

BlobState Store::blobState(const QString& sha256) const {
    return BlobStore::state(d->db(), sha256);
}

Result<std::optional<QByteArray>> Store::blobContent(const QString& sha256) const {
    using R = Result<std::optional<QByteArray>>;
    BlobStore::Content content = BlobStore::read(d->db(), sha256);
    switch (content.state) {
    case BlobState::Present:
        return R(std::optional<QByteArray>(std::move(content.data)));
    case BlobState::Missing:
        if (!content.error.isEmpty())
            return R::failure(content.error);
        return R(std::optional<QByteArray>());
    case BlobState::Corrupted:
        break;
    }
    return R::failure(QStringLiteral("the stored content with SHA-256 %1 is damaged (it no "
                                     "longer matches its hash)")
                          .arg(sha256));
}

Status Store::checkAttachments(const QString& postmortemId) const {
    QStringList problems;
    for (const Attachment& a : listAttachments(postmortemId, true)) {
        if (blobState(a.sha256) == BlobState::Corrupted)
            problems.append(damaged(a));
    }
    if (problems.isEmpty())
        return {};
    return Status::failure(problems.join(QStringLiteral("; ")));
}

Result<QByteArray> Store::exportPostmortem(const QString& postmortemId) const {
    using R = Result<QByteArray>;
    // The export carries every attachment's hash; it must not vouch for content that no
    // longer matches it.
    if (auto s = checkAttachments(postmortemId); !s)
        return R::failure(QStringLiteral("not exported: ") + s.error());
    const auto pm = loadPostmortem(postmortemId);
    if (!pm)
        return R::failure(QStringLiteral("postmortem %1 cannot be loaded").arg(postmortemId));
    return PostmortemJson::toCanonicalBytes(*pm);
}

} // namespace causeway
