#include "store/Store.h"

#include "review/ReviewLock.h"
#include "store/Database.h"
#include "store/EventBulkInsert.h"
#include "store/StorePrivate.h"
#include "store/WriteTransaction.h"
#include "timeline/TimelineEvent.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway {

Result<EventImportSummary> Store::importEvents(const QString& postmortemId,
                                               const QList<TimelineEvent>& events,
                                               const QString& context,
                                               const std::function<bool(int)>& progress) {
    using R = Result<EventImportSummary>;
    if (isReadOnly())
        return R::failure(QStringLiteral("The database is read-only: ") + readOnlyReason());
    WriteTransaction tx(d->db(), d->actor, d->deviceId, context);
    if (auto s = tx.begin(); !s)
        return R::failure(s.error());
    const auto* root = tx.record(postmortemId);
    if (!root || root->kind != Kind::Postmortem)
        return R::failure(QStringLiteral("no postmortem with id %1").arg(postmortemId));
    if (auto s = ReviewLock::checkEditable(tx, postmortemId); !s)
        return R::failure(s.error()); // approved or published: read-only

    QSet<QString> knownKeys;
    {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT json_extract(fields, '$.import_key') FROM records WHERE "
                                 "root_id = ? AND kind = 'event' AND deleted = 0"));
        q.addBindValue(postmortemId);
        if (!q.exec())
            return R::failure(Database::describeError(q.lastError()));
        while (q.next()) {
            if (!q.value(0).isNull())
                knownKeys.insert(q.value(0).toString());
        }
    }

    const Revision rev = tx.localRevision();
    const QDateTime now = tx.now();
    EventBulkInsert writer(d->db(), postmortemId, rev, now);
    tx.learn(postmortemId, rev, {});
    if (auto s = writer.prepare(); !s)
        return R::failure(s.error());
    EventImportSummary summary;
    const qsizetype total = events.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && i % 1000 == 0 && !progress(static_cast<int>(i * 100 / total))) {
            summary.cancelled = true;
            return summary; // the transaction rolls back: the timeline is as it was
        }
        const TimelineEvent& event = events.at(i);
        if (!event.time.isValid())
            return R::failure(QStringLiteral("event %1 has no valid time").arg(i + 1));
        const QString key =
            event.importKey.isEmpty()
                ? TimelineEvent::makeImportKey(event.source, event.time, event.description)
                : event.importKey;
        if (knownKeys.contains(key)) {
            ++summary.duplicates;
            continue;
        }
        knownKeys.insert(key);
        Status added;
        if (event.importKey.isEmpty()) {
            TimelineEvent keyed = event;
            keyed.importKey = key;
            added = writer.add(keyed);
        } else {
            added = writer.add(event);
        }
        if (!added)
            return R::failure(QStringLiteral("event %1: ").arg(i + 1) + added.error());
        ++summary.added;
    }
    if (progress && !progress(100)) {
        summary.cancelled = true;
        return summary;
    }
    if (summary.added == 0)
        return summary; // nothing to write; the empty transaction rolls back
    if (auto s = tx.auditBulkCreate(postmortemId, QString::fromUtf8(writer.payload())); !s)
        return R::failure(s.error());
    tx.touch(postmortemId, rev, now);
    const QSet<QString> touched = tx.touchedPostmortems();
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    for (const QString& id : touched)
        Q_EMIT postmortemChanged(id);
    return summary;
}

} // namespace causeway
