// `causeway-cli export`: the real binary on the sample postmortem, in all three formats.
#include "CliTestSupport.h"
#include "PdfTools.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kTitle = QStringLiteral("Card payments failing after the payments-api connection "
                                      "pool fell back to a default size");

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

// Output of a poppler tool, or empty when it is not installed.
QString poppler(const QString& tool, const QStringList& args) {
    const causeway::test::ToolRun run =
        causeway::test::runTool(tool, args, QStringLiteral("poppler-utils"));
    return run.started ? QString::fromUtf8(run.out) : QString();
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsPdf();
    void exportsMarkdown();
    void exportsHtml();
    void profileAndOptionsReachTheReport();
    void letterPaper();
    void usageErrorsWriteNothing();
    void unknownPostmortemAndUnwritableFileFail();
    void runsWithoutADisplay();
    void helpDescribesTheCommand();

private:
    CliRun cli(const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + args);
    }
    CliRun exportTo(const QString& format, const QString& path,
                    const QStringList& extra = QStringList()) {
        return cli(QStringList{QStringLiteral("export"), format, m_id, QStringLiteral("-o"), path} +
                   extra);
    }
    QString m_db;
    QString m_id;
};

void TestCliExport::initTestCase() {
    QVERIFY(QFileInfo(qEnvironmentVariable("CAUSEWAY_CLI")).isExecutable());
    m_db = causeway::test::tempPath(QStringLiteral("export.db"));
    const QString sample =
        QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../resources/samples/sample-postmortem.json");
    QVERIFY(QFileInfo::exists(sample));
    const CliRun imported = cli({QStringLiteral("import-json"), sample});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("created ([0-9a-f-]{36})")).match(imported.outText());
    QVERIFY2(m.hasMatch(), qPrintable(imported.outText()));
    m_id = m.captured(1);
}

void TestCliExport::exportsPdf() {
    const QString out = causeway::test::tempPath(QStringLiteral("report.pdf"));
    const CliRun r = exportTo(QStringLiteral("pdf"), out);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^wrote (.+) \\((\\d+) pages, profile full\\)\\n$"))
            .match(r.outText());
    QVERIFY2(m.hasMatch(), qPrintable(r.outText()));
    QCOMPARE(m.captured(1), out);
    const int pages = m.captured(2).toInt();
    QVERIFY(pages > 3);
    const QByteArray pdf = readAll(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // The page count printed is the file's, and the title is there as text.
    const QString info = poppler(QStringLiteral("pdfinfo"), {out});
    if (!info.isEmpty())
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))),
                 qPrintable(info));
    const QString text = poppler(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    if (!text.isEmpty())
        QVERIFY(text.simplified().contains(QStringLiteral("Card payments failing after the")));
}

