#include "timeline/import/Importer.h"
#include "timeline/import/JsonLinesImporter.h"

#include <QFile>
#include <QTest>

#include "ImportTestSupport.h"

using namespace causeway::timeline;
using namespace causeway::timeline::testing;

class TestImportJsonLines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void journalctl();
    void applicationLogs();
    void levelsToKinds_data();
    void levelsToKinds();
    void cancelsAndCaps();
    void detectsFormat();
};

void TestImportJsonLines::journalctl() {
    const ImportResult result = importJsonLines(readData("journal.jsonl"), ImportOptions{});
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.events.size(), 5);
    QCOMPARE(problemLines(result), (QList<int>{4, 6}));
    QVERIFY2(result.problems[0].reason.contains(QStringLiteral("not JSON")),
             qPrintable(result.problems[0].reason));

    QCOMPARE(result.events[0].time, utc("2026-03-02T23:30:02.123Z"));
    QCOMPARE(result.events[0].text,
             QStringLiteral("deployd: deploy 4711 started: checkout-api v2.31.0"));
    QCOMPARE(result.events[0].kind, QStringLiteral("observation"));
    QCOMPARE(result.events[0].source, QStringLiteral("log"));
    QCOMPARE(result.events[1].kind, QStringLiteral("observation")); // PRIORITY 4, warning
    QCOMPARE(result.events[2].kind, QStringLiteral("alert"));       // PRIORITY 3, err
    QCOMPARE(result.events[2].line, 3);
    // journald keeps non-UTF-8 messages as byte arrays.
    QVERIFY(result.events[3].text.startsWith(QStringLiteral("kernel: OOM killer: ")));
    QCOMPARE(result.events[3].kind, QStringLiteral("alert"));
    QCOMPARE(result.events[4].time, utc("2026-03-03T00:14:59.999Z"));
    QCOMPARE(result.events[4].line, 8);
}

void TestImportJsonLines::applicationLogs() {
    ImportOptions options;
    options.zone = QTimeZone("Europe/Berlin");
    const ImportResult result = importJsonLines(readData("app.jsonl"), options);
    QCOMPARE(result.events.size(), 5);
    QCOMPARE(problemLines(result), (QList<int>{6, 7}));
    QCOMPARE(result.events[0].time, utc("2026-03-02T23:41:00.250Z"));
    QCOMPARE(result.events[0].text, QStringLiteral("checkout-api: payment request failed"));
    QCOMPARE(result.events[0].kind, QStringLiteral("alert"));
    QCOMPARE(result.events[1].time, utc("2026-03-02T23:41:00.500Z"));
    QCOMPARE(result.events[1].kind, QStringLiteral("observation"));
    QCOMPARE(result.events[2].time, utc("2026-03-02T23:43:20.750Z")); // epoch seconds
    QCOMPARE(result.events[2].kind, QStringLiteral("alert"));         // pino 50
    QCOMPARE(result.events[3].time, utc("2026-03-02T23:45:00.123Z")); // epoch ms
    QCOMPARE(result.events[3].text, QStringLiteral("epoch milliseconds line"));
    QCOMPARE(result.events[4].time, utc("2026-03-02T22:50:00Z")); // zone-less, Berlin
}

void TestImportJsonLines::levelsToKinds_data() {
    QTest::addColumn<QByteArray>("level");
    QTest::addColumn<QString>("kind");
    const QString alert = QStringLiteral("alert");
    const QString observation = QStringLiteral("observation");
    for (const char* l : {"\"emerg\"", "\"ALERT\"", "\"crit\"", "\"Error\"", "\"err\"", "\"fatal\"",
                          "\"0\"", "\"3\"", "3", "60"})
        QTest::newRow(l) << QByteArray(l) << alert;
    for (const char* l : {"\"warning\"", "\"warn\"", "\"notice\"", "\"info\"", "\"debug\"", "\"4\"",
                          "\"7\"", "30", "\"whatever\""})
        QTest::newRow(l) << QByteArray(l) << observation;
}

void TestImportJsonLines::levelsToKinds() {
    QFETCH(QByteArray, level);
    QFETCH(QString, kind);
    const ImportResult result = importJsonLines(
        R"({"ts":"2026-03-02T10:00:00Z","msg":"m","level":)" + level + "}\n", ImportOptions{});
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events[0].kind, kind);
}

void TestImportJsonLines::cancelsAndCaps() {
    QByteArray data;
    for (int i = 0; i < 3000; ++i)
        data += R"({"ts":)" + QByteArray::number(1772491267 + i) + R"(,"msg":"line"})" + '\n';
    data += R"({"ts":1772491267,"msg":")" + QByteArray(1024 * 1024 + 10, 'x') + "\"}\n";
    ImportOptions options;
    QList<int> percents;
    options.progress = [&percents](int percent) {
        percents.append(percent);
        return true;
    };
    const ImportResult full = importJsonLines(data, options);
    QCOMPARE(full.events.size(), 3000);
    QCOMPARE(problemLines(full), QList<int>{3001});
    QCOMPARE(percents.size(), 3);
    QVERIFY(percents[0] < percents[1] && percents[1] < percents[2]);

    options.progress = [](int) {
        return false;
    };
    QVERIFY(importJsonLines(data, options).cancelled);
}

void TestImportJsonLines::detectsFormat() {
    QCOMPARE(detectFormat(dataPath("journal.jsonl"), readData("journal.jsonl")),
             ImportFormat::JsonLines);
    QCOMPARE(detectFormat(QStringLiteral("/tmp/x.log"), readData("journal.jsonl")),
             ImportFormat::JsonLines);
    QCOMPARE(detectFormat(QStringLiteral("/tmp/x.log"), readData("syslog-3164.log")),
             ImportFormat::Syslog);
    QCOMPARE(detectFormat(QStringLiteral("/tmp/x.log"), readData("syslog-5424.log")),
             ImportFormat::Syslog);
    QCOMPARE(detectFormat(QStringLiteral("/tmp/x"), readData("notes.txt")), ImportFormat::Notes);
    QCOMPARE(detectFormat(QStringLiteral("/tmp/x"), readData("semicolon.csv")), ImportFormat::Csv);
    QCOMPARE(detectFormat(QStringLiteral("/tmp/x.json"),
                          readData("slack-export/incident-ops/2026-03-02.json")),
             ImportFormat::Slack);
    QCOMPARE(detectFormat(QStringLiteral("/tmp/x"), QByteArray()), ImportFormat::Auto);

    const ImportResult viaFile =
        importFile(dataPath("journal.jsonl"), ImportFormat::Auto, ImportOptions{});
    QCOMPARE(viaFile.events.size(), 5);
    QVERIFY(
        !importFile(dataPath("no-such-file"), ImportFormat::Auto, ImportOptions{}).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportJsonLines)
#include "test_import_jsonl.moc"
