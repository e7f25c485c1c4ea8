#pragma once

#include <QString>
#include <QStringList>

namespace causeway {

// Field keys of a postmortem record. They are the keys of canonical JSON and of the
// audit trail, so they never change once released.
namespace Field {
inline const QString Template = QStringLiteral("template");
inline const QString Title = QStringLiteral("title");
inline const QString Status = QStringLiteral("status");
inline const QString Severity = QStringLiteral("severity");
inline const QString IncidentStart = QStringLiteral("incident_start");
inline const QString IncidentEnd = QStringLiteral("incident_end");
inline const QString TimeZone = QStringLiteral("time_zone");
inline const QString Confidentiality = QStringLiteral("confidentiality");
inline const QString Tags = QStringLiteral("tags");
inline const QString Summary = QStringLiteral("summary");
inline const QString Impact = QStringLiteral("impact");
inline const QString ImpactDurationMinutes = QStringLiteral("impact_duration_minutes");
inline const QString ImpactUsersAffected = QStringLiteral("impact_users_affected");
inline const QString ImpactServices = QStringLiteral("impact_services");
inline const QString ImpactSloConsumed = QStringLiteral("impact_slo_consumed_percent");
inline const QString ImpactCostEstimate = QStringLiteral("impact_cost_estimate");
inline const QString Trigger = QStringLiteral("trigger");
inline const QString Detection = QStringLiteral("detection");
inline const QString Response = QStringLiteral("response");
inline const QString Recovery = QStringLiteral("recovery");
inline const QString WentWell = QStringLiteral("went_well");
inline const QString WentPoorly = QStringLiteral("went_poorly");
inline const QString GotLucky = QStringLiteral("got_lucky");
inline const QString LessonsLearned = QStringLiteral("lessons_learned");

// Participant fields
inline const QString Name = QStringLiteral("name");
inline const QString Role = QStringLiteral("role");
inline const QString Team = QStringLiteral("team");
} // namespace Field

// The value vocabularies of the choice fields: stored keys, shown through tr().
namespace Vocabulary {
QStringList statuses();        // draft, in_review, approved, published
QStringList severities();      // SEV1 … SEV4
QStringList confidentiality(); // public, internal, confidential, restricted
QString displayName(const QString& fieldKey, const QString& valueKey);
} // namespace Vocabulary

} // namespace causeway
