#pragma once

#include <QSize>

class QWidget;

namespace causeway {

// A window's starting size in text measures, so it grows with the user's font, kept within
// the screen it opens on (at 150 % scaling a 1366 px screen is only 910 logical pixels wide).
// columns: average character widths; lines: line heights.
QSize textSize(const QWidget* window, int columns, int lines);

} // namespace causeway
