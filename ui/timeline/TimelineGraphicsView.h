#pragma once

#include <QDateTime>
#include <QFont>
#include <QGraphicsView>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QStaticText>
#include <QTimeZone>
#include <QTimer>

#include <utility>
#include <vector>

class QAbstractItemModel;
class QAbstractProxyModel;
class QGraphicsItem;
class QItemSelection;
class QItemSelectionModel;
class QRubberBand;

namespace causeway {

class TimelineModel;
struct TimelineEvent;

// The timeline drawn: one lane per source, a time axis with readable ticks, spans as bars,
// key events emphasised, the postmortem's phases as bands. Zoom with Ctrl+wheel or +/-,
// pan with the wheel, the scroll bars or a middle-button drag. Event labels never overlap:
// a label that would collide is shortened or, failing that, hidden (its tooltip keeps the
// text). Selection is shared with the table through the table's QItemSelectionModel.
//
// A postmortem may hold tens of thousands of events, so events are not one scene item each:
// one layer item paints the markers and labels in the exposed area from arrays sorted by
// time, and the view hit-tests clicks, rubber bands and tooltips itself. Text is measured
// only for labels that may get room, and each width once. For code that works through the
// scene, the markers in and near the view (and the selected ones) are also scene items —
// invisible, selectable, data(1) = event id — while there are not too many of them.
class TimelineGraphicsView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TimelineGraphicsView(QWidget* parent = nullptr);
    ~TimelineGraphicsView() override;

    // model is the table's (filtered, sorted) model; source gives zone and phases.
    void setModels(QAbstractItemModel* model, QItemSelectionModel* selection,
                   TimelineModel* source);

    double pixelsPerSecond() const { return m_pxPerSecond; }
    void setPixelsPerSecond(double pxPerSecond);
    void zoomIn();
    void zoomOut();
    void fitAll();
    // Lays the scene out now instead of on the next event-loop turn (tests, screenshots).
    void rebuildNow();

    // Scene rectangles of the labels currently shown (events, ticks, phases), for tests.
    QList<QRectF> visibleLabelRects() const;
    int shownEventLabelCount() const { return m_shownEventLabels; }
    int eventCount() const { return int(m_events.size()); }
    // How many full layouts ran (tests and benchmarks: an edit must not cause one).
    int rebuildCount() const { return m_rebuilds; }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    class EventLayer;
    class AxisLayer;
    class Handle;

    struct Lane {
        QString source;
        QString name;
        double top = 0;
        double height = 0;
        std::vector<int> events; // indexes into m_events, by time
        double reachLeft = 0;    // how far a marker reaches left of its time's x
        double reachRight = 0;   // and right of it (span bars)
    };
    struct Event {
        QString id;
        QString description;
        QString source;
        qint64 time = 0; // msecs since the epoch, UTC
        qint64 end = 0;  // == time for an instant
        double x = 0;    // scene x of the time
        int lane = 0;
        bool key = false;
        bool selected = false;
        bool bar = false;
        QRectF shape; // scene rectangle of the marker or span bar
    };
    struct Label {
        int event = -1;
        double left = 0;
        double top = 0;
        double width = 0;     // room taken; the elided text is at most this wide
        mutable QString text; // elided on first paint
        mutable bool ready = false;
        mutable QStaticText staticText;
        mutable bool prepared = false;
    };

    void scheduleRebuild();
    void rebuild();
    void zoomAround(double factor, int viewportX);
    double xOf(qint64 msecs) const;
    double xOf(const QDateTime& t) const;
    QDateTime timeAt(double x) const;
    void layoutPhases(double top, double bottom);

    // Reading the model without a QVariant per cell.
    const TimelineEvent* eventOfRow(int row) const;
    int rowOfEvent(const QString& id) const;
    bool readRow(int row, Event& out) const;

    // Layout of the events (no scene items).
    void placeShapes();
    void indexLanes();
    void placeLabels();
    double textWidth(const QString& text, bool key) const;
    const QString& labelText(const Label& label) const;
    double sceneRight() const;

