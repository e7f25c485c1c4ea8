#include "timeline/import/Importer.h"
#include "timeline/import/SlackImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "ImportTestSupport.h"

#include <JlCompress.h>

using namespace causeway::timeline;
using namespace causeway::timeline::testing;

namespace {

QString exportDir() {
    return qEnvironmentVariable("CAUSEWAY_TEST_DATA") + QStringLiteral("/import/slack-export");
}

ImportOptions channel(const char* name) {
    ImportOptions options;
    options.slackChannel = QString::fromLatin1(name);
    return options;
}

// Copies the checked-in export below prefix inside a new temporary folder.
bool copyExport(const QString& to) {
    const QDir from(exportDir());
    const QStringList files = {QStringLiteral("users.json"), QStringLiteral("channels.json"),
                               QStringLiteral("incident-ops/2026-03-02.json"),
                               QStringLiteral("incident-ops/2026-03-03.json"),
                               QStringLiteral("random/2026-03-02.json")};
    for (const QString& file : files) {
        const QString target = to + u'/' + file;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) ||
            !QFile::copy(from.filePath(file), target))
            return false;
    }
    return true;
}

} // namespace

class TestImportSlack : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportFolder();
    void listsChannels();
    void channelFolderAndDayFile();
    void exportZip();
    void refusesWhatIsNotAnExport();
    void malformedDayFiles();
    void cancels();
};

