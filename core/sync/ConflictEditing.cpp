#include "sync/ConflictEditing.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "editing/EditCommands.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "review/ReviewLock.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "store/Store.h"
#include "sync/Conflict.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace causeway {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::ConflictEditing", text);
}

// Long texts (an event's description, a statement) are cut for a label.
QString shortened(const QString& text, int max = 60) {
    const QString line = text.simplified();
    return line.size() <= max ? line : line.left(max - 1).trimmed() + u'…';
}

QString quoted(const QString& text) {
    return QCoreApplication::translate("causeway::ConflictEditing", "“%1”").arg(shortened(text));
}

// "went_well" → "Went well": for fields no template or schema names.
QString humanized(const QString& key) {
    QString text = key;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QTimeZone zoneOf(const Postmortem& pm) {
    const QTimeZone zone(pm.root.text(Field::TimeZone).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

const Template* builtinTemplate(const QString& id) {
    // The compiled-in templates, read once: labels only, no user templates needed.
    static const TemplateRegistry registry;
    if (const Template* t = registry.find(id))
        return t;
    return registry.find(QStringLiteral("standard"));
}

// Labels of the fields of child records: their schemas name fields by key only.
QString childFieldLabel(const QString& kind, const QString& field) {
    struct Label {
        const QString& kind;
        const QString& field;
        const char* text;
    };
    static const Label labels[] = {
        {Kind::Event, EventField::Time, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Time")},
        {Kind::Event, EventField::End, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "End")},
        {Kind::Event, EventField::Kind, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Kind")},
        {Kind::Event, EventField::Source, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Source")},
        {Kind::Event, EventField::Actor, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Actor")},
        {Kind::Event, EventField::Description,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Description")},
        {Kind::Event, EventField::KeyEvent,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Key event")},
        {Kind::Event, EventField::Evidence,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Evidence")},
        {Kind::Action, ActionField::Title, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Title")},
        {Kind::Action, ActionField::Description,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Description")},
        {Kind::Action, ActionField::Owner, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Owner")},
        {Kind::Action, ActionField::Due,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Due date")},
        {Kind::Action, ActionField::Priority,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Priority")},
        {Kind::Action, ActionField::Type, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Type")},
        {Kind::Action, ActionField::Status,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Status")},
        {Kind::Action, ActionField::StatusReason,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Reason for the status")},
        {Kind::Action, ActionField::ClosedOn,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Closed on")},
        {Kind::Action, ActionField::Ticket,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Ticket")},
        {Kind::Action, ActionField::VerificationMethod,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Verification method")},
        {Kind::Action, ActionField::VerificationNote,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Verification note")},
        {Kind::Action, ActionField::VerifiedOn,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Verified on")},
        {Kind::Action, ActionField::VerifiedBy,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Verified by")},
        {Kind::Action, ActionField::Position,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Position in the list")},
        {Kind::Cause, CauseField::Statement,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Statement")},
        {Kind::Cause, CauseField::Parent,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Cause it answers")},
        {Kind::Cause, CauseField::Position,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Position")},
        {Kind::Cause, CauseField::OnFishbone,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "On the fishbone")},
        {Kind::Cause, CauseField::Category,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Category")},
        {Kind::Cause, CauseField::Kind, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Kind")},
        {Kind::Cause, CauseField::Evidence,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Evidence")},
        {Kind::Cause, CauseField::Actions,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Actions")},
        {Kind::Cause, CauseField::Notes, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Notes")},
        {Kind::Participant, Field::Name, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Name")},
        {Kind::Participant, Field::Role, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Role")},
        {Kind::Participant, Field::Team, QT_TRANSLATE_NOOP("causeway::ConflictEditing", "Team")},
        {Kind::Attachment, AttachmentField::Name,
         QT_TRANSLATE_NOOP("causeway::ConflictEditing", "File name")},
    };
    for (const Label& label : labels) {
        if (label.kind == kind && label.field == field)
            return tr(label.text);
    }
    return humanized(field);
}

QString rootFieldLabel(const Postmortem& pm, const QString& field, const Template* tmpl) {
    if (!tmpl)
        tmpl = builtinTemplate(pm.templateId());
    if (tmpl) {
        if (const TemplateField* f = tmpl->field(field))
            return f->label;
    }
    if (field == CauseRootField::ProblemStatement)
        return QCoreApplication::translate("causeway::ConflictEditing", "Problem statement");
    if (field == CauseRootField::Categories)
        return QCoreApplication::translate("causeway::ConflictEditing", "Fishbone categories");
    return humanized(field);
}

QString participantName(const Postmortem& pm, const QString& id) {
    const Record* p = pm.findRecord(id);
    if (!p || p->kind != Kind::Participant)
        return id;
    const QString name = p->text(Field::Name);
    return name.isEmpty()
               ? QCoreApplication::translate("causeway::ConflictEditing", "(unnamed participant)")
               : name;
}

QString timeText(const Postmortem& pm, const QString& iso) {
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    const QTimeZone zone = zoneOf(pm);
    t = t.toTimeZone(zone);
    QString text = t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (zone == QTimeZone::utc())
        text += QStringLiteral(" UTC");
    return text;
}

QString scalarText(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QCoreApplication::translate("causeway::ConflictEditing", "yes")
                          : QCoreApplication::translate("causeway::ConflictEditing", "no");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                .toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isKnownResolution(const QString& resolution) {
    return resolution == ConflictResolution::KeptMine ||
           resolution == ConflictResolution::KeptTheirs || resolution == ConflictResolution::Edited;
}

} // namespace

Result<ChangeSet> resolveConflict(const Postmortem& pm, const QString& conflictId,
                                  const QString& resolution, const QJsonValue& editedValue) {
    using R = Result<ChangeSet>;
    const Record* conflict = pm.findRecord(conflictId);
    if (!conflict || conflict->kind != Kind::Conflict)
        return R::failure(QCoreApplication::translate("causeway::ConflictEditing",
                                                      "There is no conflict %1 in this postmortem.")
                              .arg(conflictId));
    if (!isOpenConflict(*conflict))
        return R::failure(QCoreApplication::translate("causeway::ConflictEditing",
                                                      "The conflict about %1 is already resolved.")
                              .arg(describeConflict(pm, *conflict)));
    if (!isKnownResolution(resolution))
        return R::failure(QCoreApplication::translate("causeway::ConflictEditing",
                                                      "“%1” is not a way to resolve a conflict.")
                              .arg(resolution));

    ChangeSet changes;
    changes.context = QStringLiteral("resolve-conflict");
    changes.fieldChanges.append({conflictId, ConflictField::Resolution, resolution});
    if (resolution == ConflictResolution::KeptMine)
        return changes; // the current value already won on every machine

    const QString targetId = conflict->text(ConflictField::Record);
    const QString field = conflict->text(ConflictField::Field);
    const Record* target = pm.findRecord(targetId);
    if (!target)
        return R::failure(QCoreApplication::translate(
                              "causeway::ConflictEditing",
                              "The record the conflict is about (%1) is not in this postmortem.")
                              .arg(targetId));
    if (field == kDeletionField) {
        bool deleted = false;
        if (resolution == ConflictResolution::Edited) {
            if (!editedValue.isBool())
                return R::failure(QCoreApplication::translate(
                    "causeway::ConflictEditing",
                    "Whether a record is deleted is yes or no; another value was given."));
            deleted = editedValue.toBool();
        } else {
            // An edit made while the record was deleted, or a record added after the
            // approval, lost by staying in (or going to) the trash: taking it brings the
            // record back. Otherwise the losing side was a deletion or a restore.
            const QString reason = conflict->text(ConflictField::Reason);
            deleted = reason == ConflictReason::EditedWhileDeleted ||
                              reason == ConflictReason::AddedAfterApproval
                          ? false
                          : conflict->value(ConflictField::Value).toBool();
        }
        if (target->deleted != deleted)
            changes.deletions.append({targetId, deleted});
        return changes;
    }
    const QJsonValue value = resolution == ConflictResolution::Edited
                                 ? editedValue
                                 : conflict->value(ConflictField::Value);
    if (target->value(field) != value)
        changes.fieldChanges.append({targetId, field, value});
    return changes;
}

QString conflictTargetLabel(const Postmortem& pm, const Record& conflict) {
    const QString targetId = conflict.text(ConflictField::Record);
    if (targetId == pm.root.id)
        return QCoreApplication::translate("causeway::ConflictEditing", "The postmortem");
    const Record* r = pm.findRecord(targetId);
    if (!r)
        return QCoreApplication::translate("causeway::ConflictEditing", "Record %1")
            .arg(targetId.left(8));
    if (r->kind == Kind::Event) {
        const QDateTime t = QDateTime::fromString(r->text(EventField::Time), Qt::ISODateWithMs);
        const QString time =
            t.isValid() ? t.toTimeZone(zoneOf(pm)).toString(QStringLiteral("HH:mm")) : QString();
        const QString text = shortened(r->text(EventField::Description));
        if (time.isEmpty())
            return QCoreApplication::translate("causeway::ConflictEditing", "Event — %1").arg(text);
        return QCoreApplication::translate("causeway::ConflictEditing", "Event %1 — %2")
            .arg(time, text);
    }
    if (r->kind == Kind::Action)
        return QCoreApplication::translate("causeway::ConflictEditing", "Action %1")
            .arg(quoted(r->text(ActionField::Title)));
    if (r->kind == Kind::Cause)
        return QCoreApplication::translate("causeway::ConflictEditing", "Cause %1")
            .arg(quoted(r->text(CauseField::Statement)));
    if (r->kind == Kind::Participant)
        return QCoreApplication::translate("causeway::ConflictEditing", "Participant %1")
            .arg(quoted(r->text(Field::Name)));
    if (r->kind == Kind::Attachment)
        return QCoreApplication::translate("causeway::ConflictEditing", "Evidence %1")
            .arg(quoted(r->text(AttachmentField::Name)));
    if (r->kind == Kind::Review)
        return QCoreApplication::translate("causeway::ConflictEditing", "Review step");
    if (r->kind == Kind::Signature)
        return QCoreApplication::translate("causeway::ConflictEditing", "Signature");
    return QCoreApplication::translate("causeway::ConflictEditing", "%1 %2")
        .arg(humanized(r->kind), targetId.left(8));
}

QString conflictFieldLabel(const Postmortem& pm, const Record& conflict, const Template* tmpl) {
    const QString field = conflict.text(ConflictField::Field);
    if (field == kDeletionField)
        return QCoreApplication::translate("causeway::ConflictEditing", "Deleted");
    const QString targetId = conflict.text(ConflictField::Record);
    if (targetId == pm.root.id)
        return rootFieldLabel(pm, field, tmpl);
    const Record* r = pm.findRecord(targetId);
    return r ? childFieldLabel(r->kind, field) : humanized(field);
}

QString describeConflict(const Postmortem& pm, const Record& conflict, const Template* tmpl) {
    const QString field = conflict.text(ConflictField::Field);
    const bool root = conflict.text(ConflictField::Record) == pm.root.id;
    if (field == kDeletionField)
        return conflictTargetLabel(pm, conflict);
    if (root)
        return conflictFieldLabel(pm, conflict, tmpl);
    return QCoreApplication::translate("causeway::ConflictEditing", "%1 — %2")
        .arg(conflictTargetLabel(pm, conflict), conflictFieldLabel(pm, conflict, tmpl));
}

QJsonValue currentConflictValue(const Postmortem& pm, const Record& conflict) {
    const Record* r = pm.findRecord(conflict.text(ConflictField::Record));
    if (!r)
        return QJsonValue(QJsonValue::Undefined);
    const QString field = conflict.text(ConflictField::Field);
    if (field == kDeletionField)
        return r->deleted;
    return r->value(field);
}

QString conflictValueText(const Postmortem& pm, const Record& conflict, const QJsonValue& value) {
    const QString field = conflict.text(ConflictField::Field);
    if (field == kDeletionField)
        return value.toBool()
                   ? QCoreApplication::translate("causeway::ConflictEditing", "deleted")
                   : QCoreApplication::translate("causeway::ConflictEditing", "not deleted");
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()) ||
        (value.isArray() && value.toArray().isEmpty()))
        return QCoreApplication::translate("causeway::ConflictEditing", "(empty)");
    const QString targetId = conflict.text(ConflictField::Record);
    const Record* r = pm.findRecord(targetId);
    const QString kind = r ? r->kind : QString();
    if (kind == Kind::Postmortem &&
        (field == Field::Status || field == Field::Severity || field == Field::Confidentiality))
        return Vocabulary::displayName(field, value.toString());
    if (kind == Kind::Postmortem && (field == Field::IncidentStart || field == Field::IncidentEnd))
        return timeText(pm, value.toString());
    if (kind == Kind::Action && field == ActionField::Owner)
        return participantName(pm, value.toString());
    if (kind == Kind::Action && (field == ActionField::Priority || field == ActionField::Type ||
                                 field == ActionField::Status))
        return ActionVocabulary::displayName(field, value.toString());
    if (kind == Kind::Event && (field == EventField::Time || field == EventField::End))
        return timeText(pm, value.toString());
    if (kind == Kind::Event && field == EventField::Kind)
        return EventVocabulary::kindName(value.toString());
    if (kind == Kind::Cause && field == CauseField::Kind)
        return CauseVocabulary::kindName(value.toString());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(scalarText(item));
        return items.join(QStringLiteral(", "));
    }
    return scalarText(value);
}

QString conflictReasonName(const QString& reason) {
    if (reason == ConflictReason::Concurrent)
        return QCoreApplication::translate("causeway::ConflictEditing", "Concurrent edit");
    if (reason == ConflictReason::Approved)
        return QCoreApplication::translate("causeway::ConflictEditing", "Approved content");
    if (reason == ConflictReason::EditedWhileDeleted)
        return QCoreApplication::translate("causeway::ConflictEditing", "Edited while deleted");
    if (reason == ConflictReason::AddedAfterApproval)
        return QCoreApplication::translate("causeway::ConflictEditing", "Added after approval");
    return reason;
}

QString conflictReasonExplanation(const QString& reason) {
    if (reason == ConflictReason::Concurrent)
        return QCoreApplication::translate(
            "causeway::ConflictEditing",
            "Two machines changed this without seeing each other's change. The current "
            "value won everywhere; the conflicting value is kept here for you to choose.");
    if (reason == ConflictReason::Approved)
        return QCoreApplication::translate(
            "causeway::ConflictEditing",
            "This was changed without knowledge of the postmortem's approval, so the "
            "approved value stays. To take the other value, reopen the postmortem in the "
            "Review tab first.");
    if (reason == ConflictReason::EditedWhileDeleted)
        return QCoreApplication::translate(
            "causeway::ConflictEditing",
            "This was edited on one machine while it was deleted on another. It stays "
            "deleted; taking the conflicting side restores it with the edit.");
    if (reason == ConflictReason::AddedAfterApproval)
        return QCoreApplication::translate(
            "causeway::ConflictEditing",
            "This was added while the postmortem was approved on another machine, so it "
            "was moved to the trash. Taking the conflicting side restores it (reopen the "
            "postmortem first).");
    return {};
}

namespace ConflictEditing {

namespace {

// The store refuses edits of an approved postmortem with this message; saying it before
// the edit keeps the document from holding a change the store will never take.
QString lockedMessage(const PostmortemDocument& doc) {
    QString title = doc.postmortem().title();
    if (title.isEmpty())
        title = doc.id();
    return ReviewLock::readOnlyMessage(title, Workflow::stateOf(doc.postmortem()));
}

QString refusal(const PostmortemDocument& doc, const ChangeSet& changes) {
    const auto refused = [&doc]() -> QString {
        if (doc.isLocked() && doc.store() && !doc.store()->isReadOnly())
            return lockedMessage(doc);
        return tr("The postmortem is read-only.");
    };
    for (const ChangeSet::FieldChange& change : changes.fieldChanges) {
        if (!doc.canEdit(change.recordId, change.field))
            return refused();
        if (change.recordId == doc.id() && change.field == Field::Status)
            return tr("The status changes only through the review workflow (submit, approve, "
                      "publish, reopen); it cannot be taken from a conflict.");
    }
    if (!changes.deletions.isEmpty() && doc.isReadOnly())
        return refused();
    return {};
}

QString commandText(const QString& resolution, const QString& what) {
    if (resolution == ConflictResolution::KeptMine)
        return tr("Keep current value of %1").arg(what);
    if (resolution == ConflictResolution::KeptTheirs)
        return tr("Take conflicting value of %1").arg(what);
    return tr("Edit conflicting value of %1").arg(what);
}

} // namespace

QString resolve(PostmortemDocument& doc, const QString& conflictId, const QString& resolution,
                const QJsonValue& editedValue) {
    const Result<ChangeSet> changes =
        resolveConflict(doc.postmortem(), conflictId, resolution, editedValue);
    if (!changes)
        return changes.error();
    if (QString why = refusal(doc, changes.value()); !why.isEmpty())
        return why;
    const Record* conflict = doc.record(conflictId);
    auto* batch = new BatchCommand(
        &doc, commandText(resolution, describeConflict(doc.postmortem(), *conflict)));
    for (const ChangeSet::FieldChange& change : changes->fieldChanges)
        new SetFieldCommand(&doc, change.recordId, change.field,
                            doc.value(change.recordId, change.field), change.value, batch);
    for (const ChangeSet::Deletion& deletion : changes->deletions)
        new SetDeletedCommand(&doc, deletion.recordId, deletion.deleted, batch);
    doc.undoStack()->push(batch);
    return {};
}

} // namespace ConflictEditing

} // namespace causeway
