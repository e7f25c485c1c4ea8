#pragma once

#include <QList>
#include <QString>

namespace causeway {

// The phase markers of a postmortem record, in incident order, with their display names.
// Each field holds a canonical UTC time.
struct PhaseMarker {
    QString field;
    QString name;
};

QList<PhaseMarker> phaseMarkers();

} // namespace causeway
