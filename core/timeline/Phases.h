#pragma once

#include <QString>
#include <QStringList>

namespace causeway::Phases {

// Phase markers are UTC time fields of the postmortem record, valid in every template:
// the durations of a postmortem (time to detect, mitigate, resolve…) are computed from them.
inline QStringList fieldKeys() {
    return {QStringLiteral("phase_impact_start"), QStringLiteral("phase_detected"),
            QStringLiteral("phase_acknowledged"), QStringLiteral("phase_mitigated"),
            QStringLiteral("phase_impact_end"),   QStringLiteral("phase_resolved")};
}

// Every marker in incident order, the incident start (a template field) first.
QStringList markerKeys();

// The display name of a marker ("Detected"); translated unless translated is false (canonical
// JSON must not depend on the user's language).
QString displayName(const QString& key, bool translated = true);

} // namespace causeway::Phases
