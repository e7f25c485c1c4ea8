#include "actions/ActionEditing.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "editing/EditCommands.h"
#include "editing/PostmortemDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUndoCommand>

#include <algorithm>

namespace causeway::ActionEditing {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::ActionEditing", text);
}

QJsonValue dateValue(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// Creates a record as a child of a batch, so creation and the edits that go with it (the
// cause link) are one undo step; undo moves the record to the trash.
class CreateRecordCommand : public QUndoCommand {
public:
    CreateRecordCommand(PostmortemDocument* doc, ChangeSet::NewRecord record, QUndoCommand* parent)
        : QUndoCommand(parent)
        , m_doc(doc)
        , m_record(std::move(record)) {}
    void undo() override { m_doc->applyDeleted(m_record.id, true); }
    void redo() override { m_doc->applyCreate(m_record); }

private:
    PostmortemDocument* m_doc;
    ChangeSet::NewRecord m_record;
};

// The live action record with this id, or nullptr.
const Record* liveAction(const PostmortemDocument& doc, const QString& id) {
    const Record* r = doc.record(id);
    return r && r->kind == Kind::Action && !r->deleted ? r : nullptr;
}

const Record* liveCause(const PostmortemDocument& doc, const QString& id) {
    const Record* r = doc.record(id);
    return r && r->kind == Kind::Cause && !r->deleted ? r : nullptr;
}

// Why an edit of actionId cannot happen, or empty. field: the field the edit changes first;
// empty for edits of what was committed (always refused on an approved postmortem).
QString refusal(const PostmortemDocument& doc, const QString& actionId,
                const QString& field = QString()) {
    if (field.isEmpty() ? doc.isReadOnly() : !doc.canEdit(actionId, field))
        return doc.isLocked() ? tr("The postmortem is approved: only the follow-up of its "
                                   "actions (status, ticket, verification) can change.")
                              : tr("The postmortem is read-only.");
    if (!liveAction(doc, actionId))
        return tr("There is no action with id %1.").arg(actionId);
    return {};
}

QJsonValue listValue(const QStringList& ids) {
    return ids.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(ids));
}

QString actionName(const PostmortemDocument& doc, const QString& actionId) {
    const QString title = liveAction(doc, actionId)->text(ActionField::Title);
    return title.isEmpty() ? tr("action") : title;
}

// Pushes the edits as one command; no command when nothing changes.
void push(PostmortemDocument& doc, const QList<PostmortemDocument::FieldEdit>& edits,
          const QString& text) {
    doc.editFields(edits, text);
}

double positionAfterLast(const Postmortem& pm) {
    double last = 0;
    for (const Action& a : postmortemActions(pm))
        last = std::max(last, a.position);
    return last + 1.0;
}

// The day the action was created: the record's creation time in local time, or today for
// an action created in this session (not read back from the store yet).
QDate createdOn(const Record& r, const QDate& today) {
    return r.created.isValid() ? r.created.toLocalTime().date() : today;
}

} // namespace

QString addAction(PostmortemDocument& doc, const QString& title, const QString& causeId,
                  const Policy& policy, const QDate& today) {
    if (doc.isReadOnly())
        return {};
    Action a;
    a.title = title;
    a.priority = QStringLiteral("P2");
    a.due = policy.defaultDue(a.priority, today);
    a.status = QStringLiteral("open");
    a.position = positionAfterLast(doc.postmortem());
    ChangeSet::NewRecord record;
    record.id = newRecordId();
    record.kind = Kind::Action;
    record.parentId = doc.id();
    record.fields = a.toFields();
    // Empty optional fields are left out instead of stored as "" or null.
    for (auto it = record.fields.begin(); it != record.fields.end();) {
        if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty()))
            it = record.fields.erase(it);
        else
            ++it;
    }

    auto* batch = new BatchCommand(&doc, tr("Add action"));
    new CreateRecordCommand(&doc, record, batch);
    if (const Record* cause = liveCause(doc, causeId)) {
        const QJsonValue before = cause->value(CauseField::Actions);
        QStringList ids = cause->list(CauseField::Actions);
        ids.append(record.id);
        new SetFieldCommand(&doc, causeId, CauseField::Actions, before, listValue(ids), batch);
        batch->setText(tr("Add action for cause"));
    }
    doc.undoStack()->push(batch);
    return record.id;
}

