#include "timeline/PhaseMarkers.h"

#include "model/Fields.h"

#include <QCoreApplication>

namespace causeway {

QList<PhaseMarker> phaseMarkers() {
    const auto tr = [](const char* text) -> QString {
        return QCoreApplication::translate("PhaseMarkers", text);
    };
    return {
        {Field::IncidentStart, tr(QT_TRANSLATE_NOOP("PhaseMarkers", "Incident start"))},
        {QStringLiteral("phase_impact_start"),
         tr(QT_TRANSLATE_NOOP("PhaseMarkers", "Customer impact start"))},
        {QStringLiteral("phase_detected"), tr(QT_TRANSLATE_NOOP("PhaseMarkers", "Detected"))},
        {QStringLiteral("phase_acknowledged"),
         tr(QT_TRANSLATE_NOOP("PhaseMarkers", "Acknowledged"))},
        {QStringLiteral("phase_mitigated"), tr(QT_TRANSLATE_NOOP("PhaseMarkers", "Mitigated"))},
        {QStringLiteral("phase_impact_end"),
         tr(QT_TRANSLATE_NOOP("PhaseMarkers", "Customer impact end"))},
        {QStringLiteral("phase_resolved"), tr(QT_TRANSLATE_NOOP("PhaseMarkers", "Resolved"))},
    };
}

} // namespace causeway
