#include "timeline/TimelineGraphicsView.h"

#include "model/CanonicalJson.h"
#include "timeline/PhaseMarkers.h"
#include "timeline/TimelineEvent.h"
#include "timeline/TimelineGraphicsShared.h"
#include "timeline/TimelineModel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScrollBar>
#include <QStaticText>
#include <QStyle>
#include <QStyleOptionGraphicsItem>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace causeway {

using namespace timelinegraphics;

// The phase bands and markers behind the events, their labels kept apart in one row.
void TimelineGraphicsView::layoutPhases(double top, double bottom) {
    if (!m_source || !m_source->document())
        return;
    PostmortemDocument* doc = m_source->document();
    const QFontMetricsF fm(font());
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QString root = doc->id();
    const auto timeOf = [&](const QString& field) {
        return parseCanonicalTime(doc->value(root, field).toString());
    };
    // Customer impact: one red band behind the lanes.
    const QDateTime impactStart = timeOf(QStringLiteral("phase_impact_start"));
    QDateTime impactEnd = timeOf(QStringLiteral("phase_impact_end"));
    if (impactStart.isValid()) {
        if (!impactEnd.isValid())
            impactEnd = m_end;
        auto* band = m_scene->addRect(QRectF(xOf(impactStart), top + fm.height(),
                                             std::max(1.0, xOf(impactEnd) - xOf(impactStart)),
                                             bottom - top - fm.height()),
                                      Qt::NoPen, mix(base, QColor(0xd6, 0x27, 0x28), 0.12));
        band->setZValue(-8);
        band->setToolTip(tr("Customer impact"));
    }
    // Response phases: tinted bands between consecutive markers, a line and a label at each.
    const QStringList sequence{QStringLiteral("incident_start"), QStringLiteral("phase_detected"),
                               QStringLiteral("phase_acknowledged"),
                               QStringLiteral("phase_mitigated"), QStringLiteral("phase_resolved")};
    const QColor bandColors[] = {
        mix(base, QColor(0xff, 0x7f, 0x0e), 0.10), mix(base, QColor(0x94, 0x67, 0xbd), 0.10),
        mix(base, QColor(0x1f, 0x77, 0xb4), 0.10), mix(base, QColor(0x2c, 0xa0, 0x2c), 0.10)};
    for (int i = 0; i + 1 < sequence.size(); ++i) {
        const QDateTime a = timeOf(sequence[i]);
        const QDateTime b = timeOf(sequence[i + 1]);
        if (!a.isValid() || !b.isValid() || b <= a)
            continue;
        auto* band =
            m_scene->addRect(QRectF(xOf(a), top + fm.height(), xOf(b) - xOf(a), fm.height() / 2),
                             Qt::NoPen, bandColors[i].darker(115));
        band->setZValue(-7);
    }
    RowOccupancy row;
    const double gap = fm.averageCharWidth();
    QList<std::pair<QDateTime, PhaseMarker>> markers;
    for (const PhaseMarker& p : phaseMarkers()) {
        const QDateTime t = timeOf(p.field);
        if (t.isValid())
            markers.append({t, p});
    }
    std::stable_sort(markers.begin(), markers.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [t, p] : std::as_const(markers)) {
        const double x = xOf(t);
        auto* lineItem =
            m_scene->addLine(x, top + fm.height(), x, bottom,
                             QPen(mix(base, pal.color(QPalette::Text), 0.55), 1.5, Qt::DashLine));
        lineItem->setZValue(1);
        lineItem->setToolTip(p.name);
        const double width = std::min(fm.horizontalAdvance(p.name), 20 * fm.averageCharWidth());
        const double free = row.freeWidth(x, x + width + gap) - gap;
        if (free < 4 * fm.averageCharWidth())
            continue;
        const QString shown = fm.elidedText(p.name, Qt::ElideRight, std::min(width, free));
        const double shownWidth = fm.horizontalAdvance(shown);
        row.take(x, x + shownWidth + gap);
        auto* label = m_scene->addSimpleText(shown);
        label->setBrush(pal.color(QPalette::Text));
        label->setPos(x, top);
        label->setData(kKindKey, LabelItem);
        label->setToolTip(p.name);
    }
}

} // namespace causeway
