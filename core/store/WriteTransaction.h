#pragma once

#include "model/Revision.h"
#include "store/Actor.h"
#include "store/AuditLog.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace causeway {

struct Record;

// The one place that writes content. Every change made through it writes its audit entry
// in the same SQLite transaction; the transaction rolls back unless commit() succeeds, so
// a failed import or a full disk leaves the database exactly as it was.
class WriteTransaction {
public:
    struct RecordInfo {
        qint64 rowid = 0;
        QString kind;
        QString parentId;
        QString rootId;
        QDateTime created;
        QDateTime modified;
        Revision revision;
        bool deleted = false;
        QJsonObject fields;    // name -> value
        QJsonObject fieldRevs; // name -> [counter, device, modified]
        bool dirty = false;
        bool reindex = false;
        bool inserted = false; // created in this transaction: nothing to replace in the index
    };

    WriteTransaction(QSqlDatabase& db, const Actor& actor, QString deviceId, QString context);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin();
    Status commit();
    // Undoes everything written so far; the transaction is closed afterwards.
    void rollback();

    // Lamport clock: observe() moves it past a revision seen in incoming data;
    // localRevision() is the revision of this transaction's own edits.
    void observe(const Revision& revision);
    Revision localRevision();
    QDateTime now() const { return m_now; }

    // nullptr when the record does not exist.
    const RecordInfo* record(const QString& id);
    std::optional<Revision> fieldRevision(const QString& recordId, const QString& field);

    // Creates a record with its initial fields in one audit entry. Missing metadata
    // (times, revisions) is stamped as a local edit of this transaction.
    Status insertRecord(const Record& record);
    // Writes a field; an audit entry only when the value really changes. Returns whether
    // the value changed.
    Result<bool> setField(const QString& recordId, const QString& field, const QJsonValue& value,
                          const Revision& revision, const QDateTime& modified);
    Status setDeleted(const QString& recordId, bool deleted);
    // Stores attachment content under its SHA-256 (checked here) unless it is already there
    // intact; defined beside the blob table's other queries in BlobStore.cpp. The audit
    // trail records the attachment record that names the hash.
    Status putBlob(const QString& sha256, const QByteArray& data);
    // Raises the record's revision and modified time to at least these.
    void touch(const QString& recordId, const Revision& revision, const QDateTime& modified);

    // One audit entry for records created in bulk under a postmortem (see EventBulkInsert):
    // payload lists every created record with its initial fields.
    Status auditBulkCreate(const QString& postmortemId, const QString& payload);

    // An audit entry for an attempt the store refused (action e.g. "refuse-delete"): the
    // record is unchanged, the entry says who tried and why it was refused.
    Status auditRefusal(const QString& action, const QString& recordId, const QString& reason);

    QSet<QString> touchedPostmortems() const { return m_touchedRoots; }

private:
    Status audit(const QString& action, const QString& recordId, const RecordInfo& info,
                 const QString& field, const QString& oldValue, const QString& newValue);
    Status flushRecords();
    Status flushSearchIndex();
    RecordInfo* mutableRecord(const QString& id);

    QSqlDatabase& m_db;
    Actor m_actor;
    QString m_device;
    QString m_context;
    QDateTime m_now;
    AuditLog::Writer m_audit;
    bool m_open = false;
    qint64 m_clock = 0;
    qint64 m_clockAtStart = 0;
    std::optional<Revision> m_local;
    QHash<QString, RecordInfo> m_records;
    QSet<QString> m_touchedRoots;
    QSqlQuery m_insertRecord;
    QSqlQuery m_selectRecord;
};

// Stored field values are canonical JSON text; these convert both ways.
QString encodeValue(const QJsonValue& value);
QJsonValue decodeValue(const QString& text);
QJsonObject decodeObject(const QString& text);

// A field revision as stored in records.field_revs: [counter, device, modified]. The key
// kDefaultFieldRevision ("*") gives the revision of every field without an entry of its own:
// a bulk import stamps all fields of an event alike and stores that once.
inline const QString kDefaultFieldRevision = QStringLiteral("*");
QJsonValue storedFieldRevision(const QJsonObject& fieldRevs, const QString& field);
QJsonValue encodeFieldRevision(const Revision& revision, const QDateTime& modified);
void decodeFieldRevision(const QJsonValue& stored, Revision& revision, QDateTime& modified);

} // namespace causeway
