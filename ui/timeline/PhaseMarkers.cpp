#include "timeline/PhaseMarkers.h"

#include "timeline/Phases.h"

namespace causeway {

QList<PhaseMarker> phaseMarkers() {
    // The names live in core, which names the markers in warnings and the CLI too.
    QList<PhaseMarker> markers;
    for (const QString& key : Phases::markerKeys())
        markers.append({key, Phases::displayName(key)});
    return markers;
}

} // namespace causeway
