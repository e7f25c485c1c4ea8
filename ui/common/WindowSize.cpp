#include "common/WindowSize.h"

#include <QScreen>
#include <QWidget>

namespace causeway {

QSize textSize(const QWidget* window, int columns, int lines) {
    const QFontMetrics metrics = window->fontMetrics();
    const QSize wanted(columns * metrics.averageCharWidth(), lines * metrics.height());
    const QScreen* screen = window->screen();
    if (!screen)
        return wanted;
    // Leave room for the window frame and the desktop's panels.
    return wanted.boundedTo(screen->availableGeometry().size() * 9 / 10);
}

} // namespace causeway
