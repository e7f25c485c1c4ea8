#include "timeline/import/CsvImporter.h"
#include "timeline/import/Importer.h"

#include <QFile>
#include <QTest>

#include "ImportTestSupport.h"

using namespace causeway::timeline;
using namespace causeway::timeline::testing;

class TestImportCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesQuotedFields();
    void detectsDelimiters();
    void guessesMappingFromHeaders();
    void guessesMappingWithoutHeader();
    void importsSemicolonFile();
    void tabFileAcrossDaylightSaving();
    void quotedNewlinesAndBrokenQuote();
    void explicitMapping();
    void cancels();
    void capsHugeRecords();
};

void TestImportCsv::parsesQuotedFields() {
    const QList<QStringList> rows =
        parseCsv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\n\n", u',');
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0], (QStringList{QStringLiteral("a"), QStringLiteral("b,c"),
                                   QStringLiteral("say \"hi\"")}));
    QCOMPARE(rows[1], (QStringList{QStringLiteral("multi\nline"), QString(), QStringLiteral("x")}));
    QCOMPARE(parseCsv("a;b\nc;d\ne;f\n", u';', 2).size(), 2);
}

void TestImportCsv::detectsDelimiters() {
    QCOMPARE(detectCsvDelimiter("time,text\n14:05,a\n14:06,b\n"), QChar(u','));
    QCOMPARE(detectCsvDelimiter(readData("semicolon.csv")), QChar(u';'));
    QCOMPARE(detectCsvDelimiter(readData("tab.tsv")), QChar(u'\t'));
    QCOMPARE(detectCsvDelimiter("time|text\n14:05|a, b and c\n"), QChar(u'|'));
}

void TestImportCsv::guessesMappingFromHeaders() {
    const CsvMapping m = guessMapping(
        {{QStringLiteral("Who"), QStringLiteral("Timestamp (UTC)"), QStringLiteral("Message"),
          QStringLiteral("event_type"), QStringLiteral("Source"), QStringLiteral("End time")}});
    QVERIFY(m.hasHeader);
    QCOMPARE(m.actor, 0);
    QCOMPARE(m.time, 1);
    QCOMPARE(m.text, 2);
    QCOMPARE(m.kind, 3);
    QCOMPARE(m.source, 4);
    QCOMPARE(m.end, 5);
}

void TestImportCsv::guessesMappingWithoutHeader() {
    const CsvMapping m = guessMapping(
        {{QStringLiteral("x1"), QStringLiteral("14:05"),
          QStringLiteral("paged the on-call engineer")},
         {QStringLiteral("x2"), QStringLiteral("14:09"), QStringLiteral("rollback started")}});
    QVERIFY(!m.hasHeader);
    QCOMPARE(m.time, 1);
    QCOMPARE(m.text, 2);
}

void TestImportCsv::importsSemicolonFile() {
    ImportOptions options;
    const ImportResult result = importCsv(readData("semicolon.csv"), options);
    QVERIFY(result.error.isEmpty());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.events.size(), 3);
    QCOMPARE(problemLines(result), (QList<int>{4, 7}));
    QVERIFY(result.problems[0].reason.startsWith(QStringLiteral("line 4: ")));
    QVERIFY2(result.problems[0].reason.contains(QStringLiteral("\"when\"")),
             qPrintable(result.problems[0].reason));

    const ImportedEvent& first = result.events[0];
    QCOMPARE(first.time, utc("2026-03-02T23:41:00Z"));
    QCOMPARE(first.text, QStringLiteral("PagerDuty paged on-call; ack in 2 min"));
    QCOMPARE(first.kind, QStringLiteral("alert"));
    QCOMPARE(first.source, QStringLiteral("alert"));
    QCOMPARE(first.actor, QStringLiteral("on-call SRE"));
    QCOMPARE(first.line, 2);
    QCOMPARE(result.events[1].source, QStringLiteral("deploy"));
    QCOMPARE(result.events[2].kind, QStringLiteral("resolution"));
    QCOMPARE(result.events[2].source, QStringLiteral("manual")); // "monitoring tool" is unknown
}

