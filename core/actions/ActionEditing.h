#pragma once

#include "util/Policy.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace causeway {

class PostmortemDocument;

// The user's edits of action items, shared by the Actions tab and anything else that edits
// actions. Each is ONE undo command on the document's stack (and one store transaction);
// all do nothing on a read-only document. Functions that can refuse return the reason
// ("" on success). today is a parameter so tests can fix the calendar.
namespace ActionEditing {

// A new action: priority P2, due today plus the policy's P2 deadline, status open, after the
// last action. When causeId names a live cause, the cause's "actions" list gains the new id
// in the same undo step. Returns the new id ("" on a read-only document).
QString addAction(PostmortemDocument& doc, const QString& title, const QString& causeId,
                  const Policy& policy, const QDate& today);
QString addAction(PostmortemDocument& doc, const QString& title,
                  const QString& causeId = QString());

// Title, description, owner (participant id), due (yyyy-MM-dd), type, ticket. Priority,
// status and verification have their own functions below because they change more than one
// field. Refuses unknown fields and values outside the vocabularies.
QString editField(PostmortemDocument& doc, const QString& actionId, const QString& field,
                  const QJsonValue& value);
QString setDue(PostmortemDocument& doc, const QString& actionId, const QDate& due);

// A due date that still is the default of the old priority (counted from the day the action
// was created) moves to the new priority's default; a date the user chose stays.
QString setPriority(PostmortemDocument& doc, const QString& actionId, const QString& priority,
                    const Policy& policy, const QDate& today);
QString setPriority(PostmortemDocument& doc, const QString& actionId, const QString& priority);

// To "done" sets closed_on to today; leaving "done" clears it. "wont_do" needs a non-empty
// reason, which is stored with it; leaving "wont_do" clears the reason.
QString setStatus(PostmortemDocument& doc, const QString& actionId, const QString& status,
                  const QString& reason, const QDate& today);
QString setStatus(PostmortemDocument& doc, const QString& actionId, const QString& status,
                  const QString& reason = QString());
// Changes the reason of a won't-do action; an empty reason is refused.
QString setStatusReason(PostmortemDocument& doc, const QString& actionId, const QString& reason);

// How the fix was proven: method (test, drill, observation, metric), a note, the date and
// who verified. Only a done action can be verified.
QString recordVerification(PostmortemDocument& doc, const QString& actionId, const QString& method,
                           const QString& note, const QDate& on, const QString& by);
// Removes the verification (the action shows "Done, unverified" again).
QString clearVerification(PostmortemDocument& doc, const QString& actionId);

// The link lives in the cause's "actions" list (see CauseField::Actions).
QString linkCause(PostmortemDocument& doc, const QString& actionId, const QString& causeId);
QString unlinkCause(PostmortemDocument& doc, const QString& actionId, const QString& causeId);

// Moves the action to the trash and drops its id from every cause's "actions" list, in one
// undo step.
QString removeAction(PostmortemDocument& doc, const QString& actionId);

} // namespace ActionEditing

} // namespace causeway
