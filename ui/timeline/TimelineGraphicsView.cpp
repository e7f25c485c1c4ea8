#include "timeline/TimelineGraphicsView.h"

#include "model/CanonicalJson.h"
#include "timeline/PhaseMarkers.h"
#include "timeline/TimelineEvent.h"
#include "timeline/TimelineModel.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <cmath>
#include <map>
#include <numeric>

namespace causeway {

namespace {

constexpr int kKindKey = 0; // QGraphicsItem::data key: what an item is
constexpr int kIdKey = 1;   // the event id of a marker
enum ItemKind { MarkerItem = 1, LabelItem = 2 };
constexpr int kLabelRows = 2; // label rows under each lane's markers
constexpr double kMinPxPerSecond = 1e-4;
constexpr double kMaxPxPerSecond = 200.0;

// Opaque mix of two colours: bands and lanes stay legible on a projector.
QColor mix(const QColor& a, const QColor& b, double t) {
    const auto channel = [t](int x, int y) {
        return int(std::lround(x * (1 - t) + y * t));
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

QColor laneHue(int lane) {
    static const QColor hues[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                  QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                  QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                  QColor(0x17, 0xbe, 0xcf), QColor(0x7f, 0x7f, 0x7f)};
    return hues[lane % 8];
}

// A marker or span bar that draws its own selection highlight instead of Qt's dashed box.
class EventShape : public QGraphicsRectItem {
public:
    EventShape(const QRectF& rect, bool round, bool key)
        : QGraphicsRectItem(rect)
        , m_round(round)
        , m_key(key) {}

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override {
        painter->setRenderHint(QPainter::Antialiasing);
        QPen p = pen();
        if (option->state & QStyle::State_Selected) {
            p = QPen(option->palette.color(QPalette::Highlight), std::max(2.0, p.widthF() * 2));
        }
        painter->setPen(p);
        painter->setBrush(brush());
        const QRectF r = rect();
        if (!m_round) {
            painter->drawRoundedRect(r, r.height() / 4, r.height() / 4);
        } else if (m_key) {
            const QPointF c = r.center();
            const QPolygonF diamond{QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                                    QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())};
            painter->drawPolygon(diamond);
        } else {
            painter->drawEllipse(r);
        }
    }

private:
    bool m_round;
    bool m_key;
};

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

struct Placed {
    int row = -1;
    QString text;
    double width = 0;
};

} // namespace

TimelineGraphicsView::TimelineGraphicsView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this)) {
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRenderHint(QPainter::Antialiasing);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Graphical timeline"));
    setToolTip(tr("Ctrl+wheel or +/- to zoom, wheel or middle-drag to pan, 0 to fit"));
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(30);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TimelineGraphicsView::rebuild);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &TimelineGraphicsView::onSceneSelectionChanged);
}

TimelineGraphicsView::~TimelineGraphicsView() {
    // The scene and the models outlive this class's part of the object: no signal may reach
    // it while the base classes are torn down.
    m_rebuildTimer.stop();
    disconnect(m_scene, nullptr, this, nullptr);
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
}

void TimelineGraphicsView::setModels(QAbstractItemModel* model, QItemSelectionModel* selection,
                                     TimelineModel* source) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_model = model;
    m_selection = selection;
    m_source = source;
    m_autoFit = true;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_autoFit = true;
            scheduleRebuild();
        });
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                &TimelineGraphicsView::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                &TimelineGraphicsView::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &TimelineGraphicsView::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this,
                &TimelineGraphicsView::scheduleRebuild);
    }
    if (m_selection)
        connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                &TimelineGraphicsView::onModelSelectionChanged);
    if (m_source)
        connect(m_source, &TimelineModel::displayChanged, this,
                &TimelineGraphicsView::scheduleRebuild);
    scheduleRebuild();
}

void TimelineGraphicsView::scheduleRebuild() {
    m_rebuildTimer.start();
}

void TimelineGraphicsView::rebuildNow() {
    m_rebuildTimer.stop();
    rebuild();
}

double TimelineGraphicsView::xOf(const QDateTime& t) const {
    return m_left + double(m_start.msecsTo(t)) / 1000.0 * m_pxPerSecond;
}

QDateTime TimelineGraphicsView::timeAt(double x) const {
    return m_start.addMSecs(qint64((x - m_left) / m_pxPerSecond * 1000.0));
}

void TimelineGraphicsView::setPixelsPerSecond(double pxPerSecond) {
    m_autoFit = false;
    m_pxPerSecond = std::clamp(pxPerSecond, kMinPxPerSecond, kMaxPxPerSecond);
    rebuildNow();
}

void TimelineGraphicsView::zoomIn() {
    zoomAround(1.5, viewport()->width() / 2);
}

void TimelineGraphicsView::zoomOut() {
    zoomAround(1 / 1.5, viewport()->width() / 2);
}

