#include "timeline/Attachment.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "report/Confidentiality.h"
#include "signing/Sha256.h"
#include "timeline/TimelineEvent.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace causeway {

Attachment Attachment::fromRecord(const Record& record) {
    Attachment a;
    a.id = record.id;
    a.deleted = record.deleted;
    a.sha256 = record.text(AttachmentField::Sha256);
    a.name = record.text(AttachmentField::Name);
    a.mediaType = record.text(AttachmentField::MediaType);
    a.size = static_cast<qint64>(record.value(AttachmentField::Size).toDouble());
    if (const QString source = record.text(AttachmentField::Source); !source.isEmpty())
        a.source = source;
    a.addedBy = record.text(AttachmentField::AddedBy);
    a.addedAt = parseCanonicalTime(record.text(AttachmentField::AddedAt));
    return a;
}

QMap<QString, QJsonValue> Attachment::toFields() const {
    QMap<QString, QJsonValue> f;
    f.insert(AttachmentField::Sha256, sha256);
    f.insert(AttachmentField::Name, name);
    if (!mediaType.isEmpty())
        f.insert(AttachmentField::MediaType, mediaType);
    f.insert(AttachmentField::Size, static_cast<double>(size));
    f.insert(AttachmentField::Source, source);
    if (!addedBy.isEmpty())
        f.insert(AttachmentField::AddedBy, addedBy);
    if (addedAt.isValid())
        f.insert(AttachmentField::AddedAt, canonicalTime(addedAt));
    return f;
}

QString sha256Hex(const QByteArray& data) {
    return Sha256::hashHex(data);
}

bool isSha256Hex(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    return shape.match(text).hasMatch();
}

namespace {

QString tooLarge(const QString& name, qint64 size) {
    const QLocale c = QLocale::c();
    return QStringLiteral("%1 is %2; an attachment can be at most %3")
        .arg(name, c.formattedDataSize(size), c.formattedDataSize(kMaxAttachmentBytes));
}

} // namespace

Result<NewAttachment> makeAttachment(const QByteArray& data, const QString& fileName,
                                     const QString& source, const QString& addedBy) {
    using R = Result<NewAttachment>;
    if (fileName.trimmed().isEmpty())
        return R::failure(QStringLiteral("an attachment needs a file name"));
    if (data.size() > kMaxAttachmentBytes)
        return R::failure(tooLarge(fileName, data.size()));
    if (!source.isEmpty() && !EventVocabulary::sources().contains(source))
        return R::failure(QStringLiteral("unknown source \"%1\"; expected one of %2")
                              .arg(source, EventVocabulary::sources().join(QStringLiteral(", "))));
    NewAttachment out;
    out.meta.name = fileName;
    out.meta.size = data.size();
    out.meta.sha256 = sha256Hex(data);
    out.meta.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name();
    if (!source.isEmpty())
        out.meta.source = source;
    out.meta.addedBy = addedBy;
    out.meta.addedAt = QDateTime::currentDateTimeUtc();
    out.blob = ChangeSet::Blob{out.meta.sha256, data};
    return out;
}

Result<NewAttachment> readAttachmentFile(const QString& path, const QString& source,
                                         const QString& addedBy) {
    using R = Result<NewAttachment>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(QStringLiteral("%1 does not exist").arg(path));
    if (!info.isFile())
        return R::failure(QStringLiteral("%1 is not a file").arg(path));
    if (info.size() > kMaxAttachmentBytes)
        return R::failure(tooLarge(info.fileName(), info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // One byte over the limit is enough to know: a file that grew since it was measured
    // is not read whole.
    const QByteArray data = file.read(kMaxAttachmentBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return R::failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return makeAttachment(data, info.fileName(), source, addedBy);
}

QString attachmentAuthor(const QString& displayName, const QString& osUser) {
    if (displayName.isEmpty())
        return osUser;
    if (osUser.isEmpty() || osUser == displayName)
        return displayName;
    return displayName + QStringLiteral(" (") + osUser + u')';
}

QList<TemplateField> attachmentSchema() {
    return {TemplateField::ofSchema(AttachmentField::Sha256, FieldType::Line),
            TemplateField::ofSchema(AttachmentField::Name, FieldType::Line),
            TemplateField::ofSchema(AttachmentField::MediaType, FieldType::Line),
            TemplateField::ofSchema(AttachmentField::Size, FieldType::Integer),
            TemplateField::ofSchema(AttachmentField::Source, FieldType::Choice,
                                    EventVocabulary::sources()),
            TemplateField::ofSchema(AttachmentField::AddedBy, FieldType::Line),
            TemplateField::ofSchema(AttachmentField::AddedAt, FieldType::DateTime),
            TemplateField::ofSchema(ConfidentialityField::Record, FieldType::Choice,
                                    Vocabulary::confidentiality())};
}

Status validateAttachmentRecord(const Record& record) {
    if (!isSha256Hex(record.text(AttachmentField::Sha256)))
        return Status::failure(QStringLiteral(".fields.sha256: expected 64 lower-case hex digits"));
    if (record.text(AttachmentField::Name).trimmed().isEmpty())
        return Status::failure(QStringLiteral(".fields.name: an attachment needs a file name"));
    return {};
}

} // namespace causeway
