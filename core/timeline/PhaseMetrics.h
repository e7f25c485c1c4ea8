#pragma once

#include "model/Record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace causeway {

// The durations of an incident, computed from its phase markers (Phases::markerKeys()) and
// never stored as fields of their own, so they can never disagree with the markers.
//
// The definitions are the common incident-metrics ones (the "MTTx" family of the SRE
// literature, Atlassian and PagerDuty incident metrics):
//   time to detect       TTD = detected           - incident start
//   time to acknowledge  TTA = acknowledged       - detected
//   time to mitigate     TTM = mitigated          - incident start
//   time to resolve      TTR = resolved           - incident start
//   customer impact          = customer impact end - customer impact start
// A duration is absent when either of its markers is missing, and negative when the
// markers are out of order (which also raises a warning).
namespace PhaseMetricKey {
inline const QString TimeToDetect = QStringLiteral("time_to_detect");
inline const QString TimeToAcknowledge = QStringLiteral("time_to_acknowledge");
inline const QString TimeToMitigate = QStringLiteral("time_to_mitigate");
inline const QString TimeToResolve = QStringLiteral("time_to_resolve");
inline const QString CustomerImpact = QStringLiteral("customer_impact");
} // namespace PhaseMetricKey

struct PhaseDuration {
    QString key;  // a PhaseMetricKey: also the member name in canonical JSON
    QString from; // marker field keys
    QString to;
    std::optional<qint64> ms;
};

// A sanity warning: the metrics are computed anyway, but a facilitator should look again.
// Codes: detected_before_start, acknowledged_before_detected, mitigated_after_resolved,
// impact_end_before_impact_start, negative_duration, implausible_duration,
// events_before_start, events_after_resolved, phase_in_future.
struct PhaseWarning {
    QString code;           // stable, for programs and tests
    QString message;        // English, for canonical JSON and the CLI
    QString displayMessage; // in the user's language, for the UI
};

struct PhaseMetricsOptions {
    // Markers later than this are "in the future". Invalid: not checked, which keeps the
    // canonical JSON the same whenever it is exported.
    QDateTime now;
    // Durations longer than this are implausible (a typo in a date, usually).
    qint64 implausibleMs = 30LL * 24 * 60 * 60 * 1000;
};

struct PhaseMetrics {
    QList<PhaseDuration> durations; // all five, in the order of the definitions above
    QList<PhaseWarning> warnings;

    std::optional<qint64> duration(const QString& key) const;
    bool hasWarning(const QString& code) const;
};

// eventTimes: the times of the postmortem's live events, in any order; invalid ones are
// skipped.
PhaseMetrics computePhaseMetrics(const Record& postmortem, const QList<QDateTime>& eventTimes,
                                 const PhaseMetricsOptions& options = {});
// Takes the events from the postmortem's children (tombstones excluded).
PhaseMetrics computePhaseMetrics(const Postmortem& pm, const PhaseMetricsOptions& options = {});

// {"durations": {"time_to_detect": {"from", "to", "ms", "iso8601"} or null, …},
//  "warnings": [{"code", "message"}]} with English messages.
QJsonObject phaseMetricsJson(const PhaseMetrics& metrics);

// "12m", "2h 05m", "3d 04h", "45s"; a minus sign when negative.
QString formatDuration(qint64 ms);
// ISO 8601: "PT12M", "PT2H5M", "P3DT4H", "PT0.25S"; "-PT5M" when negative (the XML Schema
// extension, as ISO 8601 has no negative durations).
QString isoDuration(qint64 ms);
// The short label of a duration for the timeline strip ("Detect") and its long name
// ("Time to detect").
QString phaseMetricLabel(const QString& key);
QString phaseMetricName(const QString& key);

} // namespace causeway