    // Incremental updates.
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onLayoutChanged();
    int indexOfId(const QString& id) const;
    void relayoutEvents();
    QRectF labelRect(const Label& label) const;

    // Painting (called by the layer items).
    std::pair<size_t, size_t> laneRange(const Lane& lane, double left, double right) const;
    QPen markerPen(int lane, bool key, bool selected) const;
    QBrush markerBrush(int lane, bool key) const;
    const QPixmap& sprite(int lane, bool key, bool selected, qreal dpr) const;
    void paintEvents(QPainter* painter, const QRectF& exposed) const;
    void paintAxis(QPainter* painter, const QRectF& exposed) const;
    QString tickLabel(qint64 secs) const;

    // Hit-testing and selection.
    int eventAt(const QPointF& scenePos) const;
    std::vector<int> eventsIn(const QRectF& sceneRect) const;
    void selectEvents(const std::vector<int>& events, bool toggle = false,
                      bool deferHandles = false);
    // Marks the events the selection model selects; reveal scrolls to a single one.
    void syncFromModel(bool reveal, bool deferHandles);
    void onSceneSelectionChanged();
    void onModelSelectionChanged();
    void refreshHandles(bool force);
    QString toolTipOf(int event) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QAbstractProxyModel> m_proxy; // m_model when it maps onto m_source
    QPointer<QItemSelectionModel> m_selection;
    QPointer<TimelineModel> m_source;
    QGraphicsScene* m_scene;
    QTimer m_rebuildTimer;
    QTimer m_relayoutTimer;
    QTimer m_handleTimer;
    EventLayer* m_layer = nullptr;
    AxisLayer* m_axis = nullptr;
    QList<QGraphicsItem*> m_handles;
    double m_handlesLeft = 0; // scene x range the handles cover
    double m_handlesRight = -1;
    bool m_handlesStale = false;
    int m_rowsSeen = 0;          // the model's row count at the last full layout
    std::vector<Event> m_events; // by time
    std::vector<Label> m_labels;
    QRectF m_dirty;         // scene area of edited events, before the edit
    QSet<QString> m_edited; // ids of events edited since the last layout
    QList<Lane> m_lanes;
    mutable QHash<QString, double> m_widths[2]; // label text -> full width, normal and bold
    mutable QHash<int, QPixmap> m_sprites;      // pre-drawn markers, see sprite()
    mutable qreal m_spriteDpr = 0;
    QFont m_keyFont;
    QDateTime m_start; // UTC, left edge of the data
    QDateTime m_end;
    qint64 m_startMs = 0;
    qint64 m_loMs = 0; // the events' and phases' extent
    qint64 m_hiMs = 0;
    double m_pxPerSecond = 0; // 0: fit on the next rebuild
    double m_left = 0;        // scene x of m_start
    int m_fitWidth = -1;      // the viewport width the last layout was made for
    double m_line = 0;        // label row height
    double m_pad = 0;
    double m_markerSize = 0;
    double m_axisTop = 0;
    double m_bottom = 0;
    double m_right = 0;
    // Ticks.
    qint64 m_tickStep = 0;
    qint64 m_firstTick = 0; // secs since the epoch
    QString m_tickFormat;
    double m_tickLabelWidth = 0;
    QTimeZone m_zone;
    qint64 m_zoneOffset = 0;
    bool m_spansDays = false;
    int m_shownEventLabels = 0;
    int m_rebuilds = 0;
    bool m_autoFit = true; // the whole timeline fits the width until the user zooms
    bool m_syncing = false;
    bool m_panning = false;
    QPoint m_panFrom;
    // Left-button interaction.
    QRubberBand* m_band = nullptr;
    QPoint m_bandFrom;
    bool m_banding = false;
    bool m_pressed = false;
    std::vector<int> m_bandBase; // selected before a Ctrl+drag began
};

} // namespace causeway