void TimelineGraphicsView::fitAll() {
    m_autoFit = true;
    rebuildNow();
}

void TimelineGraphicsView::zoomAround(double factor, int viewportX) {
    if (m_pxPerSecond <= 0 || !m_start.isValid())
        return;
    const double sceneX = mapToScene(QPoint(viewportX, 0)).x();
    const QDateTime anchor = timeAt(sceneX);
    m_autoFit = false;
    m_pxPerSecond = std::clamp(m_pxPerSecond * factor, kMinPxPerSecond, kMaxPxPerSecond);
    rebuildNow();
    // Keep the time under the cursor where it was.
    const double newX = xOf(anchor);
    horizontalScrollBar()->setValue(int(newX - viewportX));
}

void TimelineGraphicsView::rebuild() {
    // Clearing the scene deselects its items; that must not clear the table's selection.
    m_syncing = true;
    m_scene->clear();
    m_lanes.clear();
    m_shownEventLabels = 0;
    m_eventCount = 0;
    const QFontMetricsF fm(font());
    QFont keyFont = font();
    keyFont.setBold(true);
    const QFontMetricsF keyFm(keyFont);
    // Label rows are one rendered text height apart (rounded up), so rows never touch.
    const double line = [&] {
        QGraphicsSimpleTextItem probe(QStringLiteral("Xgjy"));
        probe.setFont(keyFont);
        const double bold = probe.boundingRect().height();
        probe.setFont(font());
        return std::ceil(std::max({fm.height(), bold, probe.boundingRect().height()})) + 1;
    }();
    const double pad = line / 3;
    const double markerSize = std::max(8.0, line * 0.7);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);

    struct Ev {
        QString id;
        QDateTime time;
        QDateTime end;
        QString source;
        QString description;
        QString kind;
        bool key = false;
    };
    QList<Ev> events;
    if (m_model) {
        const int rows = m_model->rowCount();
        events.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex i = m_model->index(row, 0);
            Ev e{i.data(TimelineModel::IdRole).toString(),
                 i.data(TimelineModel::TimeRole).toDateTime(),
                 i.data(TimelineModel::EndRole).toDateTime(),
                 i.data(TimelineModel::SourceRole).toString(),
                 i.data(TimelineModel::DescriptionRole).toString(),
                 i.data(TimelineModel::KindRole).toString(),
                 i.data(TimelineModel::KeyEventRole).toBool()};
            if (e.time.isValid())
                events.append(e);
        }
    }
    m_eventCount = int(events.size());

    // Time range: events, spans and phase markers.
    QList<std::pair<PhaseMarker, QDateTime>> phases;
    if (m_source && m_source->document()) {
        PostmortemDocument* doc = m_source->document();
        for (const PhaseMarker& p : phaseMarkers()) {
            const QDateTime t = parseCanonicalTime(doc->value(doc->id(), p.field).toString());
            if (t.isValid())
                phases.append({p, t});
        }
    }
    QDateTime lo;
    QDateTime hi;
    const auto extend = [&](const QDateTime& t) {
        if (!t.isValid())
            return;
        if (!lo.isValid() || t < lo)
            lo = t;
        if (!hi.isValid() || t > hi)
            hi = t;
    };
    for (const Ev& e : std::as_const(events)) {
        extend(e.time);
        extend(e.end);
    }
    for (const auto& p : std::as_const(phases))
        extend(p.second);
    if (!lo.isValid()) {
        lo = QDateTime::currentDateTimeUtc();
        hi = lo.addSecs(3600);
    }
    if (lo.secsTo(hi) < 60)
        hi = lo.addSecs(60);

    // Lanes: one per source present, in vocabulary order.
    QStringList sources;
    for (const QString& s : EventVocabulary::sources()) {
        for (const Ev& e : std::as_const(events)) {
            if (e.source == s) {
                sources.append(s);
                break;
            }
        }
    }
    for (const Ev& e : std::as_const(events)) {
        if (!sources.contains(e.source))
            sources.append(e.source);
    }
    if (sources.isEmpty())
        sources.append(QStringLiteral("manual"));

    double laneNameWidth = 0;
    for (const QString& s : std::as_const(sources))
        laneNameWidth =
            std::max(laneNameWidth, fm.horizontalAdvance(EventVocabulary::sourceName(s)));
    m_left = laneNameWidth + 3 * pad;

    const double span = double(lo.msecsTo(hi)) / 1000.0;
    // Room for the data: the lane names on the left, a label's width after the last time.
    const double available =
        std::max(200.0, double(viewport()->width()) - m_left - 22 * fm.averageCharWidth());
    if (m_autoFit || m_pxPerSecond <= 0)
        m_pxPerSecond = std::clamp(available / span, kMinPxPerSecond, kMaxPxPerSecond);
    // A margin before the first and after the last time, so edge labels fit.
    m_start = lo.addMSecs(-qint64(2 * line / m_pxPerSecond * 1000.0));
    m_end = hi;
    const double right = xOf(hi) + 16 * fm.averageCharWidth();

    const double phaseRowTop = 0;
    const double axisTop = phaseRowTop + line + pad;
    const double lanesTop = axisTop + line + 2 * pad;
    const double laneHeight = markerSize + kLabelRows * line + 3 * pad;
    double y = lanesTop;
    for (const QString& s : std::as_const(sources)) {
        m_lanes.append({s, EventVocabulary::sourceName(s), y, laneHeight});
        y += laneHeight;
    }
    const double bottom = y;

    // Lane backgrounds, alternating so lanes read as rows.
    for (int i = 0; i < m_lanes.size(); ++i) {
        auto* bg =
            m_scene->addRect(QRectF(0, m_lanes[i].top, right, m_lanes[i].height), Qt::NoPen,
                             i % 2 ? base : mix(base, pal.color(QPalette::AlternateBase), 1));
        bg->setZValue(-10);
    }

    layoutPhases(phaseRowTop, bottom);
    layoutAxis(axisTop, bottom);

    // Events: key events first so that their labels win the space.
    QList<qsizetype> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (events[a].key != events[b].key)
            return events[a].key;
        return events[a].time < events[b].time;
    });
    QHash<QString, int> laneOf;
    for (int i = 0; i < m_lanes.size(); ++i)
        laneOf.insert(m_lanes[i].source, i);
    std::vector<std::array<RowOccupancy, kLabelRows>> rows(size_t(m_lanes.size()));
    const double minLabel = 4 * fm.averageCharWidth();
    const double maxLabel = 28 * fm.averageCharWidth();
    const double gap = fm.averageCharWidth();

    for (const qsizetype idx : std::as_const(order)) {
        const Ev& e = events[idx];
        const int laneIndex = laneOf.value(e.source, 0);
        const Lane& lane = m_lanes[laneIndex];
        const QColor hue = laneHue(laneIndex);
        const double x = xOf(e.time);
        const double markerTop = lane.top + pad;
        const double size = e.key ? markerSize * 1.3 : markerSize;
        QRectF shape;
        bool round = true;
        if (e.end.isValid() && e.end > e.time && xOf(e.end) - x > markerSize) {
            shape = QRectF(x, markerTop + markerSize * 0.2, xOf(e.end) - x, markerSize * 0.6);
            round = false;
        } else {
            shape = QRectF(x - size / 2, markerTop + (markerSize - size) / 2, size, size);
        }
        auto* item = new EventShape(shape, round, e.key);
        item->setBrush(e.key ? hue.darker(130) : mix(hue, base, 0.25));
        item->setPen(QPen(e.key ? text : hue.darker(150), e.key ? 1.5 : 1));
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setData(kKindKey, MarkerItem);
        item->setData(kIdKey, e.id);
        item->setZValue(e.key ? 3 : 2);
        item->setToolTip(m_source ? m_source->formatTime(e.time) + u' ' +
                                        EventVocabulary::kindName(e.kind) + u'\n' + e.description
                                  : e.description);
        m_scene->addItem(item);

        if (e.description.isEmpty())
            continue;
        const QFontMetricsF& metrics = e.key ? keyFm : fm;
        const double full = std::min(maxLabel, metrics.horizontalAdvance(e.description));
        const double left = x - markerSize / 2;
        Placed placed;
        for (int r = 0; r < kLabelRows && placed.row < 0; ++r) {
            if (rows[size_t(laneIndex)][size_t(r)].isFree(left, left + full + gap)) {
                placed.row = r;
                placed.width = full;
            }
        }
        if (placed.row < 0) {
            // No room for the whole label: take the widest free stretch, if it is useful.
            double best = 0;
            for (int r = 0; r < kLabelRows; ++r) {
                const double w =
                    rows[size_t(laneIndex)][size_t(r)].freeWidth(left, left + full + gap) - gap;
                if (w > best) {
                    best = w;
                    placed.row = r;
                }
            }
            if (best < minLabel)
                placed.row = -1;
            placed.width = best;
        }
        if (placed.row < 0)
            continue;
        placed.text = metrics.elidedText(e.description, Qt::ElideRight, placed.width);
        if (placed.text.isEmpty() || placed.text == QStringLiteral("…"))
            continue;
        const double width = metrics.horizontalAdvance(placed.text);
        rows[size_t(laneIndex)][size_t(placed.row)].take(left, left + width + gap);
        auto* label = m_scene->addSimpleText(placed.text, e.key ? keyFont : font());
        label->setBrush(text);
        label->setPos(left, markerTop + markerSize + pad / 2 + placed.row * line);
        label->setData(kKindKey, LabelItem);
        label->setZValue(4);
        ++m_shownEventLabels;
    }

    m_scene->setSceneRect(QRectF(0, 0, right, bottom + pad)
                              .united(m_scene->itemsBoundingRect())
                              .adjusted(0, 0, pad, 0));
    m_syncing = false;
    onModelSelectionChanged();
    viewport()->update();
}

