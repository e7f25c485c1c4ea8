#pragma once

#include <QStringList>

namespace causeway::Phases {

// Phase markers are UTC time fields of the postmortem record, valid in every template:
// the durations of a postmortem (time to detect, mitigate, resolve…) are computed from them.
inline QStringList fieldKeys() {
    return {QStringLiteral("phase_impact_start"), QStringLiteral("phase_detected"),
            QStringLiteral("phase_acknowledged"), QStringLiteral("phase_mitigated"),
            QStringLiteral("phase_impact_end"),   QStringLiteral("phase_resolved")};
}

} // namespace causeway::Phases
