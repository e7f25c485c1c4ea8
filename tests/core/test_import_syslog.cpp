#include "timeline/import/SyslogImporter.h"

#include <QFile>
#include <QTest>

#include "ImportTestSupport.h"

using namespace causeway::timeline;
using namespace causeway::timeline::testing;

namespace {

ImportOptions incidentIn(const char* referenceIso, const QByteArray& zone = "UTC") {
    ImportOptions options;
    options.reference = utc(referenceIso);
    options.zone = QTimeZone(zone);
    return options;
}

} // namespace

class TestImportSyslog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc3164();
    void rfc3164YearWrap();
    void rfc3164NeedsAReference();
    void rfc3164DaylightSaving();
    void rfc5424();
    void rsyslogIsoTimes();
};

void TestImportSyslog::rfc3164() {
    const ImportResult result =
        importSyslog(readData("syslog-3164.log"), incidentIn("2026-03-02T23:00:00Z"));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(problemLines(result), (QList<int>{4, 5, 7}));
    QCOMPARE(result.events.size(), 5);
    QCOMPARE(result.events[0].time, utc("2026-03-02T23:41:03Z"));
    QCOMPARE(result.events[0].text,
             QStringLiteral("web-3 checkout-api[812]: HTTP 503 from payments"));
    QCOMPARE(result.events[0].kind, QStringLiteral("alert")); // <34>: severity 2, critical
    QCOMPARE(result.events[0].source, QStringLiteral("log"));
    QCOMPARE(result.events[1].kind, QStringLiteral("observation")); // <30>: info
    QCOMPARE(result.events[2].text,
             QStringLiteral("web-4 haproxy[77]: backend payments has no server available!"));
    QCOMPARE(result.events[2].line, 3);
    QCOMPARE(result.events[3].time, utc("2026-03-03T00:15:12Z"));
    // December in a March incident is last December.
    QCOMPARE(result.events[4].time, utc("2025-12-31T23:59:59Z"));
}

void TestImportSyslog::rfc3164YearWrap() {
    const QByteArray lines = "Dec 31 23:58:00 h app: before midnight\n"
                             "Jan  1 00:02:00 h app: after midnight\n";
    const ImportResult result = importSyslog(lines, incidentIn("2026-01-01T00:00:00Z"));
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events[0].time, utc("2025-12-31T23:58:00Z"));
    QCOMPARE(result.events[1].time, utc("2026-01-01T00:02:00Z"));
    // The other way: a January line in a December incident is next January.
    const ImportResult next = importSyslog(lines, incidentIn("2025-12-31T20:00:00Z"));
    QCOMPARE(next.events.size(), 2);
    QCOMPARE(next.events[0].time, utc("2025-12-31T23:58:00Z"));
    QCOMPARE(next.events[1].time, utc("2026-01-01T00:02:00Z"));
}

void TestImportSyslog::rfc3164NeedsAReference() {
    const ImportResult result = importSyslog("Mar  2 10:00:00 h app: x\n", ImportOptions{});
    QCOMPARE(result.events.size(), 0);
    QCOMPARE(problemLines(result), QList<int>{1});
    QVERIFY(result.problems[0].reason.contains(QStringLiteral("year")));
}

void TestImportSyslog::rfc3164DaylightSaving() {
    const QByteArray lines = "Mar 29 01:59:00 h app: before the gap\n"
                             "Mar 29 02:30:00 h app: in the gap\n"
                             "Mar 29 03:00:00 h app: after the gap\n";
    const ImportResult result =
        importSyslog(lines, incidentIn("2026-03-29T00:00:00Z", "Europe/Berlin"));
    QCOMPARE(problemLines(result), QList<int>{2});
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events[0].time.secsTo(result.events[1].time), 60);
}

void TestImportSyslog::rfc5424() {
    const ImportResult result = importSyslog(readData("syslog-5424.log"), ImportOptions{});
    QCOMPARE(problemLines(result), (QList<int>{4, 5, 6}));
    QCOMPARE(result.events.size(), 3);
    QCOMPARE(result.events[0].time, utc("2026-03-02T23:41:03.003Z"));
    QCOMPARE(result.events[0].text,
             QStringLiteral("web-3.example.com checkout-api[812]: HTTP 503 from payments"));
    QCOMPARE(result.events[0].kind, QStringLiteral("observation")); // <165>: notice
    QCOMPARE(result.events[1].kind, QStringLiteral("alert"));       // <11>: error
    QCOMPARE(result.events[2].time, utc("2026-03-03T00:15:00Z"));
    QCOMPARE(result.events[2].text, QStringLiteral("web-3 deployd: rollback finished"));
}

void TestImportSyslog::rsyslogIsoTimes() {
    const ImportResult result =
        importSyslog("2026-03-02T23:41:03.500+01:00 web-3 app[1]: with offset\n"
                     "2026-10-25T02:30:00 web-3 app[1]: zone-less in the fold\n",
                     incidentIn("2026-10-01T00:00:00Z", "Europe/Berlin"));
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events[0].time, utc("2026-03-02T22:41:03.500Z"));
    QCOMPARE(result.events[0].text, QStringLiteral("web-3 app[1]: with offset"));
    QCOMPARE(problemLines(result), QList<int>{2});
    QVERIFY(result.problems[0].reason.contains(QStringLiteral("twice")));
}

QTEST_GUILESS_MAIN(TestImportSyslog)
#include "test_import_syslog.moc"
