#pragma once

#include "model/Record.h"
#include "util/Result.h"

#include <QString>

namespace causeway {

namespace Kind {
// A value that lost a merge, kept for the user to review (keep mine, keep theirs, edit).
inline const QString Conflict = QStringLiteral("conflict");
} // namespace Kind

namespace ConflictField {
inline const QString Record = QStringLiteral("record");         // id of the record concerned
inline const QString Field = QStringLiteral("field");           // its field, or "#deleted"
inline const QString Value = QStringLiteral("value");           // the value that lost (any JSON)
inline const QString Revision = QStringLiteral("revision");     // "counter@device" of that write
inline const QString Reason = QStringLiteral("reason");         // ConflictReason
inline const QString Resolution = QStringLiteral("resolution"); // empty while open
} // namespace ConflictField

// The field name a conflict uses for a record's deletion state.
inline const QString kDeletionField = QStringLiteral("#deleted");

namespace ConflictReason {
// Two machines changed the same field without seeing each other's change.
inline const QString Concurrent = QStringLiteral("concurrent");
// A change made without knowledge of the approval of the postmortem (approved content wins).
inline const QString Approved = QStringLiteral("approved");
// A record edited on one machine while it was deleted on another (it stays deleted).
inline const QString EditedWhileDeleted = QStringLiteral("edited-while-deleted");
// A record added on one machine while the postmortem was approved on another (it is moved
// to the trash until the postmortem is reopened).
inline const QString AddedAfterApproval = QStringLiteral("added-after-approval");
} // namespace ConflictReason

namespace ConflictResolution {
inline const QString KeptMine = QStringLiteral("kept-current"); // the current value stays
inline const QString KeptTheirs = QStringLiteral("took-conflicting");
inline const QString Edited = QStringLiteral("edited");
} // namespace ConflictResolution

// A conflict record is made the same way on every machine that finds the conflict: its id,
// fields and metadata depend only on the losing write, so two machines that find the same
// conflict create the same record, and bundles exchange it like any other.
Record makeConflict(const QString& postmortemId, const QString& reason, const QString& recordId,
                    const QString& field, const FieldValue& loser);

// Checks a conflict record read from a document (fields, reason, resolution).
Status validateConflictRecord(const Record& record);

bool isOpenConflict(const Record& record);

} // namespace causeway
