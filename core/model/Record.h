#pragma once

#include "model/Revision.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace causeway {

// Record kinds. Every kind shares the same identity, revision and tombstone rules.
namespace Kind {
inline const QString Postmortem = QStringLiteral("postmortem");
inline const QString Participant = QStringLiteral("participant");
} // namespace Kind

// One field of a record, with its own revision so that concurrent edits of
// different fields of one record can both survive a merge.
// A field's causal context: for each device other than the writer's, the highest counter of
// that device's writes to the postmortem the writer had seen. With the revision, it tells
// whether one write knew of another (one replaces the other) or whether they were
// concurrent (a conflict). Empty when the writer had seen only its own device's writes.
using CausalContext = QMap<QString, qint64>;

struct FieldValue {
    QJsonValue value;
    Revision revision;
    QDateTime modified; // UTC
    CausalContext context;
};

struct Record {
    QString id; // UUID without braces, lower case
    QString kind;
    QString parentId;     // empty for a postmortem
    QDateTime created;    // UTC
    QDateTime modified;   // UTC
    Revision revision;    // the highest revision of the record or any of its fields
    bool deleted = false; // tombstone: kept so that deletions travel in bundles
    // The last deletion or restore, merged like a field (value true or false); a null
    // revision when the record was never deleted.
    FieldValue deletion;

    QMap<QString, FieldValue> fields;

    // Looked up in place: QMap::value() would copy the field's revision and time as well.
    QJsonValue value(const QString& key) const {
        const auto it = fields.constFind(key);
        return it == fields.cend() ? QJsonValue() : it->value;
    }
    QString text(const QString& key) const {
        const auto it = fields.constFind(key);
        return it == fields.cend() ? QString() : it->value.toString();
    }
    QStringList list(const QString& key) const;
};

// A postmortem with all its child records (participants now; later kinds join the same list).
struct Postmortem {
    Record root;
    QList<Record> children;

    QString id() const { return root.id; }
    QString title() const;
    QString templateId() const;
    QList<Record> childrenOfKind(const QString& kind, bool includeDeleted = false) const;
    const Record* findRecord(const QString& id) const;
};

QString newRecordId();
QByteArray newRecordIdUtf8(); // the same, as the bytes bulk writers bind

} // namespace causeway
