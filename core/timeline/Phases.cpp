#include "timeline/Phases.h"

#include "model/Fields.h"

#include <QCoreApplication>

namespace causeway::Phases {

QStringList markerKeys() {
    return QStringList{Field::IncidentStart} + fieldKeys();
}

QString displayName(const QString& key, bool translated) {
    // The context stays "PhaseMarkers", where the UI first translated these names.
    static const QHash<QString, const char*> names{
        {Field::IncidentStart, QT_TRANSLATE_NOOP("PhaseMarkers", "Incident start")},
        {QStringLiteral("phase_impact_start"),
         QT_TRANSLATE_NOOP("PhaseMarkers", "Customer impact start")},
        {QStringLiteral("phase_detected"), QT_TRANSLATE_NOOP("PhaseMarkers", "Detected")},
        {QStringLiteral("phase_acknowledged"), QT_TRANSLATE_NOOP("PhaseMarkers", "Acknowledged")},
        {QStringLiteral("phase_mitigated"), QT_TRANSLATE_NOOP("PhaseMarkers", "Mitigated")},
        {QStringLiteral("phase_impact_end"),
         QT_TRANSLATE_NOOP("PhaseMarkers", "Customer impact end")},
        {QStringLiteral("phase_resolved"), QT_TRANSLATE_NOOP("PhaseMarkers", "Resolved")},
    };
    const char* name = names.value(key);
    if (!name)
        return key;
    return translated ? QCoreApplication::translate("PhaseMarkers", name) : QString::fromUtf8(name);
}

} // namespace causeway::Phases
