#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace causeway {

// A batch of edits that the store commits in one transaction, with one audit entry per
// created record, changed field and deletion.
struct ChangeSet {
    struct NewRecord {
        QString id; // chosen by the caller (newRecordId()) so undo can refer to it
        QString kind;
        QString parentId;
        QMap<QString, QJsonValue> fields;
    };
    struct FieldChange {
        QString recordId;
        QString field;
        QJsonValue value;
    };
    struct Deletion {
        QString recordId;
        bool deleted = true; // false restores a record from the trash
    };
    // Content of an attachment, stored once per SHA-256 and never changed; the attachment
    // record that names it is created in the same transaction.
    struct Blob {
        QString sha256; // hex, lower case; checked against data when written
        QByteArray data;
    };

    // What the user did, as named in the audit trail: edit, trash, restore, duplicate, ...
    QString context = QStringLiteral("edit");
    QList<NewRecord> creates;
    QList<FieldChange> fieldChanges;
    QList<Deletion> deletions;
    QList<Blob> blobs;

    bool isEmpty() const {
        return creates.isEmpty() && fieldChanges.isEmpty() && deletions.isEmpty() &&
               blobs.isEmpty();
    }
};

} // namespace causeway
