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

namespace {

constexpr int kLabelRows = 2;      // label rows under each lane's markers
constexpr int kMaxLabelChars = 28; // the widest event label, in average characters
constexpr double kMinPxPerSecond = 1e-4;
constexpr double kMaxPxPerSecond = 200.0;
// More changed rows than this at once are re-read by a full layout.
constexpr int kMaxIncrementalRows = 64;

} // namespace

TimelineGraphicsView::TimelineGraphicsView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this)) {
    // A few dozen items (lanes, phases, two layers, some handles): a spatial index costs
    // more to maintain than it saves.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::NoDrag); // the view draws its own rubber band
    setRenderHint(QPainter::Antialiasing);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Graphical timeline"));
    setToolTip(tr("Ctrl+wheel or +/- to zoom, wheel or middle-drag to pan, 0 to fit"));
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(30);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TimelineGraphicsView::rebuild);
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(0);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &TimelineGraphicsView::relayoutEvents);
    m_handleTimer.setSingleShot(true);
    m_handleTimer.setInterval(0);
    connect(&m_handleTimer, &QTimer::timeout, this, [this] { refreshHandles(false); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &TimelineGraphicsView::onSceneSelectionChanged);
}

TimelineGraphicsView::~TimelineGraphicsView() {
    // The scene and the models outlive this class's part of the object: no signal may reach
    // it while the base classes are torn down.
    m_rebuildTimer.stop();
    m_relayoutTimer.stop();
    m_handleTimer.stop();
    disconnect(m_scene, nullptr, this, nullptr);
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    // The layers call back into this object while painting: they go first.
    m_scene->clear();
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
    auto* proxy = qobject_cast<QAbstractProxyModel*>(model);
    m_proxy = proxy && source && proxy->sourceModel() == source ? proxy : nullptr;
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
        connect(m_model, &QAbstractItemModel::rowsMoved, this,
                &TimelineGraphicsView::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &TimelineGraphicsView::onDataChanged);
        connect(m_model, &QAbstractItemModel::layoutChanged, this,
                &TimelineGraphicsView::onLayoutChanged);
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
    m_relayoutTimer.stop();
    m_rebuildTimer.start();
}

void TimelineGraphicsView::rebuildNow() {
    m_rebuildTimer.stop();
    rebuild();
}

double TimelineGraphicsView::xOf(qint64 msecs) const {
    return m_left + double(msecs - m_startMs) / 1000.0 * m_pxPerSecond;
}

