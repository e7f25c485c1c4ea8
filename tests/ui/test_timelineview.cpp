#include "TestSupport.h"
#include "TimelineTestSupport.h"

#include "editing/PostmortemDocument.h"
#include "store/Store.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineGraphicsView.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace causeway;

class TestTimelineView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labelsNeverOverlap_data() {
        QTest::addColumn<int>("events");
        QTest::newRow("5") << 5;
        QTest::newRow("50") << 50;
        QTest::newRow("500") << 500;
    }

    void labelsNeverOverlap() {
        QFETCH(int, events);
        PostmortemDocument doc(nullptr, test::syntheticPostmortem(events));
        TimelineModel model;
        model.setDocument(&doc);
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        QItemSelectionModel selection(&filter);
        TimelineGraphicsView view;
        view.resize(1000, 600);
        view.setModels(&filter, &selection, &model);
        view.show();
        view.rebuildNow();
        QCOMPARE(view.eventCount(), events);
        const double fit = view.pixelsPerSecond();
        int shownAtMostZoom = 0;
        for (const double factor : {0.05, 0.3, 1.0, 3.0, 20.0, 300.0}) {
            view.setPixelsPerSecond(fit * factor);
            const QList<QRectF> rects = view.visibleLabelRects();
            QVERIFY(!rects.isEmpty());
            for (qsizetype i = 0; i < rects.size(); ++i) {
                for (qsizetype j = i + 1; j < rects.size(); ++j) {
                    if (rects[i].intersects(rects[j]))
                        QFAIL(qPrintable(QStringLiteral("labels overlap at zoom %1: (%2,%3 %4x%5) "
                                                        "and (%6,%7 %8x%9)")
                                             .arg(factor)
                                             .arg(rects[i].x())
                                             .arg(rects[i].y())
                                             .arg(rects[i].width())
                                             .arg(rects[i].height())
                                             .arg(rects[j].x())
                                             .arg(rects[j].y())
                                             .arg(rects[j].width())
                                             .arg(rects[j].height())));
                }
            }
            shownAtMostZoom = std::max(shownAtMostZoom, view.shownEventLabelCount());
        }
        // Hiding every label would trivially avoid overlaps: zoomed in, most must show.
        QVERIFY2(shownAtMostZoom >= std::min(events, 5) * 4 / 5,
                 qPrintable(QString::number(shownAtMostZoom)));
    }

    void selectionIsSharedBothWays() {
        PostmortemDocument doc(nullptr, test::syntheticPostmortem(20));
        TimelinePane pane;
        pane.setDocument(&doc);
        pane.resize(1000, 700);
        pane.show();
        TimelineGraphicsView* view = pane.graphicsView();
        view->rebuildNow();
        QItemSelectionModel* selection = pane.table()->selectionModel();

        // Table to drawing.
        const QModelIndex third = pane.filterModel()->index(2, 0);
        selection->select(third, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString id = third.data(TimelineModel::IdRole).toString();
        QList<QGraphicsItem*> selected = view->scene()->selectedItems();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first()->data(1).toString(), id);

        // Drawing to table.
        QGraphicsItem* other = nullptr;
        const QList<QGraphicsItem*> items = view->scene()->items();
        for (QGraphicsItem* item : items) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable && item->data(1).toString() != id) {
                other = item;
                break;
            }
        }
        QVERIFY(other);
        view->scene()->clearSelection();
        other->setSelected(true);
        const QModelIndexList rows = selection->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(TimelineModel::IdRole).toString(), other->data(1).toString());

        // A rebuild (zoom) keeps the selection.
        view->zoomIn();
        QCOMPARE(selection->selectedRows().size(), 1);
        QCOMPARE(view->scene()->selectedItems().size(), 1);
    }

    void mouseSelectsInTheDrawing() {
        PostmortemDocument doc(nullptr, test::syntheticPostmortem(20));
        TimelinePane pane;
        pane.setDocument(&doc);
        pane.resize(1000, 700);
        pane.show();
        TimelineGraphicsView* view = pane.graphicsView();
        view->rebuildNow();
        QItemSelectionModel* selection = pane.table()->selectionModel();

        // A click on a marker selects its event (the topmost one under the pointer).
        QGraphicsItem* marker = nullptr;
        const QList<QGraphicsItem*> items = view->scene()->items();
        for (QGraphicsItem* item : items) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable &&
                view->viewport()->rect().contains(
                    view->mapFromScene(item->sceneBoundingRect().center()))) {
                marker = item;
                break;
            }
        }
        QVERIFY(marker);
        const QPointF at = marker->sceneBoundingRect().center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(at));
        QModelIndexList rows = selection->selectedRows();
        QCOMPARE(rows.size(), 1);
        bool underPointer = false;
        const QList<QGraphicsItem*> after = view->scene()->items();
        for (QGraphicsItem* item : after) {
            if (item->data(1).toString() == rows.first().data(TimelineModel::IdRole).toString())
                underPointer = item->sceneBoundingRect().adjusted(-2, -2, 2, 2).contains(at);
        }
        QVERIFY(underPointer);
        QCOMPARE(view->scene()->selectedItems().size(), 1);

        // A press on empty space clears the selection; a drag there selects what it spans.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(selection->selectedRows().size(), 0);
        const QPoint from(2, 2);
        const QPoint to(view->viewport()->width() - 2, view->viewport()->height() - 2);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), view->viewport()->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        rows = selection->selectedRows();
        QVERIFY2(rows.size() > 1, qPrintable(QString::number(rows.size())));
        QVERIFY(rows.size() <= view->eventCount());
    }

    void editsUpdateTheDrawingInPlace() {
        // A stored postmortem: a document without a store is read-only.
        auto store = test::newStore();
        const QString id = store
                               ->createPostmortem(QStringLiteral("standard"),
                                                  {{Field::Title, QStringLiteral("Edit")}})
                               .value();
        QList<TimelineEvent> events;
        for (const Record& r : test::syntheticPostmortem(300).children) {
            TimelineEvent e = TimelineEvent::fromRecord(r);
            e.importKey = TimelineEvent::makeImportKey(e.source, e.time, e.description);
            events.append(e);
        }
        QCOMPARE(store->importEvents(id, events, QStringLiteral("test")).value().added, 300);
        PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
        TimelinePane pane;
        pane.setDocument(&doc);
        pane.resize(1000, 700);
        pane.show();
        TimelineGraphicsView* view = pane.graphicsView();
        view->rebuildNow();
        const int rebuilds = view->rebuildCount();
        TimelineModel* model = pane.model();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        // Text, key flag and a time inside the drawn range: no full layout, no reset.
        // An instant: a span refuses a start moved past its end (rows come in id order).
        int row = model->rowCount() / 2;
        while (model->eventAt(row)->end.isValid())
            ++row;
        QVERIFY(model->setData(model->index(row, TimelineModel::DescriptionColumn),
                               QStringLiteral("a much longer description than before, edited")));
        QVERIFY(model->setData(model->index(row, TimelineModel::KeyEventColumn), Qt::Checked,
                               Qt::CheckStateRole));
        QCOMPARE(model->eventAt(row)->description,
                 QStringLiteral("a much longer description than before, edited"));
        QVERIFY(model->eventAt(row)->keyEvent);
        const QDateTime moved = model->eventAt(row)->time.addSecs(60);
        QVERIFY(model->setData(model->index(row, TimelineModel::TimeColumn), moved));
        QCOMPARE(model->eventAt(row)->time, moved);
        QTest::qWait(100);
        QCOMPARE(view->rebuildCount(), rebuilds);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(view->eventCount(), 300);

        // The labels still never overlap, and the layout equals a fresh one.
        const QList<QRectF> incremental = view->visibleLabelRects();
        for (qsizetype i = 0; i < incremental.size(); ++i) {
            for (qsizetype j = i + 1; j < incremental.size(); ++j)
                QVERIFY(!incremental[i].intersects(incremental[j]));
        }
        view->rebuildNow();
        QCOMPARE(view->visibleLabelRects(), incremental);

        // An edit that leaves the drawn range does lay the drawing out again.
        QVERIFY(model->setData(model->index(row, TimelineModel::TimeColumn), moved.addDays(3)));
        QTest::qWait(100);
        QCOMPARE(view->rebuildCount(), rebuilds + 2);
    }
};

QTEST_MAIN(TestTimelineView)
#include "test_timelineview.moc"
