#include "ActionsFixture.h"
#include "actions/ActionsCsv.h"
#include "actions/ActionsQuery.h"

#include <QTest>

using namespace causeway;
using causeway::test::kFixtureToday;

namespace {

QStringList titles(const QList<ActionRow>& rows) {
    QStringList out;
    for (const ActionRow& r : rows)
        out.append(r.action.title);
    return out;
}

ActionFilter fixedFilter() {
    ActionFilter f;
    f.today = kFixtureToday;
    return f;
}

} // namespace

class TestActionsQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void allSortedOverdueFirst();
    void rowsCarryNamesAndCauses();
    void filters_data();
    void filters();
    void weekBoundaries();
    void csvQuoting();
    void csvOfFixture();

private:
    std::unique_ptr<Store> m_store;
    test::ActionsFixture m_fixture;
};

void TestActionsQuery::initTestCase() {
    m_store = test::newStore();
    test::fillActionsFixture(*m_store, m_fixture);
}

void TestActionsQuery::allSortedOverdueFirst() {
    const QList<ActionRow> rows = queryActions(*m_store, fixedFilter());
    // The trashed postmortem's action is left out; the undated one comes last.
    QCOMPARE(
        titles(rows),
        (QStringList{QStringLiteral("Index rebuild check"), QStringLiteral("Alert on queue depth"),
                     QStringLiteral("Runbook for failover"),
                     QStringLiteral("Load test, then \"tune\" pool"),
                     QStringLiteral("Change review rule"), QStringLiteral("Capacity review")}));
    QVERIFY(rows.at(0).overdue);
    QVERIFY(rows.at(1).overdue);
    QVERIFY(!rows.at(2).overdue); // done before its due date passed: never overdue
}

void TestActionsQuery::rowsCarryNamesAndCauses() {
    const QList<ActionRow> rows = queryActions(*m_store, fixedFilter());
    const ActionRow& alert = rows.at(1);
    QCOMPARE(alert.postmortemTitle, QStringLiteral("Checkout down"));
    QCOMPARE(alert.postmortemId, m_fixture.checkout);
    QCOMPARE(alert.ownerName, QStringLiteral("Ana Lima"));
    QCOMPARE(alert.causeStatements, QStringList{QStringLiteral("No alert on queue depth")});
    QCOMPARE(rows.at(4).ownerName, QString());
}

void TestActionsQuery::filters_data() {
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("thisWeek");
    QTest::addColumn<QStringList>("expected");
    const QString none;
    QTest::newRow("owner, any case") << QStringLiteral("ANA") << none << none << false << false
                                     << QStringList{QStringLiteral("Index rebuild check"),
                                                    QStringLiteral("Alert on queue depth")};
    QTest::newRow("owner, part of the name")
        << QStringLiteral("stone") << none << none << false << false
        << QStringList{QStringLiteral("Runbook for failover"),
                       QStringLiteral("Load test, then \"tune\" pool")};
    QTest::newRow("status done") << none << QStringLiteral("done") << none << false << false
                                 << QStringList{QStringLiteral("Runbook for failover")};
    QTest::newRow("status won't do") << none << QStringLiteral("wont_do") << none << false << false
                                     << QStringList{QStringLiteral("Capacity review")};
    QTest::newRow("type process") << none << none << QStringLiteral("process") << false << false
                                  << QStringList{QStringLiteral("Change review rule")};
    QTest::newRow("overdue") << none << none << none << true << false
                             << QStringList{QStringLiteral("Index rebuild check"),
                                            QStringLiteral("Alert on queue depth")};
    QTest::newRow("due this week, Monday to Sunday")
        << none << none << none << false << true
        << QStringList{QStringLiteral("Runbook for failover"),
                       QStringLiteral("Load test, then \"tune\" pool")};
    QTest::newRow("combined") << QStringLiteral("ana") << QStringLiteral("open")
                              << QStringLiteral("detect") << true << false
                              << QStringList{QStringLiteral("Index rebuild check"),
                                             QStringLiteral("Alert on queue depth")};
    QTest::newRow("nothing matches")
        << QStringLiteral("zed") << none << none << false << false << QStringList();
}