double TimelineGraphicsView::xOf(const QDateTime& t) const {
    return xOf(t.toMSecsSinceEpoch());
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

// --- Reading the model ------------------------------------------------------------------

const TimelineEvent* TimelineGraphicsView::eventOfRow(int row) const {
    if (!m_source)
        return nullptr;
    if (m_proxy)
        return m_source->eventAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    if (m_model == static_cast<QAbstractItemModel*>(m_source.data()))
        return m_source->eventAt(row);
    return nullptr;
}

int TimelineGraphicsView::rowOfEvent(const QString& id) const {
    if (!m_model)
        return -1;
    if (m_source && (m_proxy || m_model == static_cast<QAbstractItemModel*>(m_source.data()))) {
        const int sourceRow = m_source->rowOf(id);
        if (sourceRow < 0 || !m_proxy)
            return sourceRow;
        return m_proxy->mapFromSource(m_source->index(sourceRow, 0)).row();
    }
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (m_model->index(row, 0).data(TimelineModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

bool TimelineGraphicsView::readRow(int row, Event& out) const {
    out = Event();
    if (const TimelineEvent* e = eventOfRow(row)) {
        if (!e->time.isValid())
            return false;
        out.id = e->id;
        out.description = e->description;
        out.source = e->source;
        out.time = e->time.toMSecsSinceEpoch();
        out.end = e->end.isValid() ? std::max(out.time, e->end.toMSecsSinceEpoch()) : out.time;
        out.key = e->keyEvent;
        return true;
    }
    if (!m_model)
        return false;
    // Any other model: through its roles.
    const QModelIndex i = m_model->index(row, 0);
    const QDateTime time = i.data(TimelineModel::TimeRole).toDateTime();
    if (!time.isValid())
        return false;
    const QDateTime end = i.data(TimelineModel::EndRole).toDateTime();
    out.id = i.data(TimelineModel::IdRole).toString();
    out.description = i.data(TimelineModel::DescriptionRole).toString();
    out.source = i.data(TimelineModel::SourceRole).toString();
    out.time = time.toMSecsSinceEpoch();
    out.end = end.isValid() ? std::max(out.time, end.toMSecsSinceEpoch()) : out.time;
    out.key = i.data(TimelineModel::KeyEventRole).toBool();
    return true;
}

// --- Layout -------------------------------------------------------------------------------

void TimelineGraphicsView::rebuild() {
    m_rebuildTimer.stop();
    m_relayoutTimer.stop();
    ++m_rebuilds;
    // Clearing the scene deselects its items; that must not clear the table's selection.
    m_syncing = true;
    m_handles.clear();
    m_layer = nullptr;
    m_axis = nullptr;
    m_scene->clear();
    m_lanes.clear();
    m_events.clear();
    m_labels.clear();
    m_sprites.clear();
    m_dirty = QRectF();
    m_edited.clear();
    m_shownEventLabels = 0;
    const QFontMetricsF fm(font());
    m_keyFont = font();
    m_keyFont.setBold(true);
    const QFontMetricsF keyFm(m_keyFont);
    // Label rows are one text height apart (rounded up), so rows never touch.
    m_line = std::ceil(std::max(fm.height(), keyFm.height())) + 1;
    m_pad = m_line / 3;
    m_markerSize = std::max(8.0, m_line * 0.7);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);

    // The events, read straight from the timeline model (no QVariant per cell).
    const int rows = m_model ? m_model->rowCount() : 0;
    m_rowsSeen = rows;
    m_events.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        Event e;
        if (readRow(row, e))
            m_events.push_back(std::move(e));
    }
    // The table's model is sorted by time unless the user sorted another column.
    const auto byTime = [](const Event& a, const Event& b) {
        return a.time < b.time;
    };
    if (!std::is_sorted(m_events.begin(), m_events.end(), byTime))
        std::stable_sort(m_events.begin(), m_events.end(), byTime);

    // Time range: events, spans and phase markers.
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const Event& e : m_events) {
        lo = std::min(lo, e.time);
        hi = std::max(hi, e.end);
    }
    if (m_source && m_source->document()) {
        PostmortemDocument* doc = m_source->document();
        for (const PhaseMarker& p : phaseMarkers()) {
            if (const auto t = parseCanonicalTimeMSecs(doc->value(doc->id(), p.field).toString())) {
                lo = std::min(lo, *t);
                hi = std::max(hi, *t);
            }
        }
    }
    if (lo > hi) {
        lo = QDateTime::currentMSecsSinceEpoch();
        hi = lo + 3600 * 1000;
    }
    if (hi - lo < 60 * 1000)
        hi = lo + 60 * 1000;
    m_loMs = lo;
    m_hiMs = hi;

    // Lanes: one per source present, in vocabulary order, then unknown sources as they come.
    QHash<QString, int> laneOf;
    QStringList sources;
    {
        QStringList others;
        QHash<QString, bool> present;
        for (const Event& e : std::as_const(m_events)) {
            if (!present.contains(e.source)) {
                present.insert(e.source, true);
                others.append(e.source);
            }
        }
        for (const QString& s : EventVocabulary::sources()) {
            if (present.contains(s))
                sources.append(s);
        }
        for (const QString& s : std::as_const(others)) {
            if (!sources.contains(s))
                sources.append(s);
        }
    }
    if (sources.isEmpty())
        sources.append(QStringLiteral("manual"));
    for (int i = 0; i < sources.size(); ++i)
        laneOf.insert(sources[i], i);
    for (Event& e : m_events)
        e.lane = laneOf.value(e.source, 0);

    double laneNameWidth = 0;
    for (const QString& s : std::as_const(sources))
        laneNameWidth =
            std::max(laneNameWidth, fm.horizontalAdvance(EventVocabulary::sourceName(s)));
    m_left = laneNameWidth + 3 * m_pad;

    const double phaseRowTop = 0;
    m_axisTop = phaseRowTop + m_line + m_pad;
    const double lanesTop = m_axisTop + m_line + 2 * m_pad;
    const double laneHeight = m_markerSize + kLabelRows * m_line + 3 * m_pad;

    const double span = double(hi - lo) / 1000.0;
    // Room for the data: the lane names on the left, a margin before the first time and a
    // whole label after the last, so that the fitted timeline needs no horizontal scrolling.
    // The width is the one the viewport will have: a vertical scroll bar about to come or
    // go would resize it and fit the timeline a second time.
    double viewWidth = viewport()->width();
    if (verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded &&
        !style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, verticalScrollBar())) {
        const bool needed =
            lanesTop + double(sources.size()) * laneHeight + m_pad > double(viewport()->height());
        const double bar =
            style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
        if (needed && !verticalScrollBar()->isVisible())
            viewWidth -= bar;
        else if (!needed && verticalScrollBar()->isVisible())
            viewWidth += bar;
    }
    m_fitWidth = int(viewWidth);
    const double after = (kMaxLabelChars + 1) * fm.averageCharWidth();
    const double available = std::max(200.0, viewWidth - m_left - 2 * m_line - after - m_pad - 1);
    if (m_autoFit || m_pxPerSecond <= 0)
        m_pxPerSecond = std::clamp(available / span, kMinPxPerSecond, kMaxPxPerSecond);
    m_startMs = lo - qint64(2 * m_line / m_pxPerSecond * 1000.0);
    m_start = QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC);
    m_end = QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC);
    m_right = xOf(hi) + after;

    double y = lanesTop;
    for (const QString& s : std::as_const(sources)) {
        Lane lane;
        lane.source = s;
        lane.name = EventVocabulary::sourceName(s);
        lane.top = y;
        lane.height = laneHeight;
        m_lanes.append(lane);
        y += laneHeight;
    }
    m_bottom = y;

    // Lane backgrounds, alternating so lanes read as rows.
    for (int i = 0; i < m_lanes.size(); ++i) {
        auto* bg =
            m_scene->addRect(QRectF(0, m_lanes[i].top, m_right, m_lanes[i].height), Qt::NoPen,
                             i % 2 ? base : mix(base, pal.color(QPalette::AlternateBase), 1));
        bg->setZValue(-10);
    }

    layoutPhases(phaseRowTop, m_bottom);

    // The axis: the smallest step whose labels fit side by side with a gap.
    {
        m_zone = m_source ? m_source->displayZone() : QTimeZone::utc();
        m_spansDays = m_source && m_source->spansDays();
        static const qint64 steps[] = {1,     2,     5,     10,    15,     30,    60,
                                       120,   300,   600,   900,   1800,   3600,  7200,
                                       10800, 21600, 43200, 86400, 172800, 604800};
        const QString sample =
            m_spansDays ? QStringLiteral("2026-03-02 00:00:00") : QStringLiteral("00:00:00");
        const double labelWidth = fm.horizontalAdvance(sample) + 2 * fm.averageCharWidth();
        m_tickLabelWidth = fm.horizontalAdvance(sample);
        m_tickStep = steps[std::size(steps) - 1];
        for (const qint64 s : steps) {
            if (double(s) * m_pxPerSecond >= labelWidth) {
                m_tickStep = s;
                break;
            }
        }
        m_tickFormat = m_tickStep < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
        // Ticks sit on round local times: align in the display zone.
        m_zoneOffset = m_zone.offsetFromUtc(m_start);
        const qint64 startSecs = m_start.toSecsSinceEpoch() + m_zoneOffset;
        m_firstTick = (startSecs / m_tickStep + 1) * m_tickStep - m_zoneOffset;
        while (xOf(m_firstTick * 1000) < m_left)
            m_firstTick += m_tickStep;
        m_axis = new AxisLayer(this, QRectF(0, m_axisTop, m_right, m_bottom - m_axisTop));
        m_scene->addItem(m_axis);
    }

    placeShapes();
    indexLanes();
    placeLabels();
    m_layer = new EventLayer(this, QRectF(0, lanesTop, sceneRight(), m_bottom - lanesTop));
    m_scene->addItem(m_layer);

    m_scene->setSceneRect(QRectF(0, 0, m_right, m_bottom + m_pad)
                              .united(m_scene->itemsBoundingRect())
                              .adjusted(0, 0, m_pad, 0));
    m_syncing = false;
    m_handlesStale = true; // made by syncFromModel, with their selection
    syncFromModel(true, false);
    viewport()->update();
}

