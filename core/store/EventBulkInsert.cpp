#include "store/EventBulkInsert.h"

#include "model/CanonicalJson.h"
#include "model/Record.h"
#include "store/SqliteHandle.h"
#include "timeline/TimelineEvent.h"

#include <sqlite3.h>

namespace causeway {

namespace {

void appendStringArray(QByteArray& out, const QStringList& items) {
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out.append(',');
        appendCanonicalString(out, items.at(i));
    }
    out.append(']');
}

// Binds bytes that outlive the step (SQLITE_STATIC: no copy).
int bindText(sqlite3_stmt* statement, int index, const QByteArray& text) {
    return sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()),
                             SQLITE_STATIC);
}

} // namespace

EventBulkInsert::EventBulkInsert(QSqlDatabase& db, const QString& postmortemId,
                                 const Revision& revision, const QDateTime& now)
    : m_db(sqliteHandle(db))
    , m_postmortemId(postmortemId.toUtf8())
    , m_revisionDevice(revision.device.toUtf8())
    , m_revisionCounter(revision.counter) {
    appendCanonicalTime(m_now, now.toMSecsSinceEpoch());
    m_revisionJson = '[' + QByteArray::number(revision.counter) + ',';
    appendCanonicalUtf8String(m_revisionJson, m_revisionDevice);
    m_revisionJson += ",\"" + m_now + "\"]";
    // Every field of every imported event has this transaction's revision: stored once per
    // record under the default key instead of once per field.
    m_fieldRevisions = "{\"*\":" + m_revisionJson + '}';
}

EventBulkInsert::~EventBulkInsert() {
    sqlite3_finalize(m_insertRecord);
    sqlite3_finalize(m_insertIndex);
}

Status EventBulkInsert::sqliteFailure(const char* what) const {
    return Status::failure(QStringLiteral("could not %1: %2")
                               .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Status EventBulkInsert::prepare() {
    if (!m_db)
        return Status::failure(QStringLiteral("the database connection is not SQLite"));
    if (sqlite3_prepare_v2(m_db,
                           "INSERT INTO records(id, kind, parent_id, root_id, created_utc, "
                           "modified_utc, rev_counter, rev_device, deleted, fields, field_revs) "
                           "VALUES (?1, 'event', ?2, ?2, ?3, ?3, ?4, ?5, 0, ?6, ?7)",
                           -1, &m_insertRecord, nullptr) != SQLITE_OK)
        return sqliteFailure("prepare the event insert");
    if (sqlite3_prepare_v2(m_db,
                           "INSERT INTO search_index(rowid, record_id, postmortem_id, title, body) "
                           "VALUES (?1, ?2, ?3, '', ?4)",
                           -1, &m_insertIndex, nullptr) != SQLITE_OK)
        return sqliteFailure("prepare the search index insert");
    return {};
}

QByteArray EventBulkInsert::fieldsJson(const TimelineEvent& e) {
    // Keys in canonical (sorted) order: actor, description, end, evidence, import_key,
    // key_event, kind, source, tags, time. Optional ones are left out as toFields() does.
    QByteArray out;
    out.reserve(256 + e.description.size());
    out.append('{');
    if (!e.actor.isEmpty()) {
        out.append("\"actor\":");
        appendCanonicalString(out, e.actor);
        out.append(',');
    }
    out.append("\"description\":");
    appendCanonicalString(out, e.description);
    if (e.end.isValid()) {
        out.append(",\"end\":\"");
        appendCanonicalTime(out, e.end.toMSecsSinceEpoch());
        out.append('"');
    }
    if (!e.evidence.isEmpty()) {
        out.append(",\"evidence\":");
        appendStringArray(out, e.evidence);
    }
    if (!e.importKey.isEmpty()) {
        out.append(",\"import_key\":");
        appendCanonicalString(out, e.importKey);
    }
    if (e.keyEvent)
        out.append(",\"key_event\":true");
    out.append(",\"kind\":");
    appendCanonicalString(out, e.kind);
    out.append(",\"source\":");
    appendCanonicalString(out, e.source);
    if (!e.tags.isEmpty()) {
        out.append(",\"tags\":");
        appendStringArray(out, e.tags);
    }
    out.append(",\"time\":\"");
    appendCanonicalTime(out, e.time.toMSecsSinceEpoch());
    out.append("\"}");
    return out;
}

Status EventBulkInsert::add(const TimelineEvent& e) {
    const QByteArray id = e.id.isEmpty() ? newRecordIdUtf8() : e.id.toUtf8();
    const QByteArray fields = fieldsJson(e);

    bindText(m_insertRecord, 1, id);
    bindText(m_insertRecord, 2, m_postmortemId);
    bindText(m_insertRecord, 3, m_now);
    sqlite3_bind_int64(m_insertRecord, 4, m_revisionCounter);
    bindText(m_insertRecord, 5, m_revisionDevice);
    bindText(m_insertRecord, 6, fields);
    bindText(m_insertRecord, 7, m_fieldRevisions);
    const int stepped = sqlite3_step(m_insertRecord);
    sqlite3_reset(m_insertRecord);
    if (stepped != SQLITE_DONE)
        return sqliteFailure("store an event");
    const sqlite3_int64 rowid = sqlite3_last_insert_rowid(m_db);

    // The searchable text, as SearchIndex::textOf gives it for an event: actor,
    // description and tags, one per line.
    QByteArray body;
    if (!e.actor.isEmpty())
        body += e.actor.toUtf8() + '\n';
    body += e.description.toUtf8() + '\n';
    for (const QString& tag : e.tags)
        body += tag.toUtf8() + '\n';
    sqlite3_bind_int64(m_insertIndex, 1, rowid);
    bindText(m_insertIndex, 2, id);
    bindText(m_insertIndex, 3, m_postmortemId);
    bindText(m_insertIndex, 4, body);
    const int indexed = sqlite3_step(m_insertIndex);
    sqlite3_reset(m_insertIndex);
    if (indexed != SQLITE_DONE)
        return sqliteFailure("index an event");

    if (m_count)
        m_records.append(',');
    m_records.append("{\"fields\":");
    m_records.append(fields);
    m_records.append(",\"id\":\"");
    m_records.append(id);
    m_records.append("\",\"kind\":\"event\",\"parent\":");
    appendCanonicalUtf8String(m_records, m_postmortemId);
    m_records.append('}');
    ++m_count;
    return {};
}

QByteArray EventBulkInsert::payload() const {
    QByteArray out;
    out.reserve(m_records.size() + 32);
    out.append("{\"count\":");
    out.append(QByteArray::number(m_count));
    out.append(",\"records\":[");
    out.append(m_records);
    out.append("]}");
    return out;
}

} // namespace causeway
