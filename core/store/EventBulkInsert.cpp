#include "store/EventBulkInsert.h"

#include "model/CanonicalJson.h"
#include "store/SearchIndex.h"
#include "store/SqliteHandle.h"
#include "timeline/TimelineEvent.h"

#include <sqlite3.h>

#include <array>
#include <cstring>

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

QRandomGenerator seedFromSystem() {
    std::array<quint32, 8> seed{};
    QRandomGenerator::system()->fillRange(seed.data(), seed.size());
    return QRandomGenerator(seed.data(), static_cast<qsizetype>(seed.size()));
}

} // namespace

EventBulkInsert::EventBulkInsert(QSqlDatabase& db, const QString& postmortemId,
                                 const Revision& revision, const QDateTime& now)
    : m_random(seedFromSystem())
    , m_db(sqliteHandle(db))
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
    // Index rows are numbered by their postmortem (SearchIndex::rowidOf).
    sqlite3_stmt* root = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT rowid FROM records WHERE id = ?1", -1, &root, nullptr) !=
        SQLITE_OK)
        return sqliteFailure("prepare the postmortem lookup");
    bindText(root, 1, m_postmortemId);
    const bool found = sqlite3_step(root) == SQLITE_ROW;
    m_postmortemRowid = found ? sqlite3_column_int64(root, 0) : 0;
    sqlite3_finalize(root);
    if (!found)
        return Status::failure(QStringLiteral("the postmortem to import into is missing"));
    return {};
}

void EventBulkInsert::reserve(qsizetype events) {
    // An event's entry is its fields (some 200 bytes for a log line) plus its id and parent.
    m_records.reserve(events * 320);
}

QByteArray EventBulkInsert::newId() {
    std::array<quint32, 4> words{};
    m_random.fillRange(words.data(), words.size());
    std::array<unsigned char, 16> bytes{};
    std::memcpy(bytes.data(), words.data(), bytes.size());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx in lower case, as QUuid::toByteArray writes it.
    static const char hex[] = "0123456789abcdef";
    QByteArray id(36, Qt::Uninitialized);
    char* out = id.data();
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = hex[bytes[i] >> 4];
        *out++ = hex[bytes[i] & 0x0f];
    }
    return id;
}

QByteArray EventBulkInsert::fieldsJson(const TimelineEvent& e) {
    return fieldsJson(e, e.description.toUtf8());
}

QByteArray EventBulkInsert::fieldsJson(const TimelineEvent& e, QByteArrayView descriptionUtf8) {
    // Keys in canonical (sorted) order: actor, description, end, evidence, import_key,
    // key_event, kind, source, tags, time. Optional ones are left out as toFields() does.
    QByteArray out;
    out.reserve(256 + descriptionUtf8.size());
    out.append('{');
    if (!e.actor.isEmpty()) {
        out.append("\"actor\":");
        appendCanonicalString(out, e.actor);
        out.append(',');
    }
    out.append("\"description\":");
    appendCanonicalUtf8String(out, descriptionUtf8);
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
    const QByteArray id = e.id.isEmpty() ? newId() : e.id.toUtf8();
    const QByteArray description = e.description.toUtf8();
    const QByteArray fields = fieldsJson(e, description);

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
    body.reserve(description.size() + 1);
    if (!e.actor.isEmpty())
        body += e.actor.toUtf8() + '\n';
    body += description;
    body += '\n';
    for (const QString& tag : e.tags)
        body += tag.toUtf8() + '\n';
    const Result<qint64> indexRowid = SearchIndex::rowidOf(m_postmortemRowid, rowid);
    if (!indexRowid)
        return Status::failure(indexRowid.error());
    sqlite3_bind_int64(m_insertIndex, 1, indexRowid.value());
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
