#include "timeline/TimelineGraphicsShared.h"
#include "timeline/TimelineGraphicsView.h"
#include "util/DisplayFormat.h"

#include "model/CanonicalJson.h"
#include "timeline/PhaseMarkers.h"
#include "timeline/TimelineEvent.h"
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

// --- Painting -----------------------------------------------------------------------------

std::pair<size_t, size_t> TimelineGraphicsView::laneRange(const Lane& lane, double left,
                                                          double right) const {
    // Markers reach a little left of their time (dots) or far right (span bars).
    const auto xAt = [this](int i) {
        return m_events[size_t(i)].x;
    };
    const auto first =
        std::lower_bound(lane.events.begin(), lane.events.end(), left - lane.reachRight - 1,
                         [&](int i, double x) { return xAt(i) < x; });
    const auto last = std::upper_bound(first, lane.events.end(), right + lane.reachLeft + 1,
                                       [&](double x, int i) { return x < xAt(i); });
    return {size_t(first - lane.events.begin()), size_t(last - lane.events.begin())};
}

QPen TimelineGraphicsView::markerPen(int lane, bool key, bool selected) const {
    const QPalette pal = palette();
    if (selected)
        return QPen(pal.color(QPalette::Highlight), key ? 3 : 2);
    return key ? QPen(pal.color(QPalette::Text), 1.5) : QPen(laneHue(lane).darker(150), 1);
}

QBrush TimelineGraphicsView::markerBrush(int lane, bool key) const {
    const QColor hue = laneHue(lane);
    return key ? hue.darker(130) : mix(hue, palette().color(QPalette::Base), 0.25);
}

// A dot or diamond drawn once, antialiased, and then copied for every event like it: an
// overview of thousands of events would otherwise stroke thousands of ellipse outlines.
const QPixmap& TimelineGraphicsView::sprite(int lane, bool key, bool selected, qreal dpr) const {
    if (dpr != m_spriteDpr) {
        m_sprites.clear();
        m_spriteDpr = dpr;
    }
    const int id = lane * 4 + (key ? 2 : 0) + (selected ? 1 : 0);
    const auto it = m_sprites.constFind(id);
    if (it != m_sprites.cend())
        return *it;
    const double size = key ? m_markerSize * 1.3 : m_markerSize;
    const QPen pen = markerPen(lane, key, selected);
    const int pixels = int(std::ceil((size + 2 * pen.widthF() + 2) * dpr));
    QPixmap pixmap(pixels, pixels);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(pen);
    p.setBrush(markerBrush(lane, key));
    const double side = pixels / dpr;
    const QRectF r((side - size) / 2, (side - size) / 2, size, size);
    if (key) {
        const QPointF c = r.center();
        const QPointF diamond[] = {QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                                   QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())};
        p.drawPolygon(diamond, 4);
    } else {
        p.drawEllipse(r);
    }
    p.end();
    return *m_sprites.insert(id, pixmap);
}

