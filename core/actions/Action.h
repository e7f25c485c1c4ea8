#pragma once

#include "model/Record.h"
#include "model/Template.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace causeway {

namespace Kind {
inline const QString Action = QStringLiteral("action");
} // namespace Kind

// Field keys of an action item (kind "action", a child of a postmortem). The causes an
// action addresses are NOT stored here: the cause's "actions" field (CauseField::Actions)
// holds the link, so there is one place to edit and to merge; actionCauses() reads it back.
namespace ActionField {
inline const QString Title = QStringLiteral("title");
inline const QString Description = QStringLiteral("description");
inline const QString Owner = QStringLiteral("owner");       // participant record id
inline const QString Due = QStringLiteral("due");           // date, yyyy-MM-dd
inline const QString Priority = QStringLiteral("priority"); // P1, P2, P3
inline const QString Type = QStringLiteral("type");
inline const QString Status = QStringLiteral("status");
inline const QString StatusReason = QStringLiteral("status_reason"); // required for won't do
inline const QString ClosedOn = QStringLiteral("closed_on");         // date it became done
inline const QString Ticket = QStringLiteral("ticket"); // free text or URL; never called
inline const QString VerificationMethod = QStringLiteral("verification_method");
inline const QString VerificationNote = QStringLiteral("verification_note");
inline const QString VerifiedOn = QStringLiteral("verified_on"); // date
inline const QString VerifiedBy = QStringLiteral("verified_by"); // a name
inline const QString Position = QStringLiteral("position");      // order in the list
} // namespace ActionField

namespace ActionVocabulary {
QStringList priorities();          // P1, P2, P3
QStringList types();               // prevent, detect, mitigate, process
QStringList statuses();            // open, in_progress, done, wont_do
QStringList verificationMethods(); // test, drill, observation, metric
QString displayName(const QString& fieldKey, const QString& valueKey);
} // namespace ActionVocabulary

QList<TemplateField> actionSchema();

// The fields that track an action after the analysis: status and its reason, the closing
// date, the ticket and the verification. They stay editable on an approved postmortem and
// are not part of what its signatures cover, because following an action up is what an
// approved postmortem is for; what was committed (title, description, owner, due date,
// priority, type, the causes addressed) is locked and signed.
QStringList actionFollowUpFields();

// A typed view of an action record.
struct Action {
    QString id;
    QString title;
    QString description;
    QString owner; // participant id
    QDate due;     // invalid: none
    QString priority = QStringLiteral("P2");
    QString type = QStringLiteral("prevent");
    QString status = QStringLiteral("open");
    QString statusReason;
    QDate closedOn;
    QString ticket;
    QString verificationMethod;
    QString verificationNote;
    QDate verifiedOn;
    QString verifiedBy;
    double position = 0;

    static Action fromRecord(const Record& record);
    QMap<QString, QJsonValue> toFields() const;

    bool isClosed() const { return status == u"done" || status == u"wont_do"; }
    bool isVerified() const { return !verificationMethod.isEmpty() && verifiedOn.isValid(); }
    // Open or in progress past the due date.
    bool isOverdue(const QDate& today) const { return !isClosed() && due.isValid() && due < today; }
    // "done, unverified" when done without a verification; otherwise the status's name.
    QString statusText() const;
    // Why the action cannot be saved in its status, or empty: won't do needs a reason.
    QString problem() const;
};

// The live actions of a postmortem, in list order.
QList<Action> postmortemActions(const Postmortem& pm);
// The ids of the live causes whose "actions" field names this action.
QStringList actionCauses(const Postmortem& pm, const QString& actionId);
// The owner's display name: the participant's name, or the stored text when the participant
// is unknown (imported from elsewhere).
QString ownerName(const Postmortem& pm, const QString& owner);

} // namespace causeway