void TimelineGraphicsView::placeShapes() {
    const double markerSize = m_markerSize;
    for (Event& e : m_events) {
        const Lane& lane = m_lanes[e.lane];
        e.x = xOf(e.time);
        const double markerTop = lane.top + m_pad;
        const double size = e.key ? markerSize * 1.3 : markerSize;
        const double xEnd = e.end > e.time ? xOf(e.end) : e.x;
        e.bar = xEnd - e.x > markerSize;
        e.shape = e.bar ? QRectF(e.x, markerTop + markerSize * 0.2, xEnd - e.x, markerSize * 0.6)
                        : QRectF(e.x - size / 2, markerTop + (markerSize - size) / 2, size, size);
    }
}

void TimelineGraphicsView::indexLanes() {
    for (Lane& lane : m_lanes) {
        lane.events.clear();
        lane.reachLeft = 0;
        lane.reachRight = 0;
    }
    for (int i = 0; i < int(m_events.size()); ++i) {
        const Event& e = m_events[size_t(i)];
        Lane& lane = m_lanes[e.lane];
        lane.events.push_back(i);
        lane.reachLeft = std::max(lane.reachLeft, e.x - e.shape.left());
        lane.reachRight = std::max(lane.reachRight, e.shape.right() - e.x);
    }
}

