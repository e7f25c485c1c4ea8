#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace causeway;

// `causeway-cli lint`: exit codes (0 clean, 1 findings, 2 usage or unreadable input), the
// places it reports for a postmortem, and the --json shape.
class TestCliLint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanTextExitsZero();
    void findingsInTextFile();
    void jsonShape();
    void germanRules();
    void usageErrors();
    void postmortemById();
    void malformedUserRulesWarn();
};

namespace {

QString writeText(const QString& name, const QString& text) {
    const QString path = test::tempPath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    return path;
}

CliRun lint(const QStringList& args) {
    return runCli(QStringList{QStringLiteral("lint")} + args);
}

} // namespace

void TestCliLint::initTestCase() {
    // The CLI runs without the test mode of QStandardPaths: its data folder is in the
    // sandbox's XDG_DATA_HOME, under the application's names.
    QVERIFY(!qEnvironmentVariableIsEmpty("XDG_DATA_HOME"));
}

void TestCliLint::cleanTextExitsZero() {
    const QString path = writeText(QStringLiteral("clean.txt"),
                                   QStringLiteral("The deploy tool defaulted to production.\n"
                                                  "We rolled back at 14:20."));
    const CliRun r = lint({QStringLiteral("--text-file"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QStringLiteral("No findings.\n"));
}

void TestCliLint::findingsInTextFile() {
    const QString path =
        writeText(QStringLiteral("blame.txt"), QStringLiteral("The deploy went out at 14:00.\n"
                                                              "A careless change broke it.\n"));
    const CliRun r = lint({QStringLiteral("--text-file"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.outText().startsWith(path + QStringLiteral(":2:3: “careless” (blame or judgement)\n")),
        qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QStringLiteral("\n    Try: ")), qPrintable(r.outText()));
    QVERIFY2(r.outText().endsWith(QStringLiteral("1 finding (blame or judgement: 1).\n")),
             qPrintable(r.outText()));
    // Standard input works too.
    const CliRun piped =
        runCli({QStringLiteral("lint"), QStringLiteral("--text-file"), QStringLiteral("-")},
               QByteArray("Obviously the cache was stale."));
    QCOMPARE(piped.exitCode, 1);
    QVERIFY2(piped.outText().startsWith(QStringLiteral("-:1:1: “Obviously” (hindsight)")),
             qPrintable(piped.outText()));
}

void TestCliLint::jsonShape() {
    const QString path = writeText(QStringLiteral("json.txt"),
                                   QStringLiteral("Root cause: human error. Obviously."));
    const CliRun r = lint({QStringLiteral("--text-file"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(doc.value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.keys(),
             (QStringList{QStringLiteral("category"), QStringLiteral("column"),
                          QStringLiteral("length"), QStringLiteral("line"), QStringLiteral("rule"),
                          QStringLiteral("start"), QStringLiteral("suggestion"),
                          QStringLiteral("text"), QStringLiteral("where"), QStringLiteral("why")}));
    QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("human error"));
    QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("blame"));
    QCOMPARE(first.value(QStringLiteral("start")).toInt(), 12);
    QCOMPARE(first.value(QStringLiteral("length")).toInt(), 11);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 13);
    QCOMPARE(first.value(QStringLiteral("where")).toString(), path);
    QCOMPARE(findings.at(1).toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("hindsight"));
    // Clean text gives an empty list, not a missing key.
    const QString clean = writeText(QStringLiteral("clean.json.txt"), QStringLiteral("All good."));
    const CliRun none = lint({QStringLiteral("--text-file"), clean, QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("count")).toInt(), 0);
}

void TestCliLint::germanRules() {
    const QString path =
        writeText(QStringLiteral("de.txt"), QStringLiteral("Ursache war menschliches Versagen."));
    // Detected from the words, and chosen with --lang.
    CliRun r = lint({QStringLiteral("--text-file"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("language")).toString(),
             QStringLiteral("de"));
    r = lint({QStringLiteral("--text-file"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 0);
}

void TestCliLint::usageErrors() {
    const QString path = writeText(QStringLiteral("usage.txt"), QStringLiteral("Fine."));
    CliRun r = lint({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("lint needs either an ID or --text-file FILE")),
             qPrintable(r.errText()));
    r = lint({QStringLiteral("abc"), QStringLiteral("--text-file"), path});
    QCOMPARE(r.exitCode, 2);
    r = lint({QStringLiteral("--text-file"), path, QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.errText().contains(QStringLiteral("--lang: \"fr\" has no rules (available: en, de)")),
        qPrintable(r.errText()));
    r = lint({QStringLiteral("--text-file"), test::tempPath(QStringLiteral("missing.txt"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("cannot read ")), qPrintable(r.errText()));
    const QString db = test::tempPath(QStringLiteral("nodb.db"));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("lint"), QStringLiteral("0123abcd")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliLint::postmortemById() {
    const QString db = test::tempPath(QStringLiteral("lint.db"));
    CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("new"), QStringLiteral("--title"),
                       QStringLiteral("Checkout down")});
    QCOMPARE(r.exitCode, 0);
    const QString id = r.outText().trimmed();
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("lint"), id});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QStringLiteral("No findings.\n"));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("timeline"), QStringLiteral("add"), id,
                QStringLiteral("--at"), QStringLiteral("+5m"), QStringLiteral("--text"),
                QStringLiteral("Cache was stale.\nObviously nobody checked it")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("lint"), id.left(8)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outText().startsWith(QStringLiteral("Timeline ")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QStringLiteral(" UTC:2:1: “Obviously” (hindsight)")),
             qPrintable(r.outText()));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("lint"), id, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject finding = QJsonDocument::fromJson(r.out)
                                    .object()
                                    .value(QStringLiteral("findings"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(finding.value(QStringLiteral("recordKind")).toString(), QStringLiteral("event"));
    QCOMPARE(finding.value(QStringLiteral("field")).toString(), QStringLiteral("description"));
    QCOMPARE(finding.value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(!finding.value(QStringLiteral("recordId")).toString().isEmpty());
}

void TestCliLint::malformedUserRulesWarn() {
    const QString userFile =
        qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Causeway/causeway/coach/en.json");
    QVERIFY(QDir().mkpath(QFileInfo(userFile).absolutePath()));
    {
        QFile file(userFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
    }
    const QString path =
        writeText(QStringLiteral("warn.txt"), QStringLiteral("A careless change."));
    const CliRun r = lint({QStringLiteral("--text-file"), path});
    QFile::remove(userFile);
    QCOMPARE(r.exitCode, 1); // the built-in rules still ran
    QVERIFY2(r.errText().startsWith(QStringLiteral("causeway-cli: warning: Your language rules are "
                                                   "ignored: ")),
             qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(QStringLiteral("is not valid JSON")), qPrintable(r.errText()));
}

QTEST_GUILESS_MAIN(TestCliLint)
#include "test_cli_lint.moc"
