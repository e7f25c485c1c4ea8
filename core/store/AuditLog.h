#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace causeway {

// One append-only audit entry: who changed which field of which record, from what to what.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at; // UTC, taken from the computer's clock, never from the user
    QString actor;
    QString osUser;
    QString device;
    QString action;  // create, set, delete, restore
    QString context; // what the user did: edit, import-json, duplicate, ...
    QString recordId;
    QString recordKind;
    QString field;    // empty for create/delete/restore
    QString oldValue; // canonical JSON; empty when there was none
    QString newValue;
    QByteArray prevHash; // hex SHA-256 of the previous entry; 64 zeros for the first
    QByteArray hash;
};

namespace AuditLog {

QByteArray genesisHash();
// The columns of an entry, in the order read() expects them: "seq, at_utc, …, hash".
QString columns();
// The entry at the query's current row, selected with columns().
AuditEntry read(const QSqlQuery& query);
// The SHA-256 (hex) over the canonical JSON of every column but the hash itself.
QByteArray computeHash(const AuditEntry& entry);
// The same, with the new value given as UTF-8 instead of entry.newValue: a bulk import's
// entry carries megabytes, which need no round trip through UTF-16.
QByteArray computeHash(const AuditEntry& entry, QByteArrayView newValueUtf8);

// Appends inside the caller's transaction; fills seq, prevHash and hash.
// lastHash/lastSeq cache the chain's end so a batch does not re-read it per entry.
class Writer {
public:
    explicit Writer(QSqlDatabase& db)
        : m_db(db)
        , m_insert(db) {}
    Status append(AuditEntry& entry);
    // The same for an entry whose new value is given as UTF-8 (entry.newValue is ignored):
    // written through SQLite's C API, so the megabytes of a bulk import are bound as they are.
    Status append(AuditEntry& entry, const QByteArray& newValueUtf8);

private:
    Status loadTail();
    QSqlDatabase& m_db;
    bool m_loaded = false;
    qint64 m_lastSeq = 0;
    QByteArray m_lastHash;
    QSqlQuery m_insert; // prepared once per transaction: imports append thousands of entries
};

} // namespace AuditLog
} // namespace causeway
