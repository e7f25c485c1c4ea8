#include "ActionsFixture.h"
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace causeway;

// `causeway-cli actions`: the follow-up list across postmortems as a table, JSON or CSV.
// --today fixes the calendar so overdue and "this week" do not depend on when the test runs.
class TestCliActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tableOverdueFirst();
    void filtersAndJson();
    void csvOutput();
    void noRowsIsSuccess();
    void badOptionsExitTwo_data();
    void badOptionsExitTwo();

private:
    CliRun run(QStringList args) const {
        args.prepend(m_path);
        args.prepend(QStringLiteral("--db"));
        args.append({QStringLiteral("--today"), QStringLiteral("2026-03-11")});
        return runCli(args);
    }
    QString m_path;
    test::ActionsFixture m_fixture;
};

void TestCliActions::initTestCase() {
    m_path = test::tempPath(QStringLiteral("actions.db"));
    auto store = test::openStore(m_path);
    test::fillActionsFixture(*store, m_fixture);
}

void TestCliActions::tableOverdueFirst() {
    const CliRun r = run({QStringLiteral("actions")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7); // header and six actions; the trashed postmortem's is left out
    QVERIFY(lines.at(0).startsWith(QStringLiteral("DUE")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2026-02-20 OVERDUE")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral("ana lima")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("Index rebuild check")));
    QVERIFY(lines.at(2).contains(QStringLiteral("OVERDUE")));
    QVERIFY(lines.at(3).contains(QStringLiteral("Done, unverified")));
    QVERIFY(!lines.at(3).contains(QStringLiteral("OVERDUE")));
    QVERIFY(lines.at(6).startsWith(u'-')); // no due date: last
    QVERIFY(!r.outText().contains(QStringLiteral("Forgotten")));
}

void TestCliActions::filtersAndJson() {
    const CliRun r =
        run({QStringLiteral("actions"), QStringLiteral("--overdue"), QStringLiteral("--owner"),
             QStringLiteral("ANA"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject alert = rows.at(1).toObject();
    QCOMPARE(alert.value(QStringLiteral("title")).toString(),
             QStringLiteral("Alert on queue depth"));
    QCOMPARE(alert.value(QStringLiteral("id")).toString(),
             m_fixture.ids.value(QStringLiteral("Alert on queue depth")));
    QCOMPARE(alert.value(QStringLiteral("postmortemId")).toString(), m_fixture.checkout);
    QCOMPARE(alert.value(QStringLiteral("postmortemTitle")).toString(),
             QStringLiteral("Checkout down"));
    QCOMPARE(alert.value(QStringLiteral("ownerName")).toString(), QStringLiteral("Ana Lima"));
    QCOMPARE(alert.value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(alert.value(QStringLiteral("priority")).toString(), QStringLiteral("P2"));
    QCOMPARE(alert.value(QStringLiteral("type")).toString(), QStringLiteral("detect"));
    QCOMPARE(alert.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(alert.value(QStringLiteral("overdue")).toBool(), true);
    QVERIFY(alert.value(QStringLiteral("closedOn")).isNull());
    QVERIFY(alert.value(QStringLiteral("verification")).isNull());
    QCOMPARE(alert.value(QStringLiteral("causes")).toArray().first().toString(),
             QStringLiteral("No alert on queue depth"));

    const CliRun week =
        run({QStringLiteral("actions"), QStringLiteral("--due-this-week"),
             QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--json")});
    QCOMPARE(week.exitCode, 0);
    const QJsonArray done = QJsonDocument::fromJson(week.out).array();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().toObject().value(QStringLiteral("statusText")).toString(),
             QStringLiteral("Done, unverified"));
    QCOMPARE(done.first().toObject().value(QStringLiteral("closedOn")).toString(),
             QStringLiteral("2026-03-11"));

    const CliRun type =
        run({QStringLiteral("actions"), QStringLiteral("--type"), QStringLiteral("process")});
    QCOMPARE(type.exitCode, 0);
    QCOMPARE(type.outText().count(u'\n'), 2);
    QVERIFY(type.outText().contains(QStringLiteral("Change review rule")));
}

void TestCliActions::csvOutput() {
    const CliRun r = run({QStringLiteral("actions"), QStringLiteral("--csv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("postmortem,postmortem_id,action_id,title,owner,due,priority,type,"
                             "status,overdue,closed_on,ticket,verification,causes\r\n"));
    QCOMPARE(r.out.count("\r\n"), 7);
    const QByteArray expected =
        "Checkout down," + m_fixture.checkout.toUtf8() + ',' +
        m_fixture.ids.value(QStringLiteral("Alert on queue depth")).toUtf8() +
        ",Alert on queue depth,Ana Lima,2026-03-01,P2,Detect,Open,yes,,,,No alert on queue "
        "depth\r\n";
    QVERIFY2(r.out.contains(expected), r.out.constData());
    QVERIFY(r.out.contains(",\"Load test, then \"\"tune\"\" pool\",Bob Stone,"));
}

void TestCliActions::noRowsIsSuccess() {
    const CliRun r =
        run({QStringLiteral("actions"), QStringLiteral("--owner"), QStringLiteral("nobody")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QStringLiteral("(no actions)\n"));
    const CliRun json = run({QStringLiteral("actions"), QStringLiteral("--owner"),
                             QStringLiteral("nobody"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.outText(), QStringLiteral("[]\n"));
}

void TestCliActions::badOptionsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown status names the allowed")
        << QStringList{QStringLiteral("--status"), QStringLiteral("closed")}
        << QStringLiteral("open, in_progress, done, wont_do");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("--type"), QStringLiteral("fix")}
                                  << QStringLiteral("prevent, detect, mitigate, process");
    QTest::newRow("json and csv") << QStringList{QStringLiteral("--json"), QStringLiteral("--csv")}
                                  << QStringLiteral("cannot be combined");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--late")} << QStringLiteral("--late");
    QTest::newRow("owner without a value")
        << QStringList{QStringLiteral("--owner")} << QStringLiteral("--owner");
}

void TestCliActions::badOptionsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.prepend(QStringLiteral("actions"));
    const CliRun r = runCli(QStringList{QStringLiteral("--db"), m_path} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliActions)
#include "test_cli_actions.moc"