void TestImportCsv::tabFileAcrossDaylightSaving() {
    ImportOptions options;
    options.zone = QTimeZone("Europe/Berlin");
    const ImportResult result = importCsv(readData("tab.tsv"), options);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(problemLines(result), (QList<int>{3, 4}));
    QVERIFY(result.problems[0].reason.contains(QStringLiteral("does not exist")));
    QVERIFY(result.problems[1].reason.contains(QStringLiteral("twice")));
    // 01:30 CET to 03:10 CEST is one hour and forty minutes.
    QCOMPARE(result.events[0].time, utc("2026-03-29T00:30:00Z"));
    QCOMPARE(result.events[0].end, utc("2026-03-29T01:10:00Z"));
    QCOMPARE(result.events[0].kind, QStringLiteral("customer_impact"));
    QCOMPARE(result.events[0].actor, QStringLiteral("Payments"));
    QCOMPARE(result.events[1].time, utc("2026-10-25T01:30:00Z"));
    QCOMPARE(result.events[1].kind, QStringLiteral("decision"));
}

void TestImportCsv::quotedNewlinesAndBrokenQuote() {
    ImportOptions options;
    options.reference = utc("2026-03-02T12:00:00Z");
    const ImportResult result = importCsv(readData("quoted.csv"), options);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events[0].text,
             QStringLiteral("Paged the on-call\n(second line of the same cell)"));
    QCOMPARE(result.events[0].actor, QStringLiteral("SRE, primary"));
    QCOMPARE(result.events[0].time, utc("2026-03-02T14:05:00Z"));
    QCOMPARE(result.events[1].text, QStringLiteral("She said \"rolling back\" on the bridge"));
    QCOMPARE(result.events[1].line, 4);
    // The quote opened on line 5 never closes: one problem, no crash, nothing invented.
    QCOMPARE(problemLines(result), QList<int>{5});
}

void TestImportCsv::explicitMapping() {
    ImportOptions options;
    CsvMapping mapping;
    mapping.time = 2;
    mapping.text = 0;
    mapping.delimiter = u'|';
    mapping.hasHeader = false;
    options.csvMapping = mapping;
    const ImportResult result =
        importCsv("rollback|x|2026-03-02T10:00:00Z\nnot a time row|x|soon\n", options);
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events[0].text, QStringLiteral("rollback"));
    QCOMPARE(problemLines(result), QList<int>{2});

    // No time column at all: the whole input is unusable and says so.
    const ImportResult none = importCsv("a,b\nc,d\n", ImportOptions{});
    QVERIFY(!none.error.isEmpty());
}

void TestImportCsv::cancels() {
    QByteArray data("time,text\n");
    for (int i = 0; i < 5000; ++i)
        data += "2026-03-02 10:00:" + QByteArray::number(i % 60).rightJustified(2, '0') +
                ",event " + QByteArray::number(i) + '\n';
    ImportOptions options;
    int calls = 0;
    options.progress = [&calls](int percent) {
        Q_ASSERT(percent >= 0 && percent <= 100);
        return ++calls < 2;
    };
    const ImportResult result = importCsv(data, options);
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(result.events.size() < 2100);

    options.progress = [&calls](int) {
        return true;
    };
    const ImportResult full = importCsv(data, options);
    QVERIFY(!full.cancelled);
    QCOMPARE(full.events.size(), 5000);
}

void TestImportCsv::capsHugeRecords() {
    QByteArray data("time,text\n2026-03-02 10:00,\"");
    data += QByteArray(2 * 1024 * 1024, 'x');
    data += "\"\n2026-03-02 10:01,after\n";
    const ImportResult result = importCsv(data, ImportOptions{});
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].line, 2);
    // What follows the skipped record is still read.
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events[0].text, QStringLiteral("after"));
}

QTEST_GUILESS_MAIN(TestImportCsv)
#include "test_import_csv.moc"
