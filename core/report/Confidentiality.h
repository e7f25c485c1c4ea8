#pragma once

#include "model/Record.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace causeway {

// Confidentiality markings below the document level. The postmortem's own marking
// (Field::Confidentiality) labels the whole document; these mark single items so that one
// record can give reports at three levels of sharing (ReportProfile).
//
// - Child records (events, causes, actions, attachments, participants) carry an optional
//   field "confidentiality" with a value of Vocabulary::confidentiality(). Absent or empty:
//   not marked, the item goes wherever the document goes.
// - Fields of the postmortem record are marked in one list field of the postmortem,
//   "field_confidentiality", whose entries read "FIELD_KEY:LEVEL" (e.g.
//   "impact_cost_estimate:confidential"). A list merges and audits like any other field.
namespace ConfidentialityField {
inline const QString Record = QStringLiteral("confidentiality");
inline const QString FieldMarkings = QStringLiteral("field_confidentiality");
} // namespace ConfidentialityField

// The sharing levels a report is made for.
//   Full      everything, for the people who ran the analysis and auditors;
//   Internal  drops what is marked confidential or restricted;
//   External  also drops what is marked internal, replaces participant and team names with
//             roles, and drops evidence contents and names, ticket references, who added or
//             verified what, and the audit trail: the systemic story stays.
enum class ReportProfile { Full, Internal, External };

std::optional<ReportProfile> reportProfileFromName(const QString& name); // full|internal|external
QString reportProfileName(ReportProfile profile);                        // "full", …
QString reportProfileDisplayName(ReportProfile profile);                 // translated
QList<ReportProfile> reportProfiles();

// Whether an item marked with level (a confidentiality key, or empty: not marked) is kept
// in a report made for profile.
bool keptInProfile(const QString& level, ReportProfile profile);

// A child record's marking, or empty.
QString recordConfidentiality(const Record& record);

// The postmortem's field markings: field key → level. Malformed entries are skipped.
QMap<QString, QString> fieldConfidentiality(const Record& postmortem);

// The value of the "field_confidentiality" list after marking one field (an empty level
// removes the marking). Entries stay sorted by field key so that equal markings are equal
// lists.
QJsonValue markFieldConfidentiality(const Record& postmortem, const QString& fieldKey,
                                    const QString& level);

// Checks the entries of a "field_confidentiality" value: empty on success, else what is
// wrong with the first bad entry.
QString checkFieldConfidentiality(const QJsonValue& value);

// The marking printed on every page of a report made for profile, as a display name: what
// the copy is shared as, whatever the document's own marking. Full: the document's own
// marking ("Internal" when it has none); Internal: "Internal"; External: "Public".
QString reportMarking(const Postmortem& pm, ReportProfile profile);

} // namespace causeway
