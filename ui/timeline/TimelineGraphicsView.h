#pragma once

#include <QDateTime>
#include <QGraphicsView>
#include <QPointer>
#include <QTimer>

class QAbstractItemModel;
class QItemSelection;
class QItemSelectionModel;

namespace causeway {

class TimelineModel;

// The timeline drawn: one lane per source, a time axis with readable ticks, spans as bars,
// key events emphasised, the postmortem's phases as bands. Zoom with Ctrl+wheel or +/-,
// pan with the wheel, the scroll bars or a middle-button drag. Event labels never overlap:
// a label that would collide is shortened or, failing that, hidden (its tooltip keeps the
// text). Selection is shared with the table through the table's QItemSelectionModel.
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
    int eventCount() const { return m_eventCount; }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Lane {
        QString source;
        QString name;
        double top = 0;
        double height = 0;
    };

    void scheduleRebuild();
    void rebuild();
    void zoomAround(double factor, int viewportX);
    double xOf(const QDateTime& t) const;
    QDateTime timeAt(double x) const;
    void layoutAxis(double top, double bottom);
    void layoutPhases(double top, double bottom);
    void onSceneSelectionChanged();
    void onModelSelectionChanged();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QPointer<TimelineModel> m_source;
    QGraphicsScene* m_scene;
    QTimer m_rebuildTimer;
    QList<Lane> m_lanes;
    QDateTime m_start; // UTC, left edge of the data
    QDateTime m_end;
    double m_pxPerSecond = 0; // 0: fit on the next rebuild
    double m_left = 0;        // scene x of m_start
    int m_shownEventLabels = 0;
    int m_eventCount = 0;
    bool m_autoFit = true; // the whole timeline fits the width until the user zooms
    bool m_syncing = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace causeway