void TimelineGraphicsView::layoutAxis(double top, double bottom) {
    const QFontMetricsF fm(font());
    const QPalette pal = palette();
    const QColor grid = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18);
    const QTimeZone zone = m_source ? m_source->displayZone() : QTimeZone::utc();
    const bool spansDays = m_source && m_source->spansDays();
    // The smallest step whose labels fit side by side with a gap.
    static const qint64 steps[] = {1,     2,     5,     10,    15,     30,    60,
                                   120,   300,   600,   900,   1800,   3600,  7200,
                                   10800, 21600, 43200, 86400, 172800, 604800};
    const QString sample =
        spansDays ? QStringLiteral("2026-03-02 00:00:00") : QStringLiteral("00:00:00");
    const double labelWidth = fm.horizontalAdvance(sample) + 2 * fm.averageCharWidth();
    qint64 step = steps[std::size(steps) - 1];
    for (const qint64 s : steps) {
        if (double(s) * m_pxPerSecond >= labelWidth) {
            step = s;
            break;
        }
    }
    const QString format = step < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    // Ticks sit on round local times: align in the display zone.
    const qint64 offset = zone.offsetFromUtc(m_start);
    const qint64 startSecs = m_start.toSecsSinceEpoch() + offset;
    qint64 first = (startSecs / step + 1) * step - offset;
    const double sceneRight = xOf(m_end) + 16 * fm.averageCharWidth();
    QDate lastDate;
    for (qint64 t = first;; t += step) {
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
        const double x = xOf(utc);
        if (x > sceneRight)
            break;
        if (x < m_left)
            continue;
        auto* tick = m_scene->addLine(x, top + fm.height(), x, bottom, QPen(grid, 1));
        tick->setZValue(-5);
        const QDateTime local = utc.toTimeZone(zone);
        QString label = local.toString(format);
        if (spansDays && local.date() != lastDate) {
            label = local.toString(QStringLiteral("yyyy-MM-dd ")) + label;
            lastDate = local.date();
        }
        auto* text = m_scene->addSimpleText(label);
        text->setBrush(pal.color(QPalette::Text));
        text->setPos(x - fm.horizontalAdvance(label) / 2, top);
        text->setData(kKindKey, LabelItem);
    }
}

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

