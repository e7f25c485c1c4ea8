#pragma once

#include "model/Record.h"
#include "model/Template.h"
#include "store/ChangeSet.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMap>

namespace causeway {

namespace Kind {
inline const QString Attachment = QStringLiteral("attachment");
} // namespace Kind

// Field keys of an evidence attachment record (kind "attachment", a child of a postmortem).
// The content itself is not a field: it lives once per SHA-256 in the blobs table, and the
// sha256 field, written into the record's audit entry, ties the audit chain to it.
namespace AttachmentField {
inline const QString Sha256 = QStringLiteral("sha256"); // hex, lower case
inline const QString Name = QStringLiteral("name");     // the original file name
inline const QString MediaType = QStringLiteral("media_type");
inline const QString Size = QStringLiteral("size"); // bytes
inline const QString Source = QStringLiteral("source");
inline const QString AddedBy = QStringLiteral("added_by");
inline const QString AddedAt = QStringLiteral("added_at"); // UTC
} // namespace AttachmentField

// Large enough for a screenshot, a log excerpt or a metrics export; a database that holds
// whole disk images would make backups and bundles unwieldy.
inline constexpr qint64 kMaxAttachmentBytes = 50LL * 1024 * 1024;

// A typed view of an attachment record.
struct Attachment {
    QString id;
    QString sha256;
    QString name;
    QString mediaType;
    qint64 size = 0;
    QString source = QStringLiteral("manual");
    QString addedBy;
    QDateTime addedAt; // UTC
    bool deleted = false;

    static Attachment fromRecord(const Record& record);
    QMap<QString, QJsonValue> toFields() const;
};

// Where an attachment's content is. Imported attachments arrive without it (contents
// travel in bundles), which is not an error.
enum class BlobState { Present, Missing, Corrupted };

// An attachment ready to be added: its record and its content.
struct NewAttachment {
    Attachment meta;
    ChangeSet::Blob blob;
};

QString sha256Hex(const QByteArray& data);
bool isSha256Hex(const QString& text);

// Checks the size limit and fills in hash, size and media type. addedBy may be empty: the
// store then names its own actor.
Result<NewAttachment> makeAttachment(const QByteArray& data, const QString& fileName,
                                     const QString& source, const QString& addedBy = QString());
// Reads a file to attach; refuses one over the limit before reading it.
Result<NewAttachment> readAttachmentFile(const QString& path, const QString& source,
                                         const QString& addedBy = QString());

// How the audit trail and lists name who added an attachment: "Display Name (osuser)".
QString attachmentAuthor(const QString& displayName, const QString& osUser);

// The field schema of attachment records, used to validate imported canonical JSON, and
// the checks a schema cannot express (the hash's shape).
QList<TemplateField> attachmentSchema();
Status validateAttachmentRecord(const Record& record);

} // namespace causeway
