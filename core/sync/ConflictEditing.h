#pragma once

#include "model/Record.h"
#include "store/ChangeSet.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QString>

namespace causeway {

class PostmortemDocument;
struct Template;

// Resolving a conflict record (sync/Conflict.h): the changes that mark it resolved and,
// unless the current value is kept, put the conflicting (or an edited) value in place.
// resolution: ConflictResolution::KeptMine, KeptTheirs or Edited; editedValue is the value
// chosen for Edited (a bool for the deletion state "#deleted"). For "#deleted", taking the
// conflicting side of an edit made while the record was deleted, or of a record added after
// the approval, restores the record; otherwise the losing deletion state is applied.
// A failure names the problem (no such conflict, already resolved, the record is gone).
Result<ChangeSet> resolveConflict(const Postmortem& pm, const QString& conflictId,
                                  const QString& resolution,
                                  const QJsonValue& editedValue = QJsonValue());

// What a conflict is about, for people: "Summary", "Event 14:05 — paged the on-call",
// "Action “Raise the pool limit” — Owner". tmpl names the postmortem's fields; without it
// the built-in template of the postmortem is used.
QString describeConflict(const Postmortem& pm, const Record& conflict,
                         const Template* tmpl = nullptr);
// The two halves of describeConflict: the record ("Action “Raise the pool limit”", "The
// postmortem") and the field ("Owner", "Deleted").
QString conflictTargetLabel(const Postmortem& pm, const Record& conflict);
QString conflictFieldLabel(const Postmortem& pm, const Record& conflict,
                           const Template* tmpl = nullptr);

// The value the conflict's field has now (the deletion state as a bool for "#deleted"), and
// any value of that field as text: participant names for owners, times in the postmortem's
// zone, "(empty)" for nothing.
QJsonValue currentConflictValue(const Postmortem& pm, const Record& conflict);
QString conflictValueText(const Postmortem& pm, const Record& conflict, const QJsonValue& value);

// "Concurrent edit", "Approved content", …; and a sentence that says what happened.
QString conflictReasonName(const QString& reason);
QString conflictReasonExplanation(const QString& reason);

namespace ConflictEditing {

// resolveConflict through the open document: ONE undo command (and one store transaction).
// Returns why it cannot be done ("" on success): a read-only or approved postmortem (the
// store's own message: reopen it to make changes), or a failure of resolveConflict.
QString resolve(PostmortemDocument& doc, const QString& conflictId, const QString& resolution,
                const QJsonValue& editedValue = QJsonValue());

} // namespace ConflictEditing

} // namespace causeway