double TimelineGraphicsView::textWidth(const QString& text, bool key) const {
    QHash<QString, double>& cache = m_widths[key ? 1 : 0];
    const auto it = cache.constFind(text);
    if (it != cache.cend())
        return *it;
    if (cache.size() > 100000)
        cache.clear();
    const double width = QFontMetricsF(key ? m_keyFont : font()).horizontalAdvance(text);
    cache.insert(text, width);
    return width;
}

const QString& TimelineGraphicsView::labelText(const Label& label) const {
    if (!label.ready) {
        const Event& e = m_events[size_t(label.event)];
        // Only labels that get painted (or tested) are elided: elision shapes the text again.
        label.text = label.width + 0.01 >= textWidth(e.description, e.key)
                         ? e.description
                         : QFontMetricsF(e.key ? m_keyFont : font())
                               .elidedText(e.description, Qt::ElideRight, label.width);
        if (label.text == QStringLiteral("…"))
            label.text.clear();
        label.ready = true;
    }
    return label.text;
}

void TimelineGraphicsView::placeLabels() {
    m_labels.clear();
    const QFontMetricsF fm(font());
    const double minLabel = 4 * fm.averageCharWidth();
    const double maxLabel = kMaxLabelChars * fm.averageCharWidth();
    const double gap = fm.averageCharWidth();
    std::vector<std::array<RowOccupancy, kLabelRows>> rows(size_t(m_lanes.size()));
    // Key events first so that their labels win the space, then the rest by time.
    const auto place = [&](int idx) {
        Event& e = m_events[size_t(idx)];
        if (e.description.isEmpty())
            return;
        auto& lane = rows[size_t(e.lane)];
        const double left = e.x - m_markerSize / 2;
        // Most events of a dense overview have no room at all: decide that before measuring.
        double room = 0;
        for (int r = 0; r < kLabelRows; ++r)
            room = std::max(room, lane[size_t(r)].freeWidth(left, left + maxLabel + gap));
        if (room <= gap)
            return;
        const double full = std::min(maxLabel, textWidth(e.description, e.key));
        int row = -1;
        double width = 0;
        for (int r = 0; r < kLabelRows && row < 0; ++r) {
            if (lane[size_t(r)].isFree(left, left + full + gap)) {
                row = r;
                width = full;
            }
        }
        if (row < 0) {
            // No room for the whole label: take the widest free stretch, if it is useful.
            double best = 0;
            for (int r = 0; r < kLabelRows; ++r) {
                const double w = lane[size_t(r)].freeWidth(left, left + full + gap) - gap;
                if (w > best) {
                    best = w;
                    row = r;
                }
            }
            if (best < minLabel)
                return;
            width = best;
        }
        // The label takes its whole room: the elided text, made when painted, is no wider.
        lane[size_t(row)].take(left, left + width + gap);
        Label label;
        label.event = idx;
        label.left = left;
        label.top = m_lanes[e.lane].top + m_pad + m_markerSize + m_pad / 2 + row * m_line;
        label.width = width;
        m_labels.push_back(std::move(label));
    };
    for (int i = 0; i < int(m_events.size()); ++i) {
        if (m_events[size_t(i)].key)
            place(i);
    }
    for (int i = 0; i < int(m_events.size()); ++i) {
        if (!m_events[size_t(i)].key)
            place(i);
    }
    m_shownEventLabels = int(m_labels.size());
}

double TimelineGraphicsView::sceneRight() const {
    double right = m_right;
    for (const Lane& lane : m_lanes) {
        if (!lane.events.empty()) {
            const Event& last = m_events[size_t(lane.events.back())];
            right = std::max(right, last.x + lane.reachRight);
        }
    }
    for (const Label& label : m_labels)
        right = std::max(right, label.left + label.width);
    return right;
}

// --- Incremental updates ------------------------------------------------------------------

int TimelineGraphicsView::indexOfId(const QString& id) const {
    for (int i = 0; i < int(m_events.size()); ++i) {
        if (m_events[size_t(i)].id == id)
            return i;
    }
    return -1;
}

