#pragma once

#include "store/ChangeSet.h"
#include "util/Policy.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace causeway {

class Store;
class WriteTransaction;

// The store's side of the review workflow, asked by Store::commit inside its transaction:
// an approved or published postmortem is read-only, and its status changes only through a
// workflow step (a change of "status" together with a new review record).
namespace ReviewLock {

// Whether a field of a record of this kind stays editable on an approved postmortem: the
// follow-up fields of actions (actionFollowUpFields), and the resolution of a conflict record.
bool editableWhenLocked(const QString& kind, const QString& field);

// "“Title” is approved and read-only; reopen it to make changes."
QString readOnlyMessage(const QString& title, const QString& state);

// Refuses a change set that edits a locked postmortem or its children, other than adding
// review and signature records, the status change of a workflow step and the follow-up
// fields of its actions (actionFollowUpFields), and a change of
// any postmortem's status that is not a workflow step. Deleting or restoring a locked
// postmortem itself is left to the retention check.
Status check(WriteTransaction& tx, const ChangeSet& changes);
// For writing paths outside commit (timeline imports, attachments): refuses when the
// postmortem is locked.
Status checkEditable(WriteTransaction& tx, const QString& postmortemId);

// Retention: a locked postmortem cannot go to the trash within the policy's years after its
// approval.
struct Retention {
    bool refused = false;
    QString recordId; // the postmortem refused
    QDate approvedOn;
    QDate retainedUntil; // the first day it may be deleted
    QString message;
};
Retention checkRetention(const Store& store, WriteTransaction& tx, const ChangeSet& changes,
                         const Policy& policy, const QDate& today);

} // namespace ReviewLock
} // namespace causeway
