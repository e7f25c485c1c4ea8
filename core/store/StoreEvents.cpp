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

#include <algorithm>

namespace causeway {

namespace {

// Raises the connection's page cache for one import and puts it back afterwards. The
// import's transaction touches about a kilobyte of pages per event (the record, its index
// entries and full-text rows, its part of the audit entry); once they outgrow the cache,
// SQLite spills dirty pages into the WAL mid-transaction and writes many of them again at
// the commit. Bounded, so a huge import spills rather than taking all memory.
class ImportCacheSize {
public:
    ImportCacheSize(QSqlDatabase& db, qsizetype events)
        : m_db(db) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
            return;
        m_previous = q.value(0).toLongLong();
        // Negative sizes are KiB, positive ones pages (of 4 KiB here by default).
        const qint64 previousKiB = m_previous < 0 ? -m_previous : m_previous * 4;
        const qint64 wantedKiB =
            std::min<qint64>(kMaxKiB, previousKiB + static_cast<qint64>(events) * 3 / 2);
        if (wantedKiB <= previousKiB)
            return;
        m_raised = q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(wantedKiB));
    }
    ~ImportCacheSize() {
        if (m_raised) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        }
    }
    ImportCacheSize(const ImportCacheSize&) = delete;
    ImportCacheSize& operator=(const ImportCacheSize&) = delete;

private:
    static constexpr qint64 kMaxKiB = 256 * 1024;
    QSqlDatabase& m_db;
    qint64 m_previous = 0;
    bool m_raised = false;
};

} // namespace

Result<EventImportSummary> Store::importEvents(const QString& postmortemId,
                                               const QList<TimelineEvent>& events,
                                               const QString& context,
                                               const std::function<bool(int)>& progress) {
    using R = Result<EventImportSummary>;
    if (isReadOnly())
        return R::failure(QStringLiteral("The database is read-only: ") + readOnlyReason());
    // Declared before the transaction, so the cache shrinks back only after the commit or
    // the rollback.
    const ImportCacheSize cacheSize(d->db(), events.size());
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

    // Every new key goes in too (duplicates within the file); growing the set step by step
    // rehashed it a dozen times.
    knownKeys.reserve(knownKeys.size() + events.size());

    const Revision rev = tx.localRevision();
    const QDateTime now = tx.now();
    EventBulkInsert writer(d->db(), postmortemId, rev, now);
    writer.reserve(events.size());
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
        // One lookup instead of contains() then insert(): the set grew if the key is new.
        const qsizetype keysBefore = knownKeys.size();
        knownKeys.insert(key);
        if (knownKeys.size() == keysBefore) {
            ++summary.duplicates;
            continue;
        }
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
    if (auto s = tx.auditBulkCreate(postmortemId, writer.payload()); !s)
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