void TimelineGraphicsView::paintEvents(QPainter* painter, const QRectF& exposed) const {
    painter->setRenderHint(QPainter::Antialiasing);
    const QTransform& transform = painter->worldTransform();
    // Copies of a pre-drawn marker while the painter only moves (the view never scales or
    // rotates); shapes drawn one by one otherwise (printing, a scaled render).
    const bool sprites = transform.type() <= QTransform::TxTranslate;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    // Dots closer than a device pixel look the same drawn once: an overview of thousands of
    // events draws one per pixel column and lane (selected and key events always draw).
    const double pixel = 1.0 / std::max(1e-9, std::abs(transform.m11()));
    const auto drawShape = [&](const Event& e, int lane) {
        const QRectF& r = e.shape;
        if (e.bar) {
            painter->setPen(markerPen(lane, e.key, e.selected));
            painter->setBrush(markerBrush(lane, e.key));
            painter->drawRoundedRect(r, r.height() / 4, r.height() / 4);
        } else if (sprites) {
            const QPixmap& pixmap = sprite(lane, e.key, e.selected, dpr);
            const double side = pixmap.width() / pixmap.devicePixelRatio();
            painter->drawPixmap(r.center() - QPointF(side / 2, side / 2), pixmap);
        } else {
            painter->setPen(markerPen(lane, e.key, e.selected));
            painter->setBrush(markerBrush(lane, e.key));
            if (e.key) {
                const QPointF c = r.center();
                const QPointF diamond[] = {QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                                           QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())};
                painter->drawPolygon(diamond, 4);
            } else {
                painter->drawEllipse(r);
            }
        }
    };
    for (int l = 0; l < m_lanes.size(); ++l) {
        const Lane& lane = m_lanes[l];
        if (lane.top > exposed.bottom() || lane.top + lane.height < exposed.top())
            continue;
        const auto [first, last] = laneRange(lane, exposed.left(), exposed.right());
        // Plain markers, then the selected ones over them, then key events on top.
        for (const bool selected : {false, true}) {
            double lastX = -std::numeric_limits<double>::max();
            for (size_t k = first; k < last; ++k) {
                const Event& e = m_events[size_t(lane.events[k])];
                if (e.key || e.selected != selected)
                    continue;
                if (!e.bar) {
                    if (e.x - lastX < pixel)
                        continue;
                    lastX = e.x;
                }
                drawShape(e, l);
            }
        }
        for (size_t k = first; k < last; ++k) {
            const Event& e = m_events[size_t(lane.events[k])];
            if (e.key)
                drawShape(e, l);
        }
    }
    // Labels, normal then bold, each laid out once (QStaticText) when first painted.
    painter->setPen(palette().color(QPalette::Text));
    for (const bool key : {false, true}) {
        painter->setFont(key ? m_keyFont : font());
        for (const Label& label : m_labels) {
            const Event& e = m_events[size_t(label.event)];
            if (e.key != key || label.left > exposed.right() ||
                label.left + label.width < exposed.left() || label.top > exposed.bottom() ||
                label.top + m_line < exposed.top())
                continue;
            if (!label.prepared) {
                label.staticText.setText(labelText(label));
                label.staticText.setTextFormat(Qt::PlainText);
                label.staticText.prepare(QTransform(), painter->font());
                label.prepared = true;
            }
            if (!label.text.isEmpty())
                painter->drawStaticText(QPointF(label.left, label.top), label.staticText);
        }
    }
}

QString TimelineGraphicsView::tickLabel(qint64 secs) const {
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs, m_zone);
    const QString time = local.toString(m_tickFormat);
    // Across days, the first tick of each day shows the date.
    if (m_spansDays &&
        (secs == m_firstTick ||
         QDateTime::fromSecsSinceEpoch(secs - m_tickStep, m_zone).date() != local.date()))
        return local.toString(displayDateFormat()) + u' ' + time;
    return time;
}

void TimelineGraphicsView::paintAxis(QPainter* painter, const QRectF& exposed) const {
    if (m_tickStep <= 0)
        return;
    const QFontMetricsF fm(font());
    const QPalette pal = palette();
    const QColor grid = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18);
    painter->setFont(font());
    // A label is centred on its tick: ticks up to a label's width outside still show.
    const double reach = m_tickLabelWidth;
    const double fromSecs =
        double(m_startMs) / 1000.0 + (exposed.left() - reach - m_left) / m_pxPerSecond;
    qint64 t = m_firstTick;
    if (fromSecs > double(t))
        t += qint64((fromSecs - double(t)) / double(m_tickStep)) * m_tickStep;
    for (;; t += m_tickStep) {
        const double x = xOf(t * 1000);
        if (x + reach / 2 > m_right || x > exposed.right() + reach)
            break;
        painter->setPen(QPen(grid, 1));
        painter->drawLine(QPointF(x, m_axisTop + fm.height()), QPointF(x, m_bottom));
        const QString label = tickLabel(t);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(QPointF(x - fm.horizontalAdvance(label) / 2, m_axisTop + fm.ascent()),
                          label);
    }
}

} // namespace causeway
