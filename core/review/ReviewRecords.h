#pragma once

#include "model/Record.h"
#include "model/Template.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace causeway {

namespace Kind {
// One step of the review workflow (submitted, approved, published, reopened), kept as a
// record so the history travels with the postmortem and is in the audit trail.
inline const QString Review = QStringLiteral("review");
// An electronic signature over the postmortem's signed content (see SignedContent).
inline const QString Signature = QStringLiteral("signature");
} // namespace Kind

// The workflow states are the values of the postmortem's "status" field.
namespace WorkflowState {
inline const QString Draft = QStringLiteral("draft");
inline const QString InReview = QStringLiteral("in_review");
inline const QString Approved = QStringLiteral("approved");
inline const QString Published = QStringLiteral("published");
} // namespace WorkflowState

namespace ReviewField {
inline const QString From = QStringLiteral("from");
inline const QString To = QStringLiteral("to");
inline const QString At = QStringLiteral("at"); // UTC date-time
inline const QString By = QStringLiteral("by"); // the profile's display name
// Reopen: why. Approve over failing checklist items: the written justification.
inline const QString Reason = QStringLiteral("reason");
inline const QString FailedChecks = QStringLiteral("failed_checks"); // checklist item keys
} // namespace ReviewField

namespace SignatureField {
inline const QString Name = QStringLiteral("name"); // printed name of the signer
inline const QString Role = QStringLiteral("role");
inline const QString Meaning = QStringLiteral("meaning");    // authored, reviewed, approved
inline const QString SignedAt = QStringLiteral("signed_at"); // UTC date-time
inline const QString ContentSha256 = QStringLiteral("content_sha256"); // hex
inline const QString KeyId = QStringLiteral("key_id");                 // hex
inline const QString PublicKey = QStringLiteral("public_key");         // base64, 32 bytes
inline const QString Value = QStringLiteral("signature");              // base64, 64 bytes
} // namespace SignatureField

// Postmortem fields of the review and follow-up work.
namespace ReviewRootField {
// Ids of earlier postmortems this incident was confirmed to be a recurrence of.
inline const QString RecurrenceOf = QStringLiteral("recurrence_of");
// The date the analysis is due; absent: incident end plus the configured business days.
inline const QString AnalysisDue = QStringLiteral("analysis_due");
} // namespace ReviewRootField

namespace SignatureVocabulary {
QStringList meanings(); // authored, reviewed, approved
QString meaningName(const QString& key);
} // namespace SignatureVocabulary

QList<TemplateField> reviewSchema();
QList<TemplateField> signatureSchema();
QList<TemplateField> reviewRootSchema();

} // namespace causeway
