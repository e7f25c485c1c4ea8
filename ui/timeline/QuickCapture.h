#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace causeway {

// One line of quick capture: "14:05 paged the on-call", "2026-03-02 14:05 rollback",
// "+5m status page updated". A leading time is read in zone (a bare time of day takes
// reference's date); without one, time stays invalid and the caller decides (Ctrl+Enter
// means "now").
struct QuickCapture {
    QDateTime time; // UTC; invalid when the line does not start with a time
    QString description;
    QString error; // set when the line starts like a time that cannot be used
};

QuickCapture parseQuickCapture(const QString& line, const QTimeZone& zone,
                               const QDateTime& reference);

} // namespace causeway
