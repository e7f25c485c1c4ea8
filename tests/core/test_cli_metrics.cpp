// `causeway-cli metrics` and `causeway-cli similar` against the hand-computed fixture.
#include "CliTestSupport.h"
#include "MetricsFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace causeway;
using namespace causeway::test;

class TestCliMetrics : public QObject {
    Q_OBJECT

    QString m_db;
    MetricsFixture m_f;

    CliRun metrics(QStringList args) {
        args.prepend(QStringLiteral("metrics"));
        args << QStringLiteral("--db") << m_db << QStringLiteral("--today")
             << kMetricsToday.toString(Qt::ISODate);
        return runCli(args);
    }

    static QJsonObject parse(const CliRun& run) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", run.out.constData());
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = tempPath(QStringLiteral("metrics.db"));
        auto store = openStore(m_db);
        m_f = fillMetricsFixture(*store);
    }

    void summary() {
        const CliRun run = metrics({});
        QCOMPARE(run.exitCode, 0);
        const QString out = run.outText();
        QVERIFY2(out.contains(QStringLiteral("median 4.0 days, mean 4.5 days (n=3)")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("not yet approved: 2")));
        QVERIFY(out.contains(QStringLiteral("33% (2 of 6 on time); 1 won't-do excluded")));
        QVERIFY(out.contains(QStringLiteral("20% (1 of 5 incidents)")));
        QVERIFY(out.contains(QStringLiteral("Confirmed recurrences: 2 of 5 incidents")));
        QVERIFY(out.contains(QStringLiteral("2026-01")));
        QVERIFY(out.contains(QStringLiteral("52.5 (n=2)")));
        QVERIFY(out.contains(QStringLiteral("Queue backlog"))); // listed as not approved
    }

    void jsonWithFilters() {
        const CliRun run =
            metrics({QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-02-28"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject j = parse(run);
        QCOMPARE(j.value(QStringLiteral("filter")).toObject().value(QStringLiteral("from")),
                 QJsonValue(QStringLiteral("2026-02-01")));
        QCOMPARE(j.value(QStringLiteral("recurrence")).toObject().value(QStringLiteral("rate")),
                 QJsonValue(0.5));
        QCOMPARE(j.value(QStringLiteral("timeToComplete"))
                     .toObject()
                     .value(QStringLiteral("notApproved")),
                 QJsonValue(QJsonArray{m_f.p3}));
        const QJsonArray rows = j.value(QStringLiteral("postmortems")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("daysToComplete")), QJsonValue(7));

        const QJsonObject sev = parse(metrics(
            {QStringLiteral("--severity"), QStringLiteral("SEV1"), QStringLiteral("--json")}));
        QCOMPARE(sev.value(QStringLiteral("recurrence")).toObject().value(QStringLiteral("n")),
                 QJsonValue(2));
        const QJsonObject tag = parse(
            metrics({QStringLiteral("--tag"), QStringLiteral("queue"), QStringLiteral("--service"),
                     QStringLiteral("orders"), QStringLiteral("--json")}));
        QCOMPARE(tag.value(QStringLiteral("postmortems")).toArray().size(), 1);
    }

    void badDateExits2() {
        const CliRun run = metrics({QStringLiteral("--from"), QStringLiteral("2026-13-01")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(QStringLiteral("--from: \"2026-13-01\" is not a date")));
        QVERIFY(run.out.isEmpty());
        const CliRun reversed = metrics({QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                         QStringLiteral("--to"), QStringLiteral("2026-02-01")});
        QCOMPARE(reversed.exitCode, 2);
        QVERIFY(reversed.errText().contains(QStringLiteral("is after --to")));
    }

    void missingDatabaseExits2() {
        const CliRun run = runCli({QStringLiteral("metrics"), QStringLiteral("--db"),
                                   tempPath(QStringLiteral("none.db"))});
        QCOMPARE(run.exitCode, 2);
    }

    void similar() {
        const CliRun run = runCli({QStringLiteral("similar"), m_f.p3.left(8),
                                   QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!list.isEmpty());
        const QJsonObject best = list.first().toObject();
        QCOMPARE(best.value(QStringLiteral("id")).toString(), m_f.p1);
        QCOMPARE(best.value(QStringLiteral("sharedTags")),
                 QJsonValue(QJsonArray{QStringLiteral("db"), QStringLiteral("checkout")}));
        QCOMPARE(best.value(QStringLiteral("confirmedRecurrence")), QJsonValue(true));
        for (const QJsonValue& v : list) {
            QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != m_f.p3);
            QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != m_f.p5);
        }
        const CliRun text =
            runCli({QStringLiteral("similar"), m_f.p3, QStringLiteral("--db"), m_db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QStringLiteral("2 shared tags: db, checkout")));
    }

    void similarUnknownIdExits2() {
        const CliRun run = runCli(
            {QStringLiteral("similar"), QStringLiteral("ffffffff"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 2);
        const CliRun limit = runCli({QStringLiteral("similar"), m_f.p3, QStringLiteral("--limit"),
                                     QStringLiteral("zero"), QStringLiteral("--db"), m_db});
        QCOMPARE(limit.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "test_cli_metrics.moc"
