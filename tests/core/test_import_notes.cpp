#include "timeline/import/NotesImporter.h"

#include <QFile>
#include <QTest>

#include "ImportTestSupport.h"

using namespace causeway::timeline;
using namespace causeway::timeline::testing;

class TestImportNotes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void multiDayNotes();
    void zoneAndDaylightSaving();
    void outOfOrderNotesStayOnTheDay();
    void needsADate();
    void spans();
    void cancels();
};

void TestImportNotes::multiDayNotes() {
    ImportOptions options;
    options.reference = utc("2026-03-02T23:00:00Z");
    const ImportResult result = importNotes(readData("notes.txt"), options);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(problemLines(result), (QList<int>{1, 14}));
    QVERIFY(result.problems[0].reason.contains(QStringLiteral("before the first time")));
    QCOMPARE(result.events.size(), 8);

    QCOMPARE(result.events[0].time, utc("2026-03-02T23:38:00Z"));
    QCOMPARE(result.events[0].source, QStringLiteral("meeting_notes"));
    QCOMPARE(result.events[0].kind, QStringLiteral("observation"));
    QCOMPARE(result.events[1].text, QStringLiteral("PagerDuty paged Anna\nshe joined the bridge "
                                                   "at 23:43\nand asked for the deploy log"));
    QCOMPARE(result.events[1].line, 4);
    QCOMPARE(result.events[2].text, QStringLiteral("Ben: rollback of deploy 4711 started"));
    QCOMPARE(result.events[3].time, utc("2026-03-02T23:44:30Z"));
    QCOMPARE(result.events[3].text, QStringLiteral("Cho updates the status page"));
    QCOMPARE(result.events[4].time, utc("2026-03-02T23:50:00Z"));
    QCOMPARE(result.events[4].end, utc("2026-03-02T23:58:00Z"));
    QCOMPARE(result.events[4].text, QStringLiteral("customer support flooded with tickets"));
    // Past midnight the notes roll over to the next day.
    QCOMPARE(result.events[5].time, utc("2026-03-03T00:15:00Z"));
    QCOMPARE(result.events[6].time, utc("2026-03-03T00:20:00Z"));
    QCOMPARE(result.events[7].time, utc("2026-03-04T09:00:00Z"));
}

void TestImportNotes::zoneAndDaylightSaving() {
    ImportOptions options;
    options.zone = QTimeZone("Europe/Berlin");
    options.reference = utc("2026-10-24T20:00:00Z"); // 22:00 in Berlin
    const ImportResult result = importNotes("23:30 alert\n"
                                            "01:15 paged\n"
                                            "02:30 which 02:30?\n"
                                            "03:10 mitigated\n"
                                            "## 2026-03-29\n"
                                            "02:30 in the spring gap\n"
                                            "- 03:05 bullet item\n",
                                            options);
    QCOMPARE(problemLines(result), (QList<int>{3, 6}));
    QCOMPARE(result.events.size(), 4);
    QCOMPARE(result.events[0].time, utc("2026-10-24T21:30:00Z")); // CEST
    QCOMPARE(result.events[1].time, utc("2026-10-24T23:15:00Z")); // next day, still CEST
    QCOMPARE(result.events[2].time, utc("2026-10-25T02:10:00Z")); // CET
    QCOMPARE(result.events[3].time, utc("2026-03-29T01:05:00Z"));
    QCOMPARE(result.events[3].text, QStringLiteral("bullet item"));
}

void TestImportNotes::outOfOrderNotesStayOnTheDay() {
    ImportOptions options;
    options.reference = utc("2026-03-02T10:00:00Z");
    const ImportResult result = importNotes("14:05 b\n14:03 a, noted late\n", options);
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events[1].time, utc("2026-03-02T14:03:00Z"));
}

void TestImportNotes::needsADate() {
    const ImportResult result =
        importNotes("14:05 x\ncontinued\n2026-03-02 14:06 y\n", ImportOptions{});
    QCOMPARE(problemLines(result), QList<int>{1});
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events[0].text, QStringLiteral("y"));
}

void TestImportNotes::spans() {
    ImportOptions options;
    options.reference = utc("2026-03-02T10:00:00Z");
    const ImportResult result = importNotes("23:50-00:10 across midnight\n"
                                            "2026-03-04 09:25+01:00-09:50 offset span\n"
                                            // found by fuzz_notes: an offset start with a
                                            // zone-less end gave an end before the start
                                            "2026-03-04 09:25-15-09:25 odd offset\n",
                                            options);
    QCOMPARE(result.events.size(), 3);
    QCOMPARE(result.events[0].end, utc("2026-03-03T00:10:00Z"));
    QCOMPARE(result.events[1].time, utc("2026-03-04T08:25:00Z"));
    QCOMPARE(result.events[1].end, utc("2026-03-04T08:50:00Z"));
    for (const ImportedEvent& event : result.events)
        QVERIFY(!event.end.isValid() || event.end >= event.time);
}

void TestImportNotes::cancels() {
    QByteArray data;
    for (int i = 0; i < 4000; ++i)
        data += "2026-03-02 10:00 note " + QByteArray::number(i) + '\n';
    ImportOptions options;
    int calls = 0;
    options.progress = [&calls](int) {
        return ++calls < 3;
    };
    const ImportResult result = importNotes(data, options);
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 3);
}

QTEST_GUILESS_MAIN(TestImportNotes)
#include "test_import_notes.moc"