QList<QRectF> TimelineGraphicsView::visibleLabelRects() const {
    QList<QRectF> rects;
    const QList<QGraphicsItem*> items = m_scene->items();
    for (const QGraphicsItem* item : items) {
        if (item->isVisible() && item->data(kKindKey).toInt() == LabelItem)
            rects.append(item->sceneBoundingRect());
    }
    return rects;
}

void TimelineGraphicsView::onSceneSelectionChanged() {
    if (m_syncing || !m_model || !m_selection)
        return;
    QSet<QString> ids;
    const QList<QGraphicsItem*> selected = m_scene->selectedItems();
    for (const QGraphicsItem* item : selected)
        ids.insert(item->data(kIdKey).toString());
    QItemSelection selection;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows && !ids.isEmpty(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        if (ids.contains(i.data(TimelineModel::IdRole).toString()))
            selection.select(i, i.siblingAtColumn(m_model->columnCount() - 1));
    }
    m_syncing = true;
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_selection->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
    m_syncing = false;
}

void TimelineGraphicsView::onModelSelectionChanged() {
    if (m_syncing || !m_selection)
        return;
    QSet<QString> ids;
    const QModelIndexList rows = m_selection->selectedRows();
    for (const QModelIndex& i : rows)
        ids.insert(i.data(TimelineModel::IdRole).toString());
    m_syncing = true;
    QGraphicsItem* firstSelected = nullptr;
    const QList<QGraphicsItem*> items = m_scene->items();
    for (QGraphicsItem* item : items) {
        if (item->data(kKindKey).toInt() != MarkerItem)
            continue;
        const bool on = ids.contains(item->data(kIdKey).toString());
        item->setSelected(on);
        if (on && (!firstSelected || item->x() < firstSelected->x()))
            firstSelected = item;
    }
    m_syncing = false;
    if (firstSelected && ids.size() == 1)
        ensureVisible(firstSelected, 40, 0);
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
    QGraphicsView::mousePressEvent(event);
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
    QGraphicsView::mouseMoveEvent(event);
}

void TimelineGraphicsView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        scheduleRebuild();
}

void TimelineGraphicsView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        scheduleRebuild();
}

} // namespace causeway
