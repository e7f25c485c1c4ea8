#pragma once

#include "model/Record.h"
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
    // the value changed. A local edit (the revision is localRevision()) of a field that had
    // a value records what this device knew of the postmortem as the edit's context.
    Result<bool> setField(const QString& recordId, const QString& field, const QJsonValue& value,
                          const Revision& revision, const QDateTime& modified);
    // Writes a field with all its metadata as a merge decided it.
    Result<bool> setMergedField(const QString& recordId, const QString& field,
                                const FieldValue& merged);
    // A local deletion or restore, stamped with this transaction's revision and context.
    Status setDeleted(const QString& recordId, bool deleted);
    // A deletion state (value true or false) with its metadata as a merge decided it.
    Status setMergedDeletion(const QString& recordId, const FieldValue& merged);

    // What this database has seen of a postmortem: for each device, the highest counter of
    // its writes to the postmortem (kept in the knowledge table).
    CausalContext knowledge(const QString& rootId);
    // Adds a write to that knowledge; every writer here calls it, and so must one that
    // writes rows itself (EventBulkInsert).
    void learn(const QString& rootId, const Revision& revision, const CausalContext& context);
    // Stores attachment content under its SHA-256 (checked here) unless it is already there
    // intact; defined beside the blob table's other queries in BlobStore.cpp. The audit
    // trail records the attachment record that names the hash.
    Status putBlob(const QString& sha256, const QByteArray& data);
    // Raises the record's revision and modified time to at least these.
    void touch(const QString& recordId, const Revision& revision, const QDateTime& modified);

    // One audit entry for records created in bulk under a postmortem (see EventBulkInsert):
    // payload (UTF-8 JSON) lists every created record with its initial fields.
    Status auditBulkCreate(const QString& postmortemId, const QByteArray& payload);

    // An entry about the postmortem store as a whole rather than one record (action e.g.
    // "import-bundle", subject the bundle's id): payload says what happened.
    Status auditNote(const QString& action, const QString& subjectId, const QString& subjectKind,
                     const QString& payload);

    // An audit entry for an attempt the store refused (action e.g. "refuse-delete"): the
    // record is unchanged, the entry says who tried and why it was refused.
    Status auditRefusal(const QString& action, const QString& recordId, const QString& reason);

    QSet<QString> touchedPostmortems() const { return m_touchedRoots; }

private:
    // An entry with who, when, where and why filled in.
    AuditEntry entry(const QString& action, const QString& subjectId,
                     const QString& subjectKind) const;
    Status audit(const QString& action, const QString& recordId, const RecordInfo& info,
                 const QString& field, const QString& oldValue, const QString& newValue);
    Status flushRecords();
    Status flushSearchIndex();
    Status flushKnowledge();
    CausalContext localContext(const QString& rootId);
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
    QHash<QString, CausalContext> m_knowledge; // loaded per postmortem on first use
    QSet<QString> m_knowledgeDirty;
    QSqlQuery m_insertRecord;
    QSqlQuery m_selectRecord;
};

// Stored field values are canonical JSON text; these convert both ways.
QString encodeValue(const QJsonValue& value);
QJsonValue decodeValue(const QString& text);
QJsonObject decodeObject(const QString& text);

// A field revision as stored in records.field_revs: [counter, device, modified] or, with a
// causal context, [counter, device, modified, {device: counter, …}]. The key
// kDeletionRevision ("#deleted") holds the record's deletion state the same way. The key
// kDefaultFieldRevision ("*") gives the revision of every field without an entry of its own:
// a bulk import stamps all fields of an event alike and stores that once.
inline const QString kDefaultFieldRevision = QStringLiteral("*");
inline const QString kDeletionRevision = QStringLiteral("#deleted");
QJsonValue storedFieldRevision(const QJsonObject& fieldRevs, const QString& field);
QJsonValue encodeFieldRevision(const Revision& revision, const QDateTime& modified,
                               const CausalContext& context = {});
void decodeFieldRevision(const QJsonValue& stored, Revision& revision, QDateTime& modified);
// The same, with the causal context (into meta's revision, modified and context).
void decodeFieldMeta(const QJsonValue& stored, FieldValue& meta);

} // namespace causeway