void TestActionsQuery::filters() {
    QFETCH(QString, owner);
    QFETCH(QString, status);
    QFETCH(QString, type);
    QFETCH(bool, overdue);
    QFETCH(bool, thisWeek);
    QFETCH(QStringList, expected);
    ActionFilter f = fixedFilter();
    f.owner = owner;
    f.status = status;
    f.type = type;
    f.overdueOnly = overdue;
    f.dueThisWeek = thisWeek;
    QCOMPARE(titles(queryActions(*m_store, f)), expected);
}

void TestActionsQuery::weekBoundaries() {
    QCOMPARE(weekStart(kFixtureToday), QDate(2026, 3, 9));
    QCOMPARE(weekEnd(kFixtureToday), QDate(2026, 3, 15));
    QCOMPARE(weekStart(QDate(2026, 3, 9)), QDate(2026, 3, 9)); // a Monday
    QCOMPARE(weekEnd(QDate(2026, 3, 15)), QDate(2026, 3, 15)); // a Sunday
    QCOMPARE(weekStart(QDate(2026, 3, 15)), QDate(2026, 3, 9));
    // A week later the Monday action is due "this week" and the others are overdue.
    ActionFilter f = fixedFilter();
    f.today = QDate(2026, 3, 16);
    f.dueThisWeek = true;
    QCOMPARE(titles(queryActions(*m_store, f)), QStringList{QStringLiteral("Change review rule")});
    f.dueThisWeek = false;
    f.overdueOnly = true;
    QCOMPARE(
        titles(queryActions(*m_store, f)),
        (QStringList{QStringLiteral("Index rebuild check"), QStringLiteral("Alert on queue depth"),
                     QStringLiteral("Load test, then \"tune\" pool")}));
}

void TestActionsQuery::csvQuoting() {
    QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(csvField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    QCOMPARE(csvField(QString()), QString());

    ActionRow row;
    row.postmortemId = QStringLiteral("pm1");
    row.postmortemTitle = QStringLiteral("Zahlung, fehlgeschlagen");
    row.action.id = QStringLiteral("a1");
    row.action.title = QStringLiteral("Grüße \"laut\"\nzweite Zeile");
    row.action.due = QDate(2026, 3, 1);
    row.action.priority = QStringLiteral("P1");
    row.action.type = QStringLiteral("detect");
    row.action.status = QStringLiteral("done");
    row.action.closedOn = QDate(2026, 3, 2);
    row.action.ticket = QStringLiteral("https://t.example/OPS-1");
    row.ownerName = QStringLiteral("Ana");
    row.causeStatements = {QStringLiteral("No alert"), QStringLiteral("Pool, too small")};
    const QByteArray csv = actionsCsv({row});
    const QByteArray expected =
        "postmortem,postmortem_id,action_id,title,owner,due,priority,type,status,overdue,"
        "closed_on,ticket,verification,causes\r\n"
        "\"Zahlung, fehlgeschlagen\",pm1,a1,\"Gr\xc3\xbc\xc3\x9f"
        "e \"\"laut\"\"\nzweite Zeile\",Ana,2026-03-01,P1,Detect,\"Done, unverified\",no,"
        "2026-03-02,https://t.example/OPS-1,,\"No alert; Pool, too small\"\r\n";
    QCOMPARE(csv, expected);

    row.action.verificationMethod = QStringLiteral("test");
    row.action.verifiedOn = QDate(2026, 3, 3);
    row.action.verifiedBy = QStringLiteral("Bo");
    QVERIFY(actionsCsv({row}).contains(",Done,no,2026-03-02,https://t.example/OPS-1,"
                                       "Test on 2026-03-03 by Bo,"));
}

void TestActionsQuery::csvOfFixture() {
    const QByteArray csv = actionsCsv(queryActions(*m_store, fixedFilter()));
    const QList<QByteArray> lines = csv.split('\n');
    // Header, six rows and the empty piece after the last CRLF: no field has a line break.
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.at(1).contains(",yes,"));
    QVERIFY(lines.at(3).contains("\"Done, unverified\""));
    QVERIFY(lines.at(4).contains("\"Load test, then \"\"tune\"\" pool\""));
}

QTEST_GUILESS_MAIN(TestActionsQuery)
#include "test_actionsquery.moc"
