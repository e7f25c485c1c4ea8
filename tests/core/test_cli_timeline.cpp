#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace causeway;

class TestCliTimeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addListAndPhase();
    void importIsIdempotent();
    void badInputWritesNothing();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    QString newPostmortem();
    QString m_db;
};

TestCliTimeline::Run TestCliTimeline::cli(const QStringList& args) {
    const CliRun r = runCli(QStringList{QStringLiteral("--db"), m_db} + args);
    return {r.exitCode, r.outText(), r.errText()};
}

void TestCliTimeline::initTestCase() {
    QVERIFY(QFileInfo(qEnvironmentVariable("CAUSEWAY_CLI")).isExecutable());
}

QString TestCliTimeline::newPostmortem() {
    m_db = test::tempPath(QStringLiteral("timeline.db"));
    const Run created =
        cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T")});
    const QString id = created.out.trimmed();
    // Times of day and relative times count from the incident start, in its zone.
    auto store = test::openStore(m_db);
    ChangeSet set;
    set.fieldChanges.append(
        {id, QStringLiteral("incident_start"), QStringLiteral("2026-03-02T13:00:00.000Z")});
    set.fieldChanges.append({id, QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")});
    (void)store->commit(set);
    return id;
}

void TestCliTimeline::addListAndPhase() {
    const QString id = newPostmortem();
    const Run added =
        cli({QStringLiteral("timeline"), QStringLiteral("add"), id.left(8), QStringLiteral("--at"),
             QStringLiteral("14:05"), QStringLiteral("--text"), QStringLiteral("paged the on-call"),
             QStringLiteral("--kind"), QStringLiteral("escalation")});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("timeline"), QStringLiteral("add"), id, QStringLiteral("--at"),
                  QStringLiteral("+30m"), QStringLiteral("--text"), QStringLiteral("later")})
                 .exitCode,
             0);
    const Run listed =
        cli({QStringLiteral("timeline"), QStringLiteral("list"), id, QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray events = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(events.size(), 2);
    // 14:05 in Berlin (UTC+1 in March) is 13:05 UTC.
    QCOMPARE(events.at(0).toObject().value(u"time").toString(),
             QStringLiteral("2026-03-02T13:05:00.000Z"));
    QCOMPARE(events.at(0).toObject().value(u"kind").toString(), QStringLiteral("escalation"));
    QCOMPARE(events.at(1).toObject().value(u"time").toString(),
             QStringLiteral("2026-03-02T13:30:00.000Z"));

    const Run phase =
        cli({QStringLiteral("timeline"), QStringLiteral("phase"), id, QStringLiteral("detected"),
             QStringLiteral("--at"), QStringLiteral("2026-03-02T13:10:00Z")});
    QCOMPARE(phase.exitCode, 0);
    const Run shown = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
    const QJsonObject fields = QJsonDocument::fromJson(shown.out.toUtf8())
                                   .object()
                                   .value(u"postmortem")
                                   .toObject()
                                   .value(u"fields")
                                   .toObject();
    QCOMPARE(fields.value(u"phase_detected").toString(),
             QStringLiteral("2026-03-02T13:10:00.000Z"));
    // The human list starts with the durations; "start" sets the incident start.
    const Run human = cli({QStringLiteral("timeline"), QStringLiteral("list"), id});
    QVERIFY2(human.out.startsWith(QStringLiteral("Detect 10m \u00b7 Acknowledge -")),
             qPrintable(human.out));
    QCOMPARE(cli({QStringLiteral("timeline"), QStringLiteral("phase"), id, QStringLiteral("start"),
                  QStringLiteral("--at"), QStringLiteral("2026-03-02T13:15:00Z")})
                 .exitCode,
             0);
    const Run warned = cli({QStringLiteral("timeline"), QStringLiteral("list"), id});
    QVERIFY2(warned.out.contains(QStringLiteral("Warning: Detected (2026-03-02 13:10 UTC) is "
                                                "before Incident start")),
             qPrintable(warned.out));
    QVERIFY2(warned.out.contains(QStringLiteral("Warning: 1 event is before Incident start")),
             qPrintable(warned.out));
    const Run shownAgain = cli({QStringLiteral("show"), id});
    QVERIFY2(shownAgain.out.contains(QStringLiteral("Time to detect: \u22125m")),
             qPrintable(shownAgain.out));
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);
}

void TestCliTimeline::importIsIdempotent() {
    const QString id = newPostmortem();
    const QString notes = QDir(qEnvironmentVariable("CAUSEWAY_TEST_DATA"))
                              .filePath(QStringLiteral("import/notes.txt"));
    const Run first = cli({QStringLiteral("timeline"), QStringLiteral("import"), id, notes});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.startsWith(QStringLiteral("added ")), qPrintable(first.out + first.err));
    QVERIFY(!first.out.startsWith(QStringLiteral("added 0,")));
    const Run second = cli({QStringLiteral("timeline"), QStringLiteral("import"), id, notes});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.startsWith(QStringLiteral("added 0, duplicates ")), qPrintable(second.out));
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);
}

void TestCliTimeline::badInputWritesNothing() {
    const QString id = newPostmortem();
    const QByteArray before = test::fileSha256(m_db);
    const QList<QStringList> bad{
        {QStringLiteral("timeline"), QStringLiteral("add"), id, QStringLiteral("--at"),
         QStringLiteral("25:99"), QStringLiteral("--text"), QStringLiteral("x")},
        {QStringLiteral("timeline"), QStringLiteral("add"), id, QStringLiteral("--at"),
         QStringLiteral("14:05"), QStringLiteral("--text"), QStringLiteral("x"),
         QStringLiteral("--kind"), QStringLiteral("blame")},
        {QStringLiteral("timeline"), QStringLiteral("phase"), id, QStringLiteral("lunch"),
         QStringLiteral("--at"), QStringLiteral("14:05")},
        {QStringLiteral("timeline"), QStringLiteral("import"), id, QStringLiteral("/no/such/file")},
        {QStringLiteral("timeline"), QStringLiteral("import"), id, m_db, QStringLiteral("--tz"),
         QStringLiteral("Mars/Olympus")},
        {QStringLiteral("timeline"), QStringLiteral("rewind"), id},
    };
    for (const QStringList& args : bad) {
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.out));
        QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(u' ')));
    }
    QCOMPARE(test::fileSha256(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "test_cli_timeline.moc"
