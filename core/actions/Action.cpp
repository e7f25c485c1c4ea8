#include "actions/Action.h"

#include "causes/Cause.h"
#include "model/Fields.h"
#include "report/Confidentiality.h"

#include <QCoreApplication>

#include <algorithm>

namespace causeway {

namespace {
// An unset date is stored as null: an empty string is not a date.
QJsonValue dateValue(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QDate parseDate(const QString& text) {
    return QDate::fromString(text, Qt::ISODate);
}
} // namespace

QStringList ActionVocabulary::priorities() {
    return {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")};
}
QStringList ActionVocabulary::types() {
    return {QStringLiteral("prevent"), QStringLiteral("detect"), QStringLiteral("mitigate"),
            QStringLiteral("process")};
}
QStringList ActionVocabulary::statuses() {
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"),
            QStringLiteral("wont_do")};
}
QStringList ActionVocabulary::verificationMethods() {
    return {QStringLiteral("test"), QStringLiteral("drill"), QStringLiteral("observation"),
            QStringLiteral("metric")};
}

QString ActionVocabulary::displayName(const QString& fieldKey, const QString& valueKey) {
    if (fieldKey == ActionField::Type) {
        if (valueKey == u"prevent")
            return QCoreApplication::translate("Action", "Prevent");
        if (valueKey == u"detect")
            return QCoreApplication::translate("Action", "Detect");
        if (valueKey == u"mitigate")
            return QCoreApplication::translate("Action", "Mitigate");
        if (valueKey == u"process")
            return QCoreApplication::translate("Action", "Process / change request");
    } else if (fieldKey == ActionField::Status) {
        if (valueKey == u"open")
            return QCoreApplication::translate("Action", "Open");
        if (valueKey == u"in_progress")
            return QCoreApplication::translate("Action", "In progress");
        if (valueKey == u"done")
            return QCoreApplication::translate("Action", "Done");
        if (valueKey == u"wont_do")
            return QCoreApplication::translate("Action", "Won't do");
    } else if (fieldKey == ActionField::VerificationMethod) {
        if (valueKey == u"test")
            return QCoreApplication::translate("Action", "Test");
        if (valueKey == u"drill")
            return QCoreApplication::translate("Action", "Drill");
        if (valueKey == u"observation")
            return QCoreApplication::translate("Action", "Observation");
        if (valueKey == u"metric")
            return QCoreApplication::translate("Action", "Metric");
    }
    return valueKey;
}

QList<TemplateField> actionSchema() {
    using F = TemplateField;
    return {F::ofSchema(ActionField::Title, FieldType::Line),
            F::ofSchema(ActionField::Description, FieldType::Text),
            F::ofSchema(ActionField::Owner, FieldType::Line),
            F::ofSchema(ActionField::Due, FieldType::Date),
            F::ofSchema(ActionField::Priority, FieldType::Choice, ActionVocabulary::priorities()),
            F::ofSchema(ActionField::Type, FieldType::Choice, ActionVocabulary::types()),
            F::ofSchema(ActionField::Status, FieldType::Choice, ActionVocabulary::statuses()),
            F::ofSchema(ActionField::StatusReason, FieldType::Text),
            F::ofSchema(ActionField::ClosedOn, FieldType::Date),
            F::ofSchema(ActionField::Ticket, FieldType::Line),
            F::ofSchema(ActionField::VerificationMethod, FieldType::Choice,
                        ActionVocabulary::verificationMethods()),
            F::ofSchema(ActionField::VerificationNote, FieldType::Text),
            F::ofSchema(ActionField::VerifiedOn, FieldType::Date),
            F::ofSchema(ActionField::VerifiedBy, FieldType::Line),
            F::ofSchema(ActionField::Position, FieldType::Number),
            F::ofSchema(ConfidentialityField::Record, FieldType::Choice,
                        Vocabulary::confidentiality())};
}

QStringList actionFollowUpFields() {
    return {ActionField::Status,     ActionField::StatusReason,       ActionField::ClosedOn,
            ActionField::Ticket,     ActionField::VerificationMethod, ActionField::VerificationNote,
            ActionField::VerifiedOn, ActionField::VerifiedBy};
}

Action Action::fromRecord(const Record& record) {
    Action a;
    a.id = record.id;
    a.title = record.text(ActionField::Title);
    a.description = record.text(ActionField::Description);
    a.owner = record.text(ActionField::Owner);
    a.due = parseDate(record.text(ActionField::Due));
    if (const QString p = record.text(ActionField::Priority); !p.isEmpty())
        a.priority = p;
    if (const QString t = record.text(ActionField::Type); !t.isEmpty())
        a.type = t;
    if (const QString s = record.text(ActionField::Status); !s.isEmpty())
        a.status = s;
    a.statusReason = record.text(ActionField::StatusReason);
    a.closedOn = parseDate(record.text(ActionField::ClosedOn));
    a.ticket = record.text(ActionField::Ticket);
    a.verificationMethod = record.text(ActionField::VerificationMethod);
    a.verificationNote = record.text(ActionField::VerificationNote);
    a.verifiedOn = parseDate(record.text(ActionField::VerifiedOn));
    a.verifiedBy = record.text(ActionField::VerifiedBy);
    a.position = record.value(ActionField::Position).toDouble();
    return a;
}

QMap<QString, QJsonValue> Action::toFields() const {
    return {{ActionField::Title, title},
            {ActionField::Description, description},
            {ActionField::Owner, owner},
            {ActionField::Due, dateValue(due)},
            {ActionField::Priority, priority},
            {ActionField::Type, type},
            {ActionField::Status, status},
            {ActionField::StatusReason, statusReason},
            {ActionField::ClosedOn, dateValue(closedOn)},
            {ActionField::Ticket, ticket},
            {ActionField::VerificationMethod, verificationMethod},
            {ActionField::VerificationNote, verificationNote},
            {ActionField::VerifiedOn, dateValue(verifiedOn)},
            {ActionField::VerifiedBy, verifiedBy},
            {ActionField::Position, position}};
}

QString Action::statusText() const {
    if (status == u"done" && !isVerified())
        return QCoreApplication::translate("Action", "Done, unverified");
    return ActionVocabulary::displayName(ActionField::Status, status);
}

QString Action::problem() const {
    if (status == u"wont_do" && statusReason.trimmed().isEmpty())
        return QCoreApplication::translate("Action", "\"Won't do\" needs a reason.");
    return {};
}

QList<Action> postmortemActions(const Postmortem& pm) {
    QList<Action> out;
    for (const Record& r : pm.children) {
        if (r.kind == Kind::Action && !r.deleted)
            out.append(Action::fromRecord(r));
    }
    std::stable_sort(out.begin(), out.end(), [](const Action& a, const Action& b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    return out;
}

QStringList actionCauses(const Postmortem& pm, const QString& actionId) {
    QStringList out;
    for (const Record& r : pm.children) {
        if (r.kind == Kind::Cause && !r.deleted && r.list(CauseField::Actions).contains(actionId))
            out.append(r.id);
    }
    return out;
}

QString ownerName(const Postmortem& pm, const QString& owner) {
    if (owner.isEmpty())
        return {};
    if (const Record* p = pm.findRecord(owner); p && p->kind == Kind::Participant)
        return p->text(Field::Name);
    return owner;
}

} // namespace causeway
