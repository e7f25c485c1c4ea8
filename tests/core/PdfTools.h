#pragma once

// The independent tools report tests check PDFs with: Apache PDFBox preflight (PDF/A-1b),
// poppler (pdftotext, pdffonts, pdfinfo) and qpdf (to read the raw, uncompressed objects).
// scripts/dev.sh installs them; a missing tool fails the test with the package to install.
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace causeway::test {

struct ToolRun {
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QString error; // why it could not run, naming the package
};

inline ToolRun runTool(const QString& program, const QStringList& arguments,
                       const QString& package) {
    ToolRun run;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        run.error = program + QStringLiteral(" is not installed (Debian package ") + package +
                    QStringLiteral("; scripts/dev.sh installs it)");
        return run;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(path, arguments);
    if (!p.waitForStarted(10000) || !p.waitForFinished(180000)) {
        run.error = program + QStringLiteral(" did not run to the end");
        return run;
    }
    run.started = true;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAll();
    return run;
}

// The class path PDFBox preflight runs with. What it lacks (java, jars) is added to missing.
inline QStringList preflightClassPath(QStringList* missing = nullptr) {
    const QStringList jars{
        QStringLiteral("preflight.jar"),       QStringLiteral("pdfbox2.jar"),
        QStringLiteral("fontbox2.jar"),        QStringLiteral("xmpbox.jar"),
        QStringLiteral("commons-logging.jar"), QStringLiteral("javax.activation.jar"),
        QStringLiteral("jaxb-api.jar")};
    if (missing && QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty())
        missing->append(QStringLiteral("java"));
    QStringList classPath;
    for (const QString& jar : jars) {
        const QString path = QStringLiteral("/usr/share/java/") + jar;
        if (missing && !QFile::exists(path))
            missing->append(path);
        classPath.append(path);
    }
    return classPath;
}

// PDFBox preflight's verdict on a PDF/A-1b file: exit code 0 means valid.
inline ToolRun preflight(const QString& pdf) {
    QStringList missing;
    const QStringList classPath = preflightClassPath(&missing);
    if (!missing.isEmpty()) {
        ToolRun run;
        run.error = missing.join(QStringLiteral(", ")) +
                    QStringLiteral(" missing (Debian packages default-jre-headless "
                                   "libpdfbox2-java libactivation-java libjaxb-api-java; "
                                   "scripts/dev.sh installs them)");
        return run;
    }
    return runTool(QStringLiteral("java"),
                   {QStringLiteral("-cp"), classPath.join(u':'),
                    QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdf},
                   QStringLiteral("default-jre-headless"));
}

// The text of the PDF (or of pages first..last), with runs of white space made one space
// so that a phrase wrapped across lines is still found.
inline QString pdfText(const QString& pdf, int first = 0, int last = 0) {
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last > 0 ? last : first);
    args << pdf << QStringLiteral("-");
    const ToolRun run = runTool(QStringLiteral("pdftotext"), args, QStringLiteral("poppler-utils"));
    return QString::fromUtf8(run.out).simplified();
}

inline ToolRun pdfFonts(const QString& pdf) {
    return runTool(QStringLiteral("pdffonts"), {pdf}, QStringLiteral("poppler-utils"));
}

inline int pdfPages(const QString& pdf) {
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), {pdf}, QStringLiteral("poppler-utils"));
    const auto m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(run.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Every byte of the file with its streams uncompressed (qpdf --qdf): metadata, bookmarks,
// annotations and literal strings, as a reader that skips the text layer would see them.
inline QByteArray rawPdf(const QString& pdf, QString* error = nullptr) {
    const QString out = pdf + QStringLiteral(".qdf");
    const ToolRun run =
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, out},
                QStringLiteral("qpdf"));
    if (!run.started) {
        if (error)
            *error = run.error;
        return {};
    }
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("qpdf wrote nothing: ") + QString::fromUtf8(run.out);
        return {};
    }
    return f.readAll();
}

} // namespace causeway::test
