#include "timeline/TimelineGraphicsShared.h"
#include "timeline/TimelineGraphicsView.h"

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

// --- Hit-testing and selection ------------------------------------------------------------

int TimelineGraphicsView::eventAt(const QPointF& pos) const {
    constexpr double tolerance = 2;
    for (const Lane& lane : m_lanes) {
        if (pos.y() < lane.top || pos.y() >= lane.top + lane.height)
            continue;
        const auto [first, last] = laneRange(lane, pos.x() - tolerance, pos.x() + tolerance);
        // What is drawn on top wins: key events, then selected ones, then the latest.
        int best = -1;
        int bestRank = -1;
        for (size_t k = first; k < last; ++k) {
            const int i = lane.events[k];
            const Event& e = m_events[size_t(i)];
            if (!e.shape.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(pos))
                continue;
            const int rank = e.key ? 2 : e.selected ? 1 : 0;
            if (rank >= bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }
    return -1;
}

std::vector<int> TimelineGraphicsView::eventsIn(const QRectF& rect) const {
    std::vector<int> found;
    for (const Lane& lane : m_lanes) {
        if (lane.top > rect.bottom() || lane.top + lane.height < rect.top())
            continue;
        const auto [first, last] = laneRange(lane, rect.left(), rect.right());
        for (size_t k = first; k < last; ++k) {
            if (m_events[size_t(lane.events[k])].shape.intersects(rect))
                found.push_back(lane.events[k]);
        }
    }
    return found;
}

void TimelineGraphicsView::selectEvents(const std::vector<int>& events, bool toggle,
                                        bool deferHandles) {
    if (!m_model || !m_selection)
        return;
    std::vector<int> rows;
    rows.reserve(events.size());
    for (const int i : events) {
        const int row = rowOfEvent(m_events[size_t(i)].id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (size_t k = 0; k < rows.size();) {
        size_t run = k;
        while (run + 1 < rows.size() && rows[run + 1] == rows[run] + 1)
            ++run;
        selection.select(m_model->index(rows[k], 0), m_model->index(rows[run], lastColumn));
        k = run + 1;
    }
    m_syncing = true;
    m_selection->select(selection,
                        toggle ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect);
    if (!rows.empty())
        m_selection->setCurrentIndex(m_model->index(rows.front(), 0),
                                     QItemSelectionModel::NoUpdate);
    m_syncing = false;
    syncFromModel(false, deferHandles);
}

void TimelineGraphicsView::syncFromModel(bool reveal, bool deferHandles) {
    QSet<QString> ids;
    if (m_selection) {
        const QModelIndexList rows = m_selection->selectedRows();
        for (const QModelIndex& i : rows) {
            const TimelineEvent* e = eventOfRow(i.row());
            ids.insert(e ? e->id : i.data(TimelineModel::IdRole).toString());
        }
    }
    std::vector<char> mirrored(m_events.size(), 0);
    for (QGraphicsItem* item : std::as_const(m_handles))
        mirrored[size_t(static_cast<Handle*>(item)->event())] = 1;
    int firstSelected = -1;
    int selected = 0;
    bool unmirrored = false; // a selected event without a scene item
    int changed = 0;
    QRectF dirty;
    for (int i = 0; i < int(m_events.size()); ++i) {
        Event& e = m_events[size_t(i)];
        const bool on = !ids.isEmpty() && ids.contains(e.id);
        if (on != e.selected) {
            e.selected = on;
            dirty |= e.shape;
            ++changed;
        }
        if (on) {
            ++selected;
            unmirrored = unmirrored || !mirrored[size_t(i)];
            if (firstSelected < 0)
                firstSelected = i;
        }
    }
    m_syncing = true;
    for (QGraphicsItem* item : std::as_const(m_handles))
        item->setSelected(m_events[size_t(static_cast<Handle*>(item)->event())].selected);
    m_syncing = false;
    if (m_handlesStale || (unmirrored && selected <= kMaxHandles)) {
        m_handlesStale = true;
        // From the scene's own selection signal the items must outlive the call.
        if (deferHandles)
            m_handleTimer.start();
        else
            refreshHandles(true);
    }
    if (m_layer && changed > 0)
        m_layer->update(changed > 1000 ? m_layer->boundingRect() : dirty.adjusted(-4, -4, 4, 4));
    if (reveal && ids.size() == 1 && firstSelected >= 0)
        ensureVisible(m_events[size_t(firstSelected)].shape, 40, 0);
}

void TimelineGraphicsView::onSceneSelectionChanged() {
    if (m_syncing || !m_model || !m_selection)
        return;
    // The items mirror the markers near the view; the others keep their selection.
    std::vector<char> mirrored(m_events.size(), 0);
    std::vector<int> chosen;
    for (QGraphicsItem* item : std::as_const(m_handles)) {
        const int i = static_cast<Handle*>(item)->event();
        mirrored[size_t(i)] = 1;
        if (item->isSelected())
            chosen.push_back(i);
    }
    for (int i = 0; i < int(m_events.size()); ++i) {
        if (!mirrored[size_t(i)] && m_events[size_t(i)].selected)
            chosen.push_back(i);
    }
    selectEvents(chosen, false, true);
}

void TimelineGraphicsView::onModelSelectionChanged() {
    if (m_syncing)
        return;
    syncFromModel(true, false);
}

void TimelineGraphicsView::refreshHandles(bool force) {
    force = force || m_handlesStale;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (!force && visible.left() >= m_handlesLeft && visible.right() <= m_handlesRight)
        return;
    m_handleTimer.stop();
    m_handlesStale = false;
    m_syncing = true;
    // Newest first: the scene then takes each from the end of its lists.
    for (auto it = m_handles.crbegin(); it != m_handles.crend(); ++it)
        delete *it;
    m_handles.clear();
    if (!m_layer) {
        m_syncing = false;
        return;
    }
    const double margin = std::max(1.0, visible.width());
    m_handlesLeft = visible.left() - margin;
    m_handlesRight = visible.right() + margin;
    // The markers near the view, and the selected ones: each set while it is small.
    std::vector<int> chosen;
    for (const Lane& lane : std::as_const(m_lanes)) {
        const auto [first, last] = laneRange(lane, m_handlesLeft, m_handlesRight);
        if (chosen.size() + (last - first) > size_t(kMaxHandles) * 2) {
            chosen.assign(size_t(kMaxHandles) + 1, 0);
            break;
        }
        for (size_t k = first; k < last; ++k) {
            const Event& e = m_events[size_t(lane.events[k])];
            if (e.shape.right() >= m_handlesLeft && e.shape.left() <= m_handlesRight)
                chosen.push_back(lane.events[k]);
        }
    }
    if (chosen.size() > size_t(kMaxHandles))
        chosen.clear();
    std::vector<int> selected;
    for (int i = 0; i < int(m_events.size()) && selected.size() <= size_t(kMaxHandles); ++i) {
        if (m_events[size_t(i)].selected)
            selected.push_back(i);
    }
    if (selected.size() <= size_t(kMaxHandles))
        chosen.insert(chosen.end(), selected.begin(), selected.end());
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    m_handles.reserve(qsizetype(chosen.size()));
    for (const int i : chosen) {
        const Event& e = m_events[size_t(i)];
        auto* handle = new Handle(e.shape, i);
        handle->setData(kKindKey, MarkerItem);
        handle->setData(kIdKey, e.id);
        m_scene->addItem(handle);
        if (e.selected)
            handle->setSelected(true);
        m_handles.append(handle);
    }
    m_syncing = false;
}

QString TimelineGraphicsView::toolTipOf(int event) const {
    const Event& e = m_events[size_t(event)];
    if (m_source) {
        if (const TimelineEvent* t = m_source->event(e.id))
            return m_source->formatTime(t->time) + u' ' + EventVocabulary::kindName(t->kind) +
                   u'\n' + t->description;
    }
    return e.description;
}

QList<QRectF> TimelineGraphicsView::visibleLabelRects() const {
    QList<QRectF> rects;
    for (const Label& label : m_labels) {
        const QString& text = labelText(label);
        if (text.isEmpty())
            continue;
        const QFontMetricsF metrics(m_events[size_t(label.event)].key ? m_keyFont : font());
        rects.append(
            QRectF(label.left, label.top, metrics.horizontalAdvance(text), metrics.height()));
    }
    if (m_axis && m_tickStep > 0) {
        const QFontMetricsF fm(font());
        for (qint64 t = m_firstTick; xOf(t * 1000) + m_tickLabelWidth / 2 <= m_right;
             t += m_tickStep) {
            const QString label = tickLabel(t);
            const double width = fm.horizontalAdvance(label);
            rects.append(QRectF(xOf(t * 1000) - width / 2, m_axisTop, width, fm.height()));
        }
    }
    const QList<QGraphicsItem*> items = m_scene->items();
    for (const QGraphicsItem* item : items) {
        if (item->isVisible() && item->data(kKindKey).toInt() == LabelItem)
            rects.append(item->sceneBoundingRect());
    }
    return rects;
}

// --- Input --------------------------------------------------------------------------------

bool TimelineGraphicsView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip && m_layer) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = eventAt(mapToScene(help->pos()));
        if (i >= 0) {
            QToolTip::showText(help->globalPos(), toolTipOf(i), viewport(),
                               mapFromScene(m_events[size_t(i)].shape).boundingRect());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineGraphicsView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_layer && !m_handleTimer.isActive()) {
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        if (visible.left() < m_handlesLeft || visible.right() > m_handlesRight)
            m_handleTimer.start();
    }
}

void TimelineGraphicsView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomAround(std::pow(1.25, steps), int(event->position().x()));
        event->accept();
        return;
    }
    if (!(event->modifiers() & Qt::ShiftModifier) && event->angleDelta().x() == 0) {
        // Time runs horizontally: the plain wheel pans along it.
        QScrollBar* bar = horizontalScrollBar();
        bar->setValue(bar->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TimelineGraphicsView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus ||
        event->key() == Qt::Key_Equal) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomOut();
        return;
    }
    if (event->key() == Qt::Key_0) {
        fitAll();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TimelineGraphicsView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    event->accept();
    const int hit = m_layer ? eventAt(mapToScene(event->pos())) : -1;
    if (event->button() == Qt::RightButton) {
        // The context menu acts on the selection: a click on another event selects it.
        if (hit >= 0 && !m_events[size_t(hit)].selected)
            selectEvents({hit});
        return;
    }
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (hit >= 0) {
        selectEvents({hit}, toggle);
        return;
    }
    // A press on empty space starts a rubber band; without Ctrl it clears the selection.
    m_pressed = true;
    m_banding = false;
    m_bandFrom = event->pos();
    m_bandBase.clear();
    if (toggle) {
        for (int i = 0; i < int(m_events.size()); ++i) {
            if (m_events[size_t(i)].selected)
                m_bandBase.push_back(i);
        }
    } else {
        selectEvents({});
    }
}

void TimelineGraphicsView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint delta = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        event->accept();
        if (!m_banding &&
            (event->pos() - m_bandFrom).manhattanLength() < QApplication::startDragDistance())
            return;
        m_banding = true;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        const QRect band = QRect(m_bandFrom, event->pos()).normalized();
        m_band->setGeometry(band);
        m_band->show();
        std::vector<int> events = eventsIn(mapToScene(band).boundingRect());
        events.insert(events.end(), m_bandBase.begin(), m_bandBase.end());
        selectEvents(events);
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TimelineGraphicsView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        if (event->button() == Qt::LeftButton) {
            m_pressed = false;
            m_banding = false;
            m_bandBase.clear();
            if (m_band)
                m_band->hide();
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TimelineGraphicsView::mouseDoubleClickEvent(QMouseEvent* event) {
    // The second press of a double click selects like the first.
    mousePressEvent(event);
}

void TimelineGraphicsView::drawForeground(QPainter* painter, const QRectF& rect) {
    Q_UNUSED(rect)
    // Lane names stay at the left edge while the time axis scrolls.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QFontMetricsF fm(font());
    const double pad = fm.height() / 3;
    const QPalette pal = palette();
    painter->save();
    painter->setFont(font());
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane& lane = m_lanes[i];
        const QRectF box(visible.left(), lane.top, m_left - pad, lane.height);
        painter->fillRect(box, mix(pal.color(QPalette::Window), laneHue(i), 0.10));
        painter->setPen(pal.color(QPalette::WindowText));
        painter->drawText(box.adjusted(pad, pad, 0, 0), Qt::AlignLeft | Qt::AlignTop, lane.name);
    }
    painter->restore();
}

void TimelineGraphicsView::changeEvent(QEvent* event) {
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_widths[0].clear();
        m_widths[1].clear();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        scheduleRebuild();
}

void TimelineGraphicsView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // The fit depends on the width only, and a scroll bar the last fit foresaw changes nothing.
    if (m_autoFit && event->size().width() != m_fitWidth)
        scheduleRebuild();
    else if (m_layer)
        m_handleTimer.start();
}

} // namespace causeway
