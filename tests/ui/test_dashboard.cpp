// The dashboard (figures, chart, table, filters) and the similar-incidents panel, on the
// hand-computed metrics fixture (offscreen).
#include "../core/MetricsFixture.h"
#include "TestSupport.h"

#include "dashboard/DashboardModel.h"
#include "dashboard/DashboardView.h"
#include "dashboard/MonthChart.h"
#include "dashboard/SimilarIncidentsModel.h"
#include "dashboard/SimilarIncidentsPanel.h"
#include "editing/PostmortemDocument.h"
#include "mainwindow/MainWindow.h"
#include "metrics/RecurrenceEditing.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace causeway;
using namespace causeway::test;

namespace {

int rowOf(const QAbstractItemModel& model, int role, const QString& id) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(role).toString() == id)
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

    std::unique_ptr<Store> m_store;
    MetricsFixture m_f;

private Q_SLOTS:
    void init() {
        m_store = newStore();
        m_f = fillMetricsFixture(*m_store);
    }

    void modelShowsTheRowsBehindTheFigures() {
        DashboardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(computeMetrics(loadActivePostmortems(*m_store), {}, kMetricsToday));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(DashboardModel::ColumnCount));
        const int p1 = rowOf(model, DashboardModel::IdRole, m_f.p1);
        QCOMPARE(cell(model, p1, DashboardModel::TitleColumn),
                 QStringLiteral("Checkout database outage"));
        QCOMPARE(cell(model, p1, DashboardModel::DaysColumn), QLocale().toString(4.0, 'f', 1));
        QCOMPARE(cell(model, p1, DashboardModel::ActionsColumn), QStringLiteral("1 of 2"));
        QCOMPARE(cell(model, p1, DashboardModel::DetectColumn), QStringLiteral("10m"));
        QCOMPARE(cell(model, p1, DashboardModel::ResolveColumn), QStringLiteral("4h 00m"));
        const int p3 = rowOf(model, DashboardModel::IdRole, m_f.p3);
        QCOMPARE(cell(model, p3, DashboardModel::ApprovedColumn), QStringLiteral("not yet"));
        QCOMPARE(cell(model, p3, DashboardModel::RecurrenceColumn),
                 QStringLiteral("Checkout database outage (despite fixes)"));
        const int p4 = rowOf(model, DashboardModel::IdRole, m_f.p4);
        QCOMPARE(cell(model, p4, DashboardModel::MitigateColumn), QStringLiteral("–"));
        QCOMPARE(model.index(p4, DashboardModel::DaysColumn).data(DashboardModel::SortRole),
                 QVariant(7.0));
        model.setReport(MetricsReport());
        QCOMPARE(model.rowCount(), 0);
    }

    void chartAxisStartsAtZeroAndCoversTheLargestBar() {
        QCOMPARE(niceAxisStep(360), 100.0);
        QCOMPARE(niceAxisStep(8), 2.0);
        QCOMPARE(niceAxisStep(0), 1.0);
        MonthChart chart;
        QCOMPARE(chart.axisMaximum(), 0.0); // nothing to draw
        chart.setMonths(computeMetrics(loadActivePostmortems(*m_store), {}, kMetricsToday).months);
        QCOMPARE(chart.months().size(), 3);
        QCOMPARE(chart.axisMaximum(), 400.0); // largest median 360 minutes
        chart.resize(700, 300);
        const QImage image = chart.grab().toImage();
        QVERIFY(!image.isNull());
        // The bars are drawn: some pixel has the "resolve" green.
        bool green = false;
        for (int y = 0; y < image.height() && !green; ++y) {
            for (int x = 0; x < image.width() && !green; ++x)
                green = image.pixelColor(x, y) == QColor(0x59, 0xa1, 0x4f);
        }
        QVERIFY(green);
    }

    void viewFiguresAndFilters() {
        DashboardView view(m_store.get());
        view.setToday(kMetricsToday);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString complete = view.completeFigure()->text();
        QVERIFY2(complete.contains(QLocale().toString(4.0, 'f', 1) + QStringLiteral(" days")),
                 qPrintable(complete));
        QVERIFY(complete.contains(QStringLiteral("n = 3 approved, 2 not yet approved")));
        QVERIFY(view.actionsFigure()->text().contains(QStringLiteral("2 of n = 6 on time")));
        QVERIFY(view.actionsFigure()->text().contains(QStringLiteral("1 won't-do excluded")));
        QVERIFY(view.recurrenceFigure()->text().contains(QStringLiteral("20 %")));
        QVERIFY(view.recurrenceFigure()->text().contains(
            QStringLiteral("1 of n = 5 incidents; 2 confirmed")));
        QCOMPARE(view.chart()->months().size(), 3);
        QCOMPARE(view.model()->rowCount(), 5);

        // Services and tags offered are those of the postmortems (not the trashed one's only).
        QVERIFY(view.serviceCombo()->findData(QStringLiteral("payments")) > 0);
        QVERIFY(view.tagCombo()->findData(QStringLiteral("queue")) > 0);

        view.severityCombo()->setCurrentIndex(
            view.severityCombo()->findData(QStringLiteral("SEV1")));
        QCOMPARE(view.filter().severity, QStringLiteral("SEV1"));
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(view.recurrenceFigure()->text().contains(QStringLiteral("50 %")));

        MetricsFilter period;
        period.from = QDate(2026, 2, 1);
        period.to = QDate(2026, 2, 28);
        view.setFilter(period);
        QCOMPARE(view.filter().from, period.from);
        QCOMPARE(view.filter().severity, QString());
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.chart()->months().size(), 1);
        QVERIFY(view.actionsFigure()->text().contains(QStringLiteral("0 of n = 1 on time")));

        // Opening a postmortem from the table.
        QSignalSpy open(&view, &DashboardView::openPostmortemRequested);
        Q_EMIT view.table()->activated(view.table()->model()->index(0, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), m_f.p3);
    }

    void openedFromTheViewMenu() {
        const QString path = tempPath(QStringLiteral("menu.db"));
        fillMetricsFixture(*openStore(path));
        MainWindow window(openStore(path));
        QAction* open = nullptr;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D))
                open = action;
        }
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("&Dashboard"));
        open->trigger();
        auto* view = window.findChild<DashboardView*>(QStringLiteral("DashboardView"));
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->model()->rowCount(), 5);
        open->trigger(); // the same window again, not a second one
        QCOMPARE(window.findChildren<DashboardView*>().size(), 1);
    }

    void viewFollowsTheStore() {
        DashboardView view(m_store.get());
        view.setToday(kMetricsToday);
        QCOMPARE(view.model()->rowCount(), 5);
        QVERIFY(m_store->setDeleted(m_f.p6, true));
        QTRY_COMPARE(view.model()->rowCount(), 4);
    }

    void similarModel() {
        SimilarIncidentsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto found = findSimilarIncidents(*m_store, *m_store->loadPostmortem(m_f.p3));
        QVERIFY(found);
        model.setSuggestions(found.value());
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.index(0, 0).data(SimilarIncidentsModel::IdRole).toString(), m_f.p1);
        QCOMPARE(cell(model, 0, SimilarIncidentsModel::LinkColumn),
                 QStringLiteral("Recurrence of"));
        QVERIFY(cell(model, 0, SimilarIncidentsModel::ReasonsColumn)
                    .contains(QStringLiteral("2 shared tags: db, checkout")));
    }

    void panelConfirmsAndUnlinks() {
        PostmortemDocument doc(m_store.get(), *m_store->loadPostmortem(m_f.p4));
        SimilarIncidentsPanel panel;
        panel.setDocument(&doc);
        const SimilarIncidentsModel& model = *panel.model();
        // P4 (payments, after P1, P2, P3): P1 shares the payments service; P2 is confirmed.
        const int p1 = rowOf(model, SimilarIncidentsModel::IdRole, m_f.p1);
        const int p2 = rowOf(model, SimilarIncidentsModel::IdRole, m_f.p2);
        QVERIFY(p1 >= 0);
        QVERIFY(p2 >= 0);
        QVERIFY(!panel.confirmButton()->isEnabled()); // nothing selected
        panel.view()->setCurrentIndex(model.index(p1, 0));
        QVERIFY(panel.confirmButton()->isEnabled());
        QVERIFY(!panel.unlinkButton()->isEnabled());
        const int steps = doc.undoStack()->count();
        panel.confirmButton()->click();
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(RecurrenceEditing::recurrenceOf(doc), (QStringList{m_f.p2, m_f.p1}));
        // The selection stays on P1, now confirmed: unlink instead of confirm.
        QVERIFY(model.index(rowOf(model, SimilarIncidentsModel::IdRole, m_f.p1), 0)
                    .data(SimilarIncidentsModel::ConfirmedRole)
                    .toBool());
        QVERIFY(!panel.confirmButton()->isEnabled());
        QVERIFY(panel.unlinkButton()->isEnabled());
        panel.unlinkButton()->click();
        QCOMPARE(RecurrenceEditing::recurrenceOf(doc), QStringList{m_f.p2});
        doc.undoStack()->undo(); // the unlink
        QCOMPARE(RecurrenceEditing::recurrenceOf(doc), (QStringList{m_f.p2, m_f.p1}));
        QVERIFY(model.index(rowOf(model, SimilarIncidentsModel::IdRole, m_f.p1), 0)
                    .data(SimilarIncidentsModel::ConfirmedRole)
                    .toBool());
        panel.setReadOnly(true);
        QVERIFY(!panel.unlinkButton()->isEnabled());
    }

    void panelRefreshIsDebounced() {
        PostmortemDocument doc(m_store.get(), *m_store->loadPostmortem(m_f.p6));
        SimilarIncidentsPanel panel;
        panel.setDocument(&doc);
        const int before = panel.refreshCount();
        QCOMPARE(before, 1); // once when the document is set
        // Typing: many edits, no search yet.
        QString title = QStringLiteral("Search");
        for (const QString& more : {QStringLiteral(" latency"), QStringLiteral(" after"),
                                    QStringLiteral(" index"), QStringLiteral(" rebuild")}) {
            title += more;
            doc.editField(doc.id(), Field::Title, title);
            QTest::qWait(50);
        }
        QCOMPARE(panel.refreshCount(), before);
        QVERIFY(panel.refreshTimer().isActive());
        // After the pause: one search, and the search incident is suggested.
        QTRY_COMPARE_WITH_TIMEOUT(panel.refreshCount(), before + 1, 5000);
        QTest::qWait(SimilarIncidentsPanel::kRefreshDelayMs + 200);
        QCOMPARE(panel.refreshCount(), before + 1);
        QVERIFY(rowOf(*panel.model(), SimilarIncidentsModel::IdRole, m_f.p2) >= 0);
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