void TestCliExport::exportsMarkdown() {
    // A prefix of the id is enough, as for every command.
    const QString out = causeway::test::tempPath(QStringLiteral("report.md"));
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("markdown"), m_id.left(8),
                          QStringLiteral("--output"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(r.outText(), QStringLiteral("wrote %1 (profile full)\n").arg(out));
    const QString md = QString::fromUtf8(readAll(out));
    QVERIFY(md.contains(QStringLiteral("\n# ") + kTitle + u'\n'));
    QVERIFY(md.contains(QStringLiteral("](#summary)")));
    QVERIFY(md.contains(QStringLiteral("<a id=\"summary\"></a>")));
    QVERIFY(md.contains(m_id));
    // "md" names the same format.
    const QString shortName = causeway::test::tempPath(QStringLiteral("short.md"));
    QCOMPARE(exportTo(QStringLiteral("md"), shortName).exitCode, 0);
    QVERIFY(readAll(shortName).contains(kTitle.toUtf8()));
}

void TestCliExport::exportsHtml() {
    const QString out = causeway::test::tempPath(QStringLiteral("report.html"));
    const CliRun r = exportTo(QStringLiteral("html"), out);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QString html = QString::fromUtf8(readAll(out));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<title>") + kTitle + QStringLiteral("</title>")));
    QVERIFY(html.contains(QStringLiteral("<svg")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
}

void TestCliExport::profileAndOptionsReachTheReport() {
    const auto html = [&](const QString& name, const QStringList& extra) {
        const QString out = causeway::test::tempPath(name);
        const CliRun r = exportTo(QStringLiteral("html"), out, extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.errText()));
        return QString::fromUtf8(readAll(out));
    };
    const QString full = html(QStringLiteral("full.html"), {});
    const QString external = html(QStringLiteral("external.html"),
                                  {QStringLiteral("--profile"), QStringLiteral("external")});
    // The sample's on-call engineer is named in the full report, by role in the external one.
    QVERIFY(full.contains(QStringLiteral("Jonas Weber")));
    QVERIFY(!external.isEmpty());
    QVERIFY(!external.contains(QStringLiteral("Jonas Weber")));
    const CliRun internal = exportTo(QStringLiteral("markdown"),
                                     causeway::test::tempPath(QStringLiteral("internal.md")),
                                     {QStringLiteral("--profile"), QStringLiteral("internal")});
    QCOMPARE(internal.exitCode, 0);
    QVERIFY(internal.outText().contains(QStringLiteral("profile internal")));
    // The appendix and the whole timeline only come when asked for.
    const QString audit = html(QStringLiteral("audit.html"), {QStringLiteral("--audit-trail")});
    QVERIFY(audit.size() > full.size());
    const QString timeline =
        html(QStringLiteral("timeline.html"), {QStringLiteral("--full-timeline")});
    QVERIFY(timeline.size() > full.size());
}

void TestCliExport::letterPaper() {
    const QString out = causeway::test::tempPath(QStringLiteral("letter.pdf"));
    const CliRun r =
        exportTo(QStringLiteral("pdf"), out, {QStringLiteral("--paper"), QStringLiteral("LETTER")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QString info = poppler(QStringLiteral("pdfinfo"), {out});
    if (info.isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    QVERIFY2(info.contains(QStringLiteral("612 x 792 pts")), qPrintable(info));
}

void TestCliExport::usageErrorsWriteNothing() {
    const QString out = causeway::test::tempPath(QStringLiteral("keep.pdf"));
    write(out, "the previous report");
    // Usage is checked before the database is opened: this one does not exist and is not
    // created.
    const QString noDb = causeway::test::tempPath(QStringLiteral("none.db"));
    const auto fails = [&](const QStringList& args, const QString& message) {
        const CliRun r =
            runCli(QStringList{QStringLiteral("--db"), noDb, QStringLiteral("export")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QCOMPARE(readAll(out), QByteArray("the previous report"));
        QVERIFY(!QFileInfo::exists(noDb));
    };
    const QString o = QStringLiteral("-o");
    fails({QStringLiteral("docx"), m_id, o, out},
          QStringLiteral("expected pdf, markdown or html, not \"docx\""));
    fails({QStringLiteral("pdf"), m_id}, QStringLiteral("-o FILE"));
    fails({QStringLiteral("pdf"), m_id, o, causeway::test::tempDir()}, QStringLiteral("folder"));
    fails({QStringLiteral("pdf"), m_id, o, out, QStringLiteral("--profile"),
           QStringLiteral("public")},
          QStringLiteral("expected full, internal or external, not \"public\""));
    fails({QStringLiteral("pdf"), m_id, o, out, QStringLiteral("--paper"), QStringLiteral("a3")},
          QStringLiteral("expected a4 or letter, not \"a3\""));
    fails({QStringLiteral("pdf"), m_id, o, out, QStringLiteral("--profile"),
           QStringLiteral("external"), QStringLiteral("--audit-trail")},
          QStringLiteral("--audit-trail is only allowed with --profile full"));
    fails({QStringLiteral("html"), m_id, o, out, QStringLiteral("--profile"),
           QStringLiteral("internal"), QStringLiteral("--audit-trail")},
          QStringLiteral("--audit-trail is only allowed with --profile full"));
    fails({QStringLiteral("pdf")}, QStringLiteral("a format (pdf, markdown or html) and an ID"));
    fails({QStringLiteral("pdf"), m_id, o, out, QStringLiteral("--landscape")},
          QStringLiteral("--landscape"));
}

void TestCliExport::unknownPostmortemAndUnwritableFileFail() {
    const QString out = causeway::test::tempPath(QStringLiteral("unknown.pdf"));
    const CliRun unknown = cli({QStringLiteral("export"), QStringLiteral("pdf"),
                                QStringLiteral("ffffffff"), QStringLiteral("-o"), out});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.errText().contains(QStringLiteral("ffffffff")), qPrintable(unknown.errText()));
    QVERIFY(!QFileInfo::exists(out));
    // The file cannot be made: the message names the path and the reason, nothing is left.
    const QString missing = causeway::test::tempDir() + QStringLiteral("/no/such/dir/x.html");
    for (const QString& format :
         {QStringLiteral("html"), QStringLiteral("markdown"), QStringLiteral("pdf")}) {
        const CliRun r = exportTo(format, missing);
        QVERIFY(r.exitCode != 0);
        // The PDF writer names the file alone; the text formats the whole path.
        const QString named =
            format == u"pdf" ? QStringLiteral("x.html") : QDir::toNativeSeparators(missing);
        QVERIFY2(r.errText().contains(named), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QStringLiteral("No such file or directory")),
                 qPrintable(r.errText()));
        QVERIFY(!QFileInfo::exists(missing));
    }
}

void TestCliExport::runsWithoutADisplay() {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "CAUSEWAY_DB"})
        env.remove(QString::fromLatin1(var));
    p.setProcessEnvironment(env);
    const QString out = causeway::test::tempPath(QStringLiteral("nodisplay.pdf"));
    p.start(qEnvironmentVariable("CAUSEWAY_CLI"),
            {QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("pdf"), m_id,
             QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(readAll(out).startsWith("%PDF-"));
}

void TestCliExport::helpDescribesTheCommand() {
    const CliRun list = runCli({QStringLiteral("--help")});
    QVERIFY(list.outText().contains(QStringLiteral("\n  export ")));
    const CliRun help = runCli({QStringLiteral("help"), QStringLiteral("export")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(
        QStringLiteral("export pdf|markdown|html ID -o FILE [--profile full|internal|external] "
                       "[--paper a4|letter] [--full-timeline] [--audit-trail]")));
}

QTEST_MAIN(TestCliExport)
#include "test_cli_export.moc"
