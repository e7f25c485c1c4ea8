#pragma once

#include "model/Record.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace causeway {

// What a signature vouches for: the substantive content of a postmortem, as canonical JSON.
//
//   {"children":[{"fields":{…},"id":"…","kind":"…","parent":"…"}, …],   sorted by id
//    "format":"causeway.signed-content",
//    "postmortem":{"fields":{…},"id":"…"},
//    "version":1}
//
// Covered: the postmortem's id and every root field except the workflow fields below, and
// every live child record (participants, events, attachments (whose fields hold the
// content's SHA-256), causes, actions, …) with its id, kind, parent and all field values.
// Not covered, so that they can change without invalidating a signature:
//   - the workflow fields of the root: "status" (approving changes it after the approver
//     signs) and "analysis_due" (a deadline, not a finding);
//   - the follow-up fields of actions (status and its reason, closing date, ticket,
//     verification: actionFollowUpFields()): tracking an action after approval is not a
//     change of the analysis that was signed;
//   - review steps and signatures themselves (kinds "review" and "signature");
//   - records in the trash (a tombstone is not content; deleting a live record changes the
//     content, restoring it changes it back);
//   - empty values: a field that is null, "", [] or {} counts as absent (undoing the first
//     edit of a field leaves it null);
//   - all metadata: revisions, devices, created/modified times. A merge that brings the
//     same values with other revisions leaves the hash unchanged.
namespace SignedContent {

inline const QString kFormat = QStringLiteral("causeway.signed-content");

// The root fields left out (see above).
QStringList excludedRootFields();
QStringList excludedKinds();
QStringList excludedChildFields(const QString& kind);

QJsonObject toJson(const Postmortem& pm);
QByteArray canonicalBytes(const Postmortem& pm);
// SHA-256 of canonicalBytes(), 64 lower-case hex digits.
QString sha256(const Postmortem& pm);

} // namespace SignedContent
} // namespace causeway
