#include "CliTestSupport.h"
#include "TestSupport.h"

#include "timeline/Attachment.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace causeway;

class TestCliAttachments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void attachAndList();
    void badInputWritesNothing();
    void damagedContentBlocksExport();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    // A new database with one postmortem and one event; returns {postmortem, event}.
    QPair<QString, QString> newTimeline();
    QString writeFile(const QString& name, const QByteArray& data);
    QString m_db;
};

TestCliAttachments::Run TestCliAttachments::cli(const QStringList& args) {
    const CliRun r = runCli(QStringList{QStringLiteral("--db"), m_db} + args);
    return {r.exitCode, r.outText(), r.errText()};
}

void TestCliAttachments::initTestCase() {
    QVERIFY(QFileInfo(qEnvironmentVariable("CAUSEWAY_CLI")).isExecutable());
}

QPair<QString, QString> TestCliAttachments::newTimeline() {
    m_db = test::tempPath(QStringLiteral("attachments.db"));
    const QString id =
        cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T")}).out.trimmed();
    const QString event = cli({QStringLiteral("timeline"), QStringLiteral("add"), id,
                               QStringLiteral("--at"), QStringLiteral("2026-03-02T14:05:00Z"),
                               QStringLiteral("--text"), QStringLiteral("error rate alert")})
                              .out.trimmed();
    return {id, event};
}

QString TestCliAttachments::writeFile(const QString& name, const QByteArray& data) {
    const QString path = test::tempPath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

void TestCliAttachments::attachAndList() {
    const auto [id, event] = newTimeline();
    QVERIFY(!event.isEmpty());
    const QByteArray data("14:05:01 ERROR checkout timeout\n14:05:02 ERROR checkout timeout\n");
    const QString file = writeFile(QStringLiteral("checkout.log"), data);

    const Run attached = cli({QStringLiteral("timeline"), QStringLiteral("attach"), id.left(8),
                              file, QStringLiteral("--event"), event.left(8),
                              QStringLiteral("--source"), QStringLiteral("log")});
    QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
    const QStringList printed = attached.out.trimmed().split(u' ');
    QCOMPARE(printed.size(), 2);
    const QString attachmentId = printed.at(0);
    QCOMPARE(printed.at(1), sha256Hex(data));

    const Run listed = cli({QStringLiteral("timeline"), QStringLiteral("attachments"), id});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QFileInfo(file).fileName()), qPrintable(listed.out));
    QVERIFY(listed.out.contains(sha256Hex(data)));
    QVERIFY(listed.out.contains(QStringLiteral("events ") + event));
    QVERIFY(listed.out.contains(QStringLiteral("content ok")));

    const Run json = cli(
        {QStringLiteral("timeline"), QStringLiteral("attachments"), id, QStringLiteral("--json")});
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject a = array.at(0).toObject();
    QCOMPARE(a.value(u"id").toString(), attachmentId);
    QCOMPARE(a.value(u"size").toInt(), data.size());
    QCOMPARE(a.value(u"source").toString(), QStringLiteral("log"));
    QVERIFY(a.value(u"media_type").toString().startsWith(QStringLiteral("text/")));
    QCOMPARE(a.value(u"events").toArray(), QJsonArray{event});
    QCOMPARE(a.value(u"content").toString(), QStringLiteral("present"));

    // The event lists the attachment as evidence, and the export carries its record.
    const Run events =
        cli({QStringLiteral("timeline"), QStringLiteral("list"), id, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8())
                 .array()
                 .at(0)
                 .toObject()
                 .value(u"evidence")
                 .toArray(),
             QJsonArray{attachmentId});
    const Run exported = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains(sha256Hex(data)));
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);
}

void TestCliAttachments::badInputWritesNothing() {
    const auto [id, event] = newTimeline();
    const QString file = writeFile(QStringLiteral("a.txt"), "text\n");
    const QString huge = test::tempPath(QStringLiteral("huge.bin"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxAttachmentBytes + 1));
    }
    const QByteArray before = test::fileSha256(m_db);
    const QList<QStringList> bad{
        {QStringLiteral("timeline"), QStringLiteral("attach"), id, huge},
        {QStringLiteral("timeline"), QStringLiteral("attach"), id, file, QStringLiteral("--source"),
         QStringLiteral("rumour")},
        {QStringLiteral("timeline"), QStringLiteral("attach"), id, file, QStringLiteral("--event"),
         QStringLiteral("ffffffff")},
        {QStringLiteral("timeline"), QStringLiteral("attach"), id,
         test::tempPath(QStringLiteral("missing.png"))},
        {QStringLiteral("timeline"), QStringLiteral("attach"), id},
    };
    for (const QStringList& args : bad) {
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(u' ')));
    }
    QVERIFY(cli(bad.first()).err.contains(QStringLiteral("at most 50")));
    QCOMPARE(test::fileSha256(m_db), before);
}

void TestCliAttachments::damagedContentBlocksExport() {
    const auto [id, event] = newTimeline();
    const QByteArray data("metric,value\nerrors,42\n");
    const QString file = writeFile(QStringLiteral("errors.csv"), data);
    QCOMPARE(cli({QStringLiteral("timeline"), QStringLiteral("attach"), id, file}).exitCode, 0);
    {
        // Damage the stored copy behind Causeway's back.
        auto store = test::openStore(m_db);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM blobs")));
        q.prepare(QStringLiteral("INSERT INTO blobs(sha256, size, data) VALUES (?, ?, ?)"));
        q.addBindValue(sha256Hex(data));
        q.addBindValue(data.size());
        q.addBindValue(QByteArray(data).replace("42", "41"));
        QVERIFY(q.exec());
    }
    const Run exported = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY(exported.out.isEmpty());
    QVERIFY2(exported.err.contains(QFileInfo(file).fileName()), qPrintable(exported.err));
    const Run listed = cli({QStringLiteral("timeline"), QStringLiteral("attachments"), id});
    QVERIFY(listed.out.contains(QStringLiteral("DAMAGED")));
    const Run verified = cli({QStringLiteral("verify")});
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.out.contains(QFileInfo(file).fileName()), qPrintable(verified.out));
}

QTEST_GUILESS_MAIN(TestCliAttachments)
#include "test_cli_attachments.moc"