void TestImportSlack::exportFolder() {
    const ImportResult result = importSlack(exportDir(), channel("incident-ops"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.events.size(), 7);
    QCOMPARE(problemLines(result), QList<int>{8});
    QVERIFY2(result.problems[0].reason.startsWith(QStringLiteral("2026-03-03.json: message 2")),
             qPrintable(result.problems[0].reason));

    const ImportedEvent& bot = result.events[0];
    QCOMPARE(bot.actor, QStringLiteral("PagerDuty"));
    QCOMPARE(bot.text, QStringLiteral("[Triggered] checkout-api 5xx rate > 5%"));
    QCOMPARE(bot.time, utc("2026-03-02T23:41:07Z"));
    QCOMPARE(bot.kind, QStringLiteral("communication"));
    QCOMPARE(bot.source, QStringLiteral("chat"));
    QCOMPARE(bot.line, 2); // the join before it is message 1

    QCOMPARE(result.events[1].actor, QStringLiteral("anna.oncall"));
    QCOMPARE(result.events[1].text, QStringLiteral("@here acking, looking at #ops-dashboards"));
    QCOMPARE(result.events[1].time, utc("2026-03-02T23:42:10.123Z"));
    QCOMPARE(result.events[2].actor, QStringLiteral("Ben Okafor")); // no display name
    QCOMPARE(result.events[2].text,
             QStringLiteral("@anna.oncall deploy 4711 went out at 23:30, rolling back?"));
    QCOMPARE(result.events[3].text, QStringLiteral("\u21B3 yes, rolling back now (edited)"));
    QCOMPARE(result.events[4].actor, QStringLiteral("cho")); // only a user name
    QCOMPARE(result.events[4].text,
             QStringLiteral("status page updated: status page & customers informed"));
    // The second day continues the numbering and the timeline.
    QCOMPARE(result.events[5].time, utc("2026-03-03T00:15:00Z"));
    QCOMPARE(result.events[5].line, 7);
    QCOMPARE(result.events[6].line, 10);
}

void TestImportSlack::listsChannels() {
    QCOMPARE(slackChannels(exportDir()),
             (QStringList{QStringLiteral("incident-ops"), QStringLiteral("random")}));
    const ImportResult unchosen = importSlack(exportDir(), ImportOptions{});
    QVERIFY(unchosen.error.contains(QStringLiteral("incident-ops, random")));
    const ImportResult unknown = importSlack(exportDir(), channel("general"));
    QVERIFY(unknown.error.contains(QStringLiteral("\"general\"")));
    QCOMPARE(importSlack(exportDir(), channel("random")).events.size(), 1);
}

void TestImportSlack::channelFolderAndDayFile() {
    // A channel folder needs no channel name; users.json one level up still names people.
    const ImportResult folder =
        importFile(exportDir() + QStringLiteral("/incident-ops"), ImportFormat::Auto, {});
    QVERIFY2(folder.error.isEmpty(), qPrintable(folder.error));
    QCOMPARE(folder.events.size(), 7);
    QCOMPARE(folder.events[2].actor, QStringLiteral("Ben Okafor"));

    const QString day = exportDir() + QStringLiteral("/incident-ops/2026-03-02.json");
    const ImportResult single = importFile(day, ImportFormat::Auto, {});
    QVERIFY2(single.error.isEmpty(), qPrintable(single.error));
    QCOMPARE(single.events.size(), 5);
    QCOMPARE(single.events[2].actor, QStringLiteral("Ben Okafor"));

    // Without users.json, the profile embedded in a message still gives a name.
    QFile file(day);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult bare = importSlackDay(file.readAll(), {});
    QCOMPARE(bare.events.size(), 5);
    QCOMPARE(bare.events[1].actor, QStringLiteral("anna.oncall"));
    QCOMPARE(bare.events[2].actor, QStringLiteral("U02BEN"));
    QCOMPARE(bare.events[2].text,
             QStringLiteral("@U01ANNA deploy 4711 went out at 23:30, rolling back?"));
}

void TestImportSlack::exportZip() {
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    // As Slack writes it, and as some tools repack it: inside one top folder.
    QVERIFY(copyExport(temp.filePath(QStringLiteral("flat"))));
    QVERIFY(copyExport(temp.filePath(QStringLiteral("nested/Acme Slack export"))));
    const QString flatZip = temp.filePath(QStringLiteral("flat.zip"));
    const QString nestedZip = temp.filePath(QStringLiteral("nested.zip"));
    QVERIFY(JlCompress::compressDir(flatZip, temp.filePath(QStringLiteral("flat"))));
    QVERIFY(JlCompress::compressDir(nestedZip, temp.filePath(QStringLiteral("nested"))));

    for (const QString& zip : {flatZip, nestedZip}) {
        QCOMPARE(slackChannels(zip),
                 (QStringList{QStringLiteral("incident-ops"), QStringLiteral("random")}));
        QCOMPARE(detectFormat(zip, QByteArray("PK\x03\x04", 4)), ImportFormat::Slack);
        ImportOptions options = channel("incident-ops");
        const ImportResult result = importFile(zip, ImportFormat::Auto, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.events.size(), 7);
        QCOMPARE(result.events[2].actor, QStringLiteral("Ben Okafor"));
        QCOMPARE(problemLines(result), QList<int>{8});
    }
}

void TestImportSlack::refusesWhatIsNotAnExport() {
    QTemporaryDir temp;
    const QString fake = temp.filePath(QStringLiteral("fake.zip"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not really a zip");
    file.close();
    QVERIFY(!importSlack(fake, {}).error.isEmpty());
    QVERIFY(!importSlack(temp.path(), {}).error.isEmpty()); // an empty folder
    QVERIFY(!importSlack(temp.filePath(QStringLiteral("missing")), {}).error.isEmpty());
}

void TestImportSlack::malformedDayFiles() {
    const ImportResult notJson = importSlackDay("[{\"ts\":", {});
    QCOMPARE(notJson.events.size(), 0);
    QCOMPARE(notJson.problems.size(), 1);
    const ImportResult object = importSlackDay("{\"messages\":[]}", {});
    QCOMPARE(object.problems.size(), 1);
    const ImportResult mixed = importSlackDay(
        R"([1, {"ts":"abc","text":"x"}, {"ts":"1772491267.5","text":""},
            {"ts":"1772491267.5","text":"<@U1|named> <#C1> <!subteam^S1|@sre> <http://x> &lt;b&gt;"}])",
        {});
    QCOMPARE(problemLines(mixed), (QList<int>{1, 2, 3}));
    QCOMPARE(mixed.events.size(), 1);
    QCOMPARE(mixed.events[0].text, QStringLiteral("@named #C1 @sre http://x <b>"));
    QCOMPARE(mixed.events[0].line, 4);
}

void TestImportSlack::cancels() {
    QByteArray day = "[";
    for (int i = 0; i < 2500; ++i)
        day += (i ? "," : "") + QByteArray(R"({"user":"U1","text":"m","ts":"1772491267.)") +
               QByteArray::number(i).rightJustified(6, '0') + "\"}";
    day += "]";
    ImportOptions options;
    options.progress = [](int) {
        return false;
    };
    const ImportResult result = importSlackDay(day, options);
    QVERIFY(result.cancelled);
    QVERIFY(result.events.size() < 1000);
    options.progress = {};
    QCOMPARE(importSlackDay(day, options).events.size(), 2500);
}

QTEST_GUILESS_MAIN(TestImportSlack)
#include "test_import_slack.moc"