QString addAction(PostmortemDocument& doc, const QString& title, const QString& causeId) {
    return addAction(doc, title, causeId, Policy::load(), QDate::currentDate());
}

QString editField(PostmortemDocument& doc, const QString& actionId, const QString& field,
                  const QJsonValue& value) {
    if (QString why = refusal(doc, actionId, field); !why.isEmpty())
        return why;
    static const QStringList free{ActionField::Title, ActionField::Description, ActionField::Owner,
                                  ActionField::Ticket};
    if (field == ActionField::Type) {
        if (!ActionVocabulary::types().contains(value.toString()))
            return tr("Unknown action type \"%1\"; expected one of: %2.")
                .arg(value.toString(), ActionVocabulary::types().join(QStringLiteral(", ")));
    } else if (field == ActionField::Due) {
        const QDate due = QDate::fromString(value.toString(), Qt::ISODate);
        if (!value.isNull() && !due.isValid())
            return tr("\"%1\" is not a date (yyyy-MM-dd).").arg(value.toString());
    } else if (!free.contains(field)) {
        return tr("The field \"%1\" of an action is not edited this way.").arg(field);
    }
    doc.editField(actionId, field, value);
    return {};
}

QString setDue(PostmortemDocument& doc, const QString& actionId, const QDate& due) {
    return editField(doc, actionId, ActionField::Due, dateValue(due));
}

QString setPriority(PostmortemDocument& doc, const QString& actionId, const QString& priority,
                    const Policy& policy, const QDate& today) {
    if (QString why = refusal(doc, actionId); !why.isEmpty())
        return why;
    if (!ActionVocabulary::priorities().contains(priority))
        return tr("Unknown priority \"%1\"; expected one of: %2.")
            .arg(priority, ActionVocabulary::priorities().join(QStringLiteral(", ")));
    const Record& r = *liveAction(doc, actionId);
    const Action a = Action::fromRecord(r);
    if (a.priority == priority)
        return {};
    QList<PostmortemDocument::FieldEdit> edits{{actionId, ActionField::Priority, priority}};
    const QDate from = createdOn(r, today);
    if (a.due.isValid() && a.due == policy.defaultDue(a.priority, from))
        edits.append({actionId, ActionField::Due, dateValue(policy.defaultDue(priority, from))});
    push(doc, edits, tr("Set priority of %1 to %2").arg(actionName(doc, actionId), priority));
    return {};
}

QString setPriority(PostmortemDocument& doc, const QString& actionId, const QString& priority) {
    return setPriority(doc, actionId, priority, Policy::load(), QDate::currentDate());
}

QString setStatus(PostmortemDocument& doc, const QString& actionId, const QString& status,
                  const QString& reason, const QDate& today) {
    if (QString why = refusal(doc, actionId, ActionField::Status); !why.isEmpty())
        return why;
    if (!ActionVocabulary::statuses().contains(status))
        return tr("Unknown status \"%1\"; expected one of: %2.")
            .arg(status, ActionVocabulary::statuses().join(QStringLiteral(", ")));
    const Action a = Action::fromRecord(*liveAction(doc, actionId));
    const bool wontDo = status == u"wont_do";
    if (wontDo && reason.trimmed().isEmpty())
        return tr("\"Won't do\" needs a reason: say why the action will not be done.");
    if (a.status == status && (!wontDo || a.statusReason == reason.trimmed()))
        return {};
    QList<PostmortemDocument::FieldEdit> edits{{actionId, ActionField::Status, status}};
    if (status == u"done" && a.status != u"done")
        edits.append({actionId, ActionField::ClosedOn, dateValue(today)});
    else if (status != u"done" && a.closedOn.isValid())
        edits.append({actionId, ActionField::ClosedOn, QJsonValue()});
    if (wontDo)
        edits.append({actionId, ActionField::StatusReason, reason.trimmed()});
    else if (!a.statusReason.isEmpty())
        edits.append({actionId, ActionField::StatusReason, QJsonValue()});
    push(doc, edits,
         tr("Mark %1 as %2")
             .arg(actionName(doc, actionId),
                  ActionVocabulary::displayName(ActionField::Status, status)));
    return {};
}

