// Kills a writing process (crash_editor) with SIGKILL at random moments and checks that
// the database survives intact and keeps every edit the writer reported as committed.
#include "TestSupport.h"

#include "model/Fields.h"
#include "store/Store.h"

#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace causeway;

namespace {

// What one killed writer reported before it died.
struct Round {
    QString postmortemId;
    qint64 lastCommitted = -1;
};

Round parseReport(const QByteArray& output) {
    Round round;
    // Only complete lines count: a line cut off by the kill was never fully reported.
    const qsizetype end = output.lastIndexOf('\n');
    const QList<QByteArray> lines = output.left(end + 1).split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("postmortem "))
            round.postmortemId = QString::fromLatin1(line.mid(11));
        else if (line.startsWith("committed "))
            round.lastCommitted = line.mid(10).toLongLong();
    }
    return round;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNoCommittedEdit();
};

void TestCrashSafety::killedWriterLosesNoCommittedEdit() {
    const int rounds = qEnvironmentVariableIsSet("CAUSEWAY_CRASH_ROUNDS")
                           ? qEnvironmentVariableIntValue("CAUSEWAY_CRASH_ROUNDS")
                           : 50;
    const quint32 seed =
        qEnvironmentVariableIsSet("CAUSEWAY_CRASH_SEED")
            ? static_cast<quint32>(qEnvironmentVariableIntValue("CAUSEWAY_CRASH_SEED"))
            : static_cast<quint32>(QDateTime::currentMSecsSinceEpoch());
    qInfo("%d rounds, seed %u (set CAUSEWAY_CRASH_SEED to repeat)", rounds, seed);
    QRandomGenerator random(seed);

    const QString db = test::tempPath(QStringLiteral("crash.db"));
    QList<Round> reports;
    qint64 totalCommits = 0;
    for (int i = 0; i < rounds; ++i) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_EDITOR_PATH), {db});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QTest::qWait(static_cast<int>(random.bounded(20, 301)));
        const bool stillRunning = writer.state() == QProcess::Running;
        writer.kill(); // SIGKILL on Unix: no destructors, no flushes, no clean close
        QVERIFY(writer.waitForFinished(10000));
        QVERIFY2(stillRunning,
                 qPrintable(QStringLiteral("round %1: the writer stopped by itself: %2")
                                .arg(i)
                                .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        const Round round = parseReport(writer.readAllStandardOutput());
        totalCommits += round.lastCommitted + 1;
        if (!round.postmortemId.isEmpty())
            reports.append(round);
    }
    qInfo("%lld commits reported by %lld writers", totalCommits,
          static_cast<long long>(reports.size()));
    QVERIFY2(totalCommits > rounds, "the writers committed too little for a meaningful test");

    auto store = test::openStore(db);
    QVERIFY(store);
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    const VerifyReport verified = store->verify();
    QVERIFY2(verified.ok, qPrintable(verified.problems.join(u'\n')));

    for (const Round& round : reports) {
        const auto pm = store->loadPostmortem(round.postmortemId);
        QVERIFY2(pm, qPrintable(round.postmortemId));
        if (round.lastCommitted < 0)
            continue;
        // Even edits set the summary: the stored one is the last reported or a later one
        // that committed just before the kill.
        const qint64 lastSummary = round.lastCommitted - round.lastCommitted % 2;
        const QString summary = pm->root.text(Field::Summary);
        QVERIFY2(summary.startsWith(QStringLiteral("edit ")), qPrintable(summary));
        QVERIFY2(summary.mid(5).toLongLong() >= lastSummary,
                 qPrintable(summary + QStringLiteral(" < edit %1").arg(lastSummary)));
        QSet<QString> names;
        for (const Record& p : pm->childrenOfKind(Kind::Participant))
            names.insert(p.text(Field::Name));
        for (qint64 n = 1; n <= round.lastCommitted; n += 2)
            QVERIFY2(names.contains(QStringLiteral("participant %1").arg(n)),
                     qPrintable(QStringLiteral("participant %1 of %2 is missing")
                                    .arg(n)
                                    .arg(round.postmortemId)));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
