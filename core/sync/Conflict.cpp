#include "sync/Conflict.h"

#include <QJsonObject>
#include <QUuid>

namespace causeway {

namespace {
// The namespace of conflict ids (UUID version 5): any fixed UUID serves, as long as it never
// changes.
const QUuid kConflictNamespace(QStringLiteral("6f1c2d9e-3b4a-5c6d-8e7f-0a1b2c3d4e5f"));
} // namespace

Record makeConflict(const QString& postmortemId, const QString& reason, const QString& recordId,
                    const QString& field, const FieldValue& loser) {
    const QString key = reason + u'|' + recordId + u'|' + field + u'|' + loser.revision.toString();
    Record r;
    r.id = QUuid::createUuidV5(kConflictNamespace, key).toString(QUuid::WithoutBraces);
    r.kind = Kind::Conflict;
    r.parentId = postmortemId;
    r.created = loser.modified;
    r.modified = loser.modified;
    r.revision = loser.revision;
    const QList<std::pair<QString, QJsonValue>> values{
        {ConflictField::Record, recordId},
        {ConflictField::Field, field},
        {ConflictField::Value, loser.value},
        {ConflictField::Revision, loser.revision.toString()},
        {ConflictField::Reason, reason}};
    for (const auto& [name, value] : values) {
        FieldValue fv;
        fv.value = value;
        fv.revision = loser.revision;
        fv.modified = loser.modified;
        r.fields.insert(name, fv);
    }
    return r;
}

Status validateConflictRecord(const Record& record) {
    static const QStringList reasons{ConflictReason::Concurrent, ConflictReason::Approved,
                                     ConflictReason::EditedWhileDeleted,
                                     ConflictReason::AddedAfterApproval};
    static const QStringList resolutions{QString(), ConflictResolution::KeptMine,
                                         ConflictResolution::KeptTheirs,
                                         ConflictResolution::Edited};
    static const QStringList known{ConflictField::Record, ConflictField::Field,
                                   ConflictField::Value,  ConflictField::Revision,
                                   ConflictField::Reason, ConflictField::Resolution};
    for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it) {
        if (!known.contains(it.key()))
            return Status::failure(QStringLiteral(".fields.") + it.key() +
                                   QStringLiteral(": unknown field of a conflict"));
    }
    const QUuid target(record.text(ConflictField::Record));
    if (target.isNull())
        return Status::failure(QStringLiteral(".fields.record: expected a record id"));
    const QString field = record.text(ConflictField::Field);
    if (field.isEmpty() || field.size() > 200)
        return Status::failure(QStringLiteral(".fields.field: expected a field name"));
    if (!reasons.contains(record.text(ConflictField::Reason)))
        return Status::failure(QStringLiteral(".fields.reason: expected one of ") +
                               reasons.join(QStringLiteral(", ")));
    if (!resolutions.contains(record.text(ConflictField::Resolution)))
        return Status::failure(QStringLiteral(".fields.resolution: unknown resolution"));
    return {};
}

bool isOpenConflict(const Record& record) {
    return record.kind == Kind::Conflict && !record.deleted &&
           record.text(ConflictField::Resolution).isEmpty();
}

} // namespace causeway
