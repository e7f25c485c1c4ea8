#include "common/PaperclipIcon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace causeway {

namespace {

// The clip upright in a 16×16 box: the outer loop, then the inner loop ending inside it.
QPainterPath clipPath() {
    QPainterPath p;
    p.moveTo(11, 5);
    p.lineTo(11, 12);
    p.arcTo(QRectF(5, 9, 6, 6), 0, -180);
    p.lineTo(5, 3.5);
    p.arcTo(QRectF(5, 1.5, 4, 4), 180, -180);
    p.lineTo(9, 11);
    p.arcTo(QRectF(7, 10, 2, 2), 0, -180);
    p.lineTo(7, 6);
    return p;
}

QPixmap draw(int size, const QColor& color) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    // Tilted like a clip on paper.
    painter.translate(8, 8);
    painter.rotate(40);
    painter.translate(-8, -8);
    painter.setPen(QPen(color, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(clipPath());
    return pixmap;
}

} // namespace

QIcon paperclipIcon() {
    const QColor color = QGuiApplication::palette().color(QPalette::Text);
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(size, color));
    return icon;
}

} // namespace causeway
