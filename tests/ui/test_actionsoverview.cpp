// View → All Actions…: every postmortem's actions with filters, overdue tint, CSV export and
// opening a postmortem by double-click (offscreen).
#include "TestSupport.h"

#include "actions/ActionEditing.h"
#include "actions/ActionsModel.h"
#include "actions/ActionsOverview.h"
#include "actions/ActionsOverviewModel.h"
#include "actions/ActionsPane.h"
#include "editing/PostmortemDocument.h"
#include "editor/PostmortemEditor.h"
#include "mainwindow/MainWindow.h"
#include "model/Fields.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace causeway;

namespace {

const QDate kToday(2026, 3, 11); // a Wednesday

QString addAction(PostmortemDocument& doc, const QString& title, const QDate& due,
                  const QString& owner, const QString& status, const QString& type) {
    const QString id = ActionEditing::addAction(doc, title, QString(), Policy(), kToday);
    ActionEditing::setDue(doc, id, due);
    if (!owner.isEmpty())
        ActionEditing::editField(doc, id, ActionField::Owner, owner);
    ActionEditing::editField(doc, id, ActionField::Type, type);
    if (status != u"open")
        ActionEditing::setStatus(doc, id, status, QStringLiteral("no longer needed"), kToday);
    return id;
}

QStringList titles(const ActionsOverviewModel& model) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, ActionsOverviewModel::TitleColumn).data().toString());
    return out;
}

} // namespace

class TestActionsOverview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsAndFilters();
    void followsTheStore();
    void exportsWhatItShows();
    void doubleClickOpens();
    void mainWindowMenuOpensPostmortem();

private:
    std::unique_ptr<Store> m_store;
    QString m_checkout;
    QString m_search;
};

void TestActionsOverview::initTestCase() {
    m_store = test::newStore();
    m_checkout = m_store
                     ->createPostmortem(QStringLiteral("standard"),
                                        {{Field::Title, QStringLiteral("Checkout down")}})
                     .value();
    m_search = m_store
                   ->createPostmortem(QStringLiteral("standard"),
                                      {{Field::Title, QStringLiteral("Search slow")}})
                   .value();
    {
        PostmortemDocument doc(m_store.get(), *m_store->loadPostmortem(m_checkout));
        const QString ana =
            doc.addChild(Kind::Participant, {{Field::Name, QStringLiteral("Ana Lima")}});
        addAction(doc, QStringLiteral("Alert on queue depth"), QDate(2026, 3, 1), ana,
                  QStringLiteral("open"), QStringLiteral("detect"));
        addAction(doc, QStringLiteral("Runbook for failover"), QDate(2026, 3, 10), QString(),
                  QStringLiteral("done"), QStringLiteral("mitigate"));
        QVERIFY(doc.flush());
    }
    {
        PostmortemDocument doc(m_store.get(), *m_store->loadPostmortem(m_search));
        addAction(doc, QStringLiteral("Change review rule"), QDate(2026, 4, 1), QString(),
                  QStringLiteral("in_progress"), QStringLiteral("process"));
        QVERIFY(doc.flush());
    }
}

