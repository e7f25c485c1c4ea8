#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject cause(const QString& postmortem, const QString& id, const QString& statement,
                  const QString& category, const QString& parent = QString()) {
    QJsonObject fields{{QStringLiteral("statement"), statement},
                       {QStringLiteral("position"), 1},
                       {QStringLiteral("on_fishbone"), true},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("kind"), QStringLiteral("contributing_factor")}};
    if (!parent.isEmpty())
        fields.insert(QStringLiteral("parent"), parent);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), QStringLiteral("cause")},
            {QStringLiteral("parent"), postmortem},
            {QStringLiteral("fields"), fields}};
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

} // namespace

class TestCliDiagram : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesSvg();
    void writesPng();
    void runsWithoutADisplay();
    void otherCommandsNeedNoGraphics();
    void badInputWritesNothing();
    void helpDescribesTheCommand();

private:
    CliRun cli(const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + args);
    }
    QString m_db;
    QString m_id;
};

void TestCliDiagram::initTestCase() {
    QVERIFY(QFileInfo(qEnvironmentVariable("CAUSEWAY_CLI")).isExecutable());
    m_db = causeway::test::tempPath(QStringLiteral("diagram.db"));
    m_id = newId();
    const QString top = newId();
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("causeway.postmortem")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("postmortem"),
         QJsonObject{{QStringLiteral("id"), m_id},
                     {QStringLiteral("kind"), QStringLiteral("postmortem")},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("title"), QStringLiteral("Checkout outage")},
                                  {QStringLiteral("template"), QStringLiteral("standard")},
                                  {QStringLiteral("status"), QStringLiteral("draft")},
                                  {QStringLiteral("severity"), QStringLiteral("SEV2")},
                                  {QStringLiteral("confidentiality"), QStringLiteral("internal")},
                                  {QStringLiteral("problem_statement"),
                                   QStringLiteral("Checkout failed for 40 minutes")}}}}},
        {QStringLiteral("children"),
         QJsonArray{cause(m_id, top, QStringLiteral("Pool size fell back to 10 & <nobody> knew"),
                          QStringLiteral("Technology")),
                    cause(m_id, newId(), QStringLiteral("Setting renamed in a library release"),
                          QStringLiteral("Technology"), top),
                    cause(m_id, newId(), QStringLiteral("Alert went to a quiet channel"),
                          QStringLiteral("Detection & Monitoring"))}}};
    const QString json = causeway::test::tempPath(QStringLiteral("causes.json"));
    write(json, QJsonDocument(doc).toJson());
    const CliRun imported = cli({QStringLiteral("import-json"), json});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
}

void TestCliDiagram::writesSvg() {
    const QString out = causeway::test::tempPath(QStringLiteral("fishbone.svg"));
    const CliRun r = cli({QStringLiteral("diagram"), m_id.left(8), QStringLiteral("--format"),
                          QStringLiteral("svg"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QStringLiteral("3 causes on 6 bones")));
    const QByteArray svg = readAll(out);
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    QVERIFY(svg.contains("Checkout failed for 40 minutes"));
    QVERIFY(svg.contains("&amp;"));
    QVERIFY(svg.contains("&lt;nobody&gt;"));
    QVERIFY(svg.contains(">Detection &amp; Monitoring<"));
    QVERIFY(!svg.contains(">People<"));
    // The same postmortem draws the same bytes.
    const QString again = causeway::test::tempPath(QStringLiteral("again.svg"));
    QCOMPARE(cli({QStringLiteral("diagram"), m_id, QStringLiteral("-o"), again}).exitCode, 0);
    QCOMPARE(readAll(again), svg);
}

void TestCliDiagram::writesPng() {
    // The format follows the suffix, in any case; --output is -o's long name.
    const QString out = causeway::test::tempPath(QStringLiteral("fishbone.PNG"));
    const CliRun r = cli({QStringLiteral("diagram"), m_id, QStringLiteral("--output"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY(readAll(out).startsWith("\x89PNG"));
    const QImage image(out, "PNG");
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 800);
    QVERIFY(!image.hasAlphaChannel());
}

void TestCliDiagram::runsWithoutADisplay() {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "CAUSEWAY_DB"})
        env.remove(QString::fromLatin1(var));
    p.setProcessEnvironment(env);
    const QString out = causeway::test::tempPath(QStringLiteral("nodisplay.svg"));
    p.start(
        qEnvironmentVariable("CAUSEWAY_CLI"),
        {QStringLiteral("--db"), m_db, QStringLiteral("diagram"), m_id, QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(readAll(out).contains("</svg>"));
}

void TestCliDiagram::otherCommandsNeedNoGraphics() {
    // A platform that cannot load would stop a QGuiApplication; the other commands do not
    // make one.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    env.remove(QStringLiteral("CAUSEWAY_DB"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("CAUSEWAY_CLI"),
            {QStringLiteral("--db"), m_db, QStringLiteral("list")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("Checkout outage"));
}

void TestCliDiagram::badInputWritesNothing() {
    const QString out = causeway::test::tempPath(QStringLiteral("keep.svg"));
    write(out, "the previous diagram");
    const auto fails = [&](const QStringList& args, const QString& message) {
        const CliRun r = cli(QStringList{QStringLiteral("diagram")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QCOMPARE(readAll(out), QByteArray("the previous diagram"));
    };
    fails({m_id, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out},
          QStringLiteral("expected svg or png, not \"pdf\""));
    fails({QStringLiteral("ffffffff"), QStringLiteral("-o"), out}, QStringLiteral("ffffffff"));
    fails({m_id}, QStringLiteral("-o FILE"));
    fails({m_id, QStringLiteral("-o"), causeway::test::tempPath(QStringLiteral("noformat"))},
          QStringLiteral("--format svg or --format png"));
    const QString missing = causeway::test::tempDir() + QStringLiteral("/no/such/dir/x.svg");
    fails({m_id, QStringLiteral("-o"), missing}, QStringLiteral("cannot write"));
    QVERIFY(!QFileInfo::exists(missing));
    fails({m_id, QStringLiteral("-o"), causeway::test::tempDir()}, QStringLiteral("folder"));
    // Reading never creates a database.
    const QString noDb = causeway::test::tempPath(QStringLiteral("none.db"));
    const CliRun r = runCli(
        {QStringLiteral("--db"), noDb, QStringLiteral("diagram"), m_id, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFileInfo::exists(noDb));
}

void TestCliDiagram::helpDescribesTheCommand() {
    const CliRun list = runCli({QStringLiteral("--help")});
    QVERIFY(list.outText().contains(QStringLiteral("diagram")));
    const CliRun help = runCli({QStringLiteral("help"), QStringLiteral("diagram")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QStringLiteral("diagram ID [--format svg|png] -o FILE")));
}

QTEST_MAIN(TestCliDiagram)
#include "test_cli_diagram.moc"
