#include "TestSupport.h"
#include "TimelineTestSupport.h"

#include "editing/PostmortemDocument.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineGraphicsView.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QItemSelectionModel>
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
};

QTEST_MAIN(TestTimelineView)
#include "test_timelineview.moc"