void TestActionsOverview::listsAndFilters() {
    ActionsOverview overview(nullptr);
    QAbstractItemModelTester tester(overview.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    overview.setToday(kToday);
    overview.setStore(m_store.get());
    QCOMPARE(titles(*overview.model()), (QStringList{QStringLiteral("Alert on queue depth"),
                                                     QStringLiteral("Runbook for failover"),
                                                     QStringLiteral("Change review rule")}));
    const QModelIndex overdue = overview.model()->index(0, ActionsOverviewModel::DueColumn);
    QVERIFY(overdue.data(ActionsOverviewModel::OverdueRole).toBool());
    QCOMPARE(overdue.data(Qt::BackgroundRole).value<QColor>(), overdueBackground());
    QVERIFY(!overview.model()->index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(overview.model()->index(0, ActionsOverviewModel::PostmortemColumn).data().toString(),
             QStringLiteral("Checkout down"));
    QCOMPARE(overview.model()->index(0, ActionsOverviewModel::OwnerColumn).data().toString(),
             QStringLiteral("Ana Lima"));
    QVERIFY(overview.countLabel()->text().contains(QStringLiteral("3 of 3")));

    overview.ownerEdit()->setText(QStringLiteral("lima"));
    QCOMPARE(titles(*overview.model()), QStringList{QStringLiteral("Alert on queue depth")});
    overview.ownerEdit()->clear();
    overview.statusCombo()->setCurrentIndex(
        overview.statusCombo()->findData(QStringLiteral("done")));
    QCOMPARE(titles(*overview.model()), QStringList{QStringLiteral("Runbook for failover")});
    overview.statusCombo()->setCurrentIndex(0);
    overview.typeCombo()->setCurrentIndex(
        overview.typeCombo()->findData(QStringLiteral("process")));
    QCOMPARE(titles(*overview.model()), QStringList{QStringLiteral("Change review rule")});
    overview.typeCombo()->setCurrentIndex(0);
    overview.overdueCheck()->setChecked(true);
    QCOMPARE(titles(*overview.model()), QStringList{QStringLiteral("Alert on queue depth")});
    overview.overdueCheck()->setChecked(false);
    overview.thisWeekCheck()->setChecked(true);
    QCOMPARE(titles(*overview.model()), QStringList{QStringLiteral("Runbook for failover")});
    QVERIFY(overview.countLabel()->text().contains(QStringLiteral("1 of 3")));
}

void TestActionsOverview::followsTheStore() {
    ActionsOverview overview(nullptr);
    overview.setToday(kToday);
    overview.setStore(m_store.get());
    const int before = overview.model()->rowCount();
    {
        PostmortemDocument doc(m_store.get(), *m_store->loadPostmortem(m_search));
        addAction(doc, QStringLiteral("Index check"), QDate(2026, 3, 12), QString(),
                  QStringLiteral("open"), QStringLiteral("detect"));
        QVERIFY(doc.flush());
        QTRY_COMPARE(overview.model()->rowCount(), before + 1);
        // Undo moves it to the trash again, which leaves the store as the other tests expect.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.flush());
    }
    QTRY_COMPARE(overview.model()->rowCount(), before);
}

void TestActionsOverview::exportsWhatItShows() {
    ActionsOverview overview(nullptr);
    overview.setToday(kToday);
    overview.setStore(m_store.get());
    overview.overdueCheck()->setChecked(true);
    const QString path = test::tempPath(QStringLiteral("overdue.csv"));
    QCOMPARE(overview.exportCsvTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, the end
    QVERIFY(lines.at(0).startsWith("postmortem,postmortem_id,action_id,title"));
    QVERIFY(lines.at(1).startsWith("Checkout down,"));
    QVERIFY(lines.at(1).contains(",Alert on queue depth,Ana Lima,2026-03-01,P2,Detect,Open,yes,"));
    const QString refused = overview.exportCsvTo(QStringLiteral("/nonexistent/dir/x.csv"));
    QVERIFY2(refused.contains(QStringLiteral("/nonexistent/dir/x.csv")), qPrintable(refused));
}

void TestActionsOverview::doubleClickOpens() {
    ActionsOverview overview(nullptr);
    overview.setToday(kToday);
    overview.setStore(m_store.get());
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    QSignalSpy open(&overview, &ActionsOverview::openPostmortemRequested);
    const int row = overview.model()->rowCount() - 1; // "Change review rule", Search slow
    const QRect cell = overview.table()->visualRect(
        overview.model()->index(row, ActionsOverviewModel::TitleColumn));
    QTest::mouseClick(overview.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(overview.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), m_search);
}

void TestActionsOverview::mainWindowMenuOpensPostmortem() {
    const QString path = test::tempPath(QStringLiteral("window.db"));
    QString id;
    {
        auto store = test::openStore(path);
        id = store
                 ->createPostmortem(QStringLiteral("standard"),
                                    {{Field::Title, QStringLiteral("Queue backlog")}})
                 .value();
        PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
        addAction(doc, QStringLiteral("Alert on backlog"), QDate(2026, 3, 1), QString(),
                  QStringLiteral("open"), QStringLiteral("detect"));
        QVERIFY(doc.flush());
    }
    MainWindow window(test::openStore(path));
    window.show();
    QAction* menuItem = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* item : menu->menu()->actions()) {
            if (item->text() == QStringLiteral("All &Actions…"))
                menuItem = item;
        }
    }
    QVERIFY(menuItem);
    QCOMPARE(menuItem->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    menuItem->trigger();
    auto* overview = window.findChild<ActionsOverview*>();
    QVERIFY(overview);
    QVERIFY(overview->isVisible());
    QCOMPARE(overview->model()->rowCount(), 1);
    menuItem->trigger(); // the same window again, not a second one
    QCOMPARE(window.findChildren<ActionsOverview*>().size(), 1);
    Q_EMIT overview->table()->activated(overview->model()->index(0, 0));
    QVERIFY(window.document());
    QCOMPARE(window.document()->id(), id);
    QCOMPARE(window.editor()->tabs()->currentWidget(), window.editor()->actionsPane());
    QCOMPARE(window.editor()->actionsPane()->model()->rowCount(), 1);
}

QTEST_MAIN(TestActionsOverview)
#include "test_actionsoverview.moc"
