#pragma once

// Pieces shared by the files of TimelineGraphicsView (layout, painting, interaction); not
// for use elsewhere.

#include "timeline/TimelineGraphicsView.h"

#include <QColor>
#include <QGraphicsItem>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <iterator>
#include <map>

namespace causeway::timelinegraphics {

constexpr int kKindKey = 0; // QGraphicsItem::data key: what an item is
constexpr int kIdKey = 1;   // the event id of a marker
enum ItemKind { MarkerItem = 1, LabelItem = 2 };
// Scene items mirror at most this many markers (those in and near the view, and the
// selected ones); in an overview of a long timeline there are none.
constexpr int kMaxHandles = 500;

// Opaque mix of two colours: bands and lanes stay legible on a projector.
inline QColor mix(const QColor& a, const QColor& b, double t) {
    const auto channel = [t](int x, int y) {
        return int(std::lround(x * (1 - t) + y * t));
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

inline QColor laneHue(int lane) {
    static const QColor hues[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                  QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                  QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                  QColor(0x17, 0xbe, 0xcf), QColor(0x7f, 0x7f, 0x7f)};
    return hues[lane % 8];
}

// Disjoint horizontal intervals already taken in one label row.
class RowOccupancy {
public:
    bool isFree(double left, double right) const {
        auto it = m_taken.lower_bound(left);
        if (it != m_taken.end() && it->first < right)
            return false;
        if (it != m_taken.begin() && std::prev(it)->second > left)
            return false;
        return true;
    }
    // Free width starting at left (0 when left itself is taken), up to limit.
    double freeWidth(double left, double limit) const {
        auto it = m_taken.lower_bound(left);
        if (it != m_taken.begin() && std::prev(it)->second > left)
            return 0;
        const double next = it == m_taken.end() ? limit : std::min(limit, it->first);
        return std::max(0.0, next - left);
    }
    void take(double left, double right) { m_taken.emplace(left, right); }

private:
    std::map<double, double> m_taken;
};

} // namespace causeway::timelinegraphics

namespace causeway {

// Paints every event marker and label in the exposed area; see paintEvents().
class TimelineGraphicsView::EventLayer : public QGraphicsItem {
public:
    EventLayer(const TimelineGraphicsView* view, const QRectF& bounds)
        : m_view(view)
        , m_bounds(bounds) {
        setFlag(ItemUsesExtendedStyleOption);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(2);
    }
    void setBounds(const QRectF& bounds) {
        if (bounds == m_bounds)
            return;
        prepareGeometryChange();
        m_bounds = bounds;
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override {
        m_view->paintEvents(painter, option->exposedRect);
    }

private:
    const TimelineGraphicsView* m_view;
    QRectF m_bounds;
};

// Paints the time axis (tick lines and their labels) in the exposed area.
class TimelineGraphicsView::AxisLayer : public QGraphicsItem {
public:
    AxisLayer(const TimelineGraphicsView* view, const QRectF& bounds)
        : m_view(view)
        , m_bounds(bounds) {
        setFlag(ItemUsesExtendedStyleOption);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(-5);
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override {
        m_view->paintAxis(painter, option->exposedRect);
    }

private:
    const TimelineGraphicsView* m_view;
    QRectF m_bounds;
};

// One event's marker as a scene item: selectable, data(kIdKey) = the event id. It draws
// nothing and takes no mouse button: the layer draws, the view handles the mouse.
class TimelineGraphicsView::Handle : public QGraphicsItem {
public:
    Handle(const QRectF& rect, int event)
        : m_rect(rect)
        , m_event(event) {
        setFlag(ItemHasNoContents);
        setFlag(ItemIsSelectable);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(2);
    }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}
    int event() const { return m_event; }

private:
    QRectF m_rect;
    int m_event;
};

} // namespace causeway