QString setStatus(PostmortemDocument& doc, const QString& actionId, const QString& status,
                  const QString& reason) {
    return setStatus(doc, actionId, status, reason, QDate::currentDate());
}

QString setStatusReason(PostmortemDocument& doc, const QString& actionId, const QString& reason) {
    if (QString why = refusal(doc, actionId, ActionField::Status); !why.isEmpty())
        return why;
    const Action a = Action::fromRecord(*liveAction(doc, actionId));
    if (a.status == u"wont_do" && reason.trimmed().isEmpty())
        return tr("\"Won't do\" needs a reason: say why the action will not be done.");
    doc.editField(actionId, ActionField::StatusReason, reason);
    return {};
}

QString recordVerification(PostmortemDocument& doc, const QString& actionId, const QString& method,
                           const QString& note, const QDate& on, const QString& by) {
    if (QString why = refusal(doc, actionId, ActionField::Status); !why.isEmpty())
        return why;
    const Action a = Action::fromRecord(*liveAction(doc, actionId));
    if (a.status != u"done")
        return tr("Only a done action can be verified; mark it done first.");
    if (!ActionVocabulary::verificationMethods().contains(method))
        return tr("Unknown verification method \"%1\"; expected one of: %2.")
            .arg(method, ActionVocabulary::verificationMethods().join(QStringLiteral(", ")));
    if (!on.isValid())
        return tr("A verification needs the date it was done.");
    push(doc,
         {{actionId, ActionField::VerificationMethod, method},
          {actionId, ActionField::VerificationNote, note},
          {actionId, ActionField::VerifiedOn, dateValue(on)},
          {actionId, ActionField::VerifiedBy, by}},
         tr("Record verification of %1").arg(actionName(doc, actionId)));
    return {};
}

QString clearVerification(PostmortemDocument& doc, const QString& actionId) {
    if (QString why = refusal(doc, actionId, ActionField::Status); !why.isEmpty())
        return why;
    push(doc,
         {{actionId, ActionField::VerificationMethod, QJsonValue()},
          {actionId, ActionField::VerificationNote, QJsonValue()},
          {actionId, ActionField::VerifiedOn, QJsonValue()},
          {actionId, ActionField::VerifiedBy, QJsonValue()}},
         tr("Clear verification of %1").arg(actionName(doc, actionId)));
    return {};
}

QString linkCause(PostmortemDocument& doc, const QString& actionId, const QString& causeId) {
    if (QString why = refusal(doc, actionId); !why.isEmpty())
        return why;
    const Record* cause = liveCause(doc, causeId);
    if (!cause)
        return tr("There is no cause with id %1.").arg(causeId);
    QStringList ids = cause->list(CauseField::Actions);
    if (ids.contains(actionId))
        return {};
    ids.append(actionId);
    push(doc, {{causeId, CauseField::Actions, listValue(ids)}},
         tr("Link %1 to a cause").arg(actionName(doc, actionId)));
    return {};
}

QString unlinkCause(PostmortemDocument& doc, const QString& actionId, const QString& causeId) {
    if (QString why = refusal(doc, actionId); !why.isEmpty())
        return why;
    const Record* cause = liveCause(doc, causeId);
    if (!cause)
        return tr("There is no cause with id %1.").arg(causeId);
    QStringList ids = cause->list(CauseField::Actions);
    if (ids.removeAll(actionId) == 0)
        return {};
    push(doc, {{causeId, CauseField::Actions, listValue(ids)}},
         tr("Unlink %1 from a cause").arg(actionName(doc, actionId)));
    return {};
}

QString removeAction(PostmortemDocument& doc, const QString& actionId) {
    if (QString why = refusal(doc, actionId); !why.isEmpty())
        return why;
    auto* batch = new BatchCommand(&doc, tr("Delete action %1").arg(actionName(doc, actionId)));
    for (const QString& causeId : actionCauses(doc.postmortem(), actionId)) {
        const Record* cause = doc.record(causeId);
        QStringList ids = cause->list(CauseField::Actions);
        ids.removeAll(actionId);
        new SetFieldCommand(&doc, causeId, CauseField::Actions, cause->value(CauseField::Actions),
                            listValue(ids), batch);
    }
    new SetDeletedCommand(&doc, actionId, true, batch);
    doc.undoStack()->push(batch);
    return {};
}

} // namespace causeway::ActionEditing