void TimelineGraphicsView::onDataChanged(const QModelIndex& topLeft,
                                         const QModelIndex& bottomRight) {
    if (!m_model || m_rebuildTimer.isActive())
        return; // a full layout is coming anyway
    // Only these columns change the drawing; the others show in tooltips, read when shown.
    const int firstColumn = topLeft.column();
    const int lastColumn = bottomRight.column();
    bool drawn = false;
    for (const int c : {int(TimelineModel::TimeColumn), int(TimelineModel::EndColumn),
                        int(TimelineModel::SourceColumn), int(TimelineModel::DescriptionColumn),
                        int(TimelineModel::KeyEventColumn)}) {
        if (c >= firstColumn && c <= lastColumn)
            drawn = true;
    }
    if (!drawn)
        return;
    if (bottomRight.row() - topLeft.row() >= kMaxIncrementalRows || !m_layer) {
        scheduleRebuild();
        return;
    }
    std::vector<size_t> counts; // events per lane as the changes apply
    for (const Lane& lane : std::as_const(m_lanes))
        counts.push_back(lane.events.size());
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        Event fresh;
        const int i = readRow(row, fresh) ? indexOfId(fresh.id) : -1;
        if (i < 0) {
            scheduleRebuild();
            return;
        }
        Event& e = m_events[size_t(i)];
        int lane = -1;
        for (int l = 0; l < m_lanes.size(); ++l) {
            if (m_lanes[l].source == fresh.source)
                lane = l;
        }
        // The frame (time range, scale, lanes) stays unless the event leaves it.
        const bool moved = fresh.time != e.time || fresh.end != e.end;
        const bool laneEmptied = lane != e.lane && counts[size_t(e.lane)] == 1;
        const bool outside = fresh.time < m_loMs || fresh.end > m_hiMs;
        const bool onFittedEdge = m_autoFit && moved && (e.time == m_loMs || e.end == m_hiMs);
        if (lane < 0 || laneEmptied || outside || onFittedEdge) {
            scheduleRebuild();
            return;
        }
        if (lane != e.lane) {
            --counts[size_t(e.lane)];
            ++counts[size_t(lane)];
        }
        m_dirty |= e.shape;
        m_edited.insert(e.id);
        e.description = fresh.description;
        e.source = fresh.source;
        e.time = fresh.time;
        e.end = fresh.end;
        e.key = fresh.key;
        e.lane = lane;
    }
    m_relayoutTimer.start();
}

void TimelineGraphicsView::onLayoutChanged() {
    // The proxy re-sorted (an edited time, a click on a table header): the same events in
    // another row order, and the drawing keeps its own order by time. Rows that came or went
    // (a proxy invalidated wholesale) need a full layout.
    if (!m_model || m_model->rowCount() != m_rowsSeen)
        scheduleRebuild();
}

QRectF TimelineGraphicsView::labelRect(const Label& label) const {
    return QRectF(label.left, label.top, label.width, m_line);
}

void TimelineGraphicsView::relayoutEvents() {
    if (!m_layer)
        return;
    // Labels may move anywhere after an edit (a longer text takes room from the next), but
    // usually only nearby ones do: what changed is repainted, not the whole timeline.
    QHash<QString, QRectF> before;
    before.reserve(qsizetype(m_labels.size()));
    for (const Label& label : m_labels)
        before.insert(m_events[size_t(label.event)].id, labelRect(label));
    const auto byTime = [](const Event& a, const Event& b) {
        return a.time < b.time;
    };
    if (!std::is_sorted(m_events.begin(), m_events.end(), byTime))
        std::stable_sort(m_events.begin(), m_events.end(), byTime);
    placeShapes();
    indexLanes();
    placeLabels();
    QRectF dirty = m_dirty;
    for (const Label& label : m_labels) {
        const QString& id = m_events[size_t(label.event)].id;
        const QRectF rect = labelRect(label);
        const auto old = before.constFind(id);
        if (old == before.cend()) {
            dirty |= rect;
            continue;
        }
        if (*old != rect || m_edited.contains(id))
            dirty |= *old | rect;
        before.erase(old);
    }
    for (const QRectF& gone : std::as_const(before))
        dirty |= gone;
    for (const Event& e : m_events) {
        if (m_edited.contains(e.id))
            dirty |= e.shape;
    }
    m_dirty = QRectF();
    m_edited.clear();
    m_layer->setBounds(QRectF(m_layer->boundingRect().topLeft(), QPointF(sceneRight(), m_bottom)));
    m_scene->setSceneRect(m_scene->sceneRect().united(m_layer->boundingRect()));
    refreshHandles(true);
    // Pens reach a few pixels outside the shapes.
    m_layer->update(dirty.adjusted(-4, -4, 4, 4));
}

} // namespace causeway
