#pragma once

#include "model/Revision.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace causeway {

struct TimelineEvent;

// Writes imported timeline events straight through SQLite's C API, inside a
// WriteTransaction the caller holds open. An import of 100,000 log lines must take about as
// long as SQLite itself needs to store them; per-record QSqlQuery binding, QJsonObject
// building and one audit entry per event made it a hundred times slower.
//
// Each event becomes one records row and one search_index row, exactly as
// WriteTransaction::insertRecord would write them. Instead of one audit entry per event, the
// caller writes one "import" entry whose value is payload(): every created record with its
// initial fields, in canonical JSON, so the hash chain still covers every imported byte and
// Store::verify replays the import record by record.
class EventBulkInsert {
public:
    EventBulkInsert(QSqlDatabase& db, const QString& postmortemId, const Revision& revision,
                    const QDateTime& now);
    ~EventBulkInsert();
    EventBulkInsert(const EventBulkInsert&) = delete;
    EventBulkInsert& operator=(const EventBulkInsert&) = delete;

    Status prepare();
    // Room in the payload for about this many events, so it is not copied as it grows.
    void reserve(qsizetype events);
    // event.id may be empty (a new id is made); event.importKey should be set.
    Status add(const TimelineEvent& event);
    int count() const { return m_count; }
    // {"count":N,"records":[{"fields":{…},"id":…,"kind":"event","parent":…},…]}
    QByteArray payload() const;

    // The canonical JSON of an event's fields, as encodeValue() of its toFields() would give.
    static QByteArray fieldsJson(const TimelineEvent& event);

private:
    // The same with the description already in UTF-8 (the index row needs it too).
    static QByteArray fieldsJson(const TimelineEvent& event, QByteArrayView descriptionUtf8);
    // A random (version 4) record id, as newRecordIdUtf8() makes, from m_random.
    QByteArray newId();
    Status sqliteFailure(const char* what) const;

    // Seeded once from the system's generator, whose every call costs microseconds here
    // (RDRAND); 100,000 ids from it took a sixth of an import.
    QRandomGenerator m_random;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insertRecord = nullptr;
    sqlite3_stmt* m_insertIndex = nullptr;
    QByteArray m_postmortemId;
    qint64 m_postmortemRowid = 0;
    QByteArray m_revisionDevice;
    qint64 m_revisionCounter = 0;
    QByteArray m_now;            // canonical time of this transaction
    QByteArray m_revisionJson;   // [counter,"device","now"], the same for every field
    QByteArray m_fieldRevisions; // {"*":[counter,"device","now"]}
    QByteArray m_records;        // the payload's records array, without brackets
    int m_count = 0;
};

} // namespace causeway
