// The PDF/A-1b report: validated by an independent validator (Apache PDFBox preflight), its
// text really there (pdftotext), every font embedded (pdffonts), the paper size right
// (pdfinfo), tables that repeat their header on every page, a contents page whose numbers
// are right, and a cancel that leaves nothing behind.
#include "PdfTools.h"
#include "TestSupport.h"

#include "causes/FishboneExport.h"
#include "causes/FishbonePainter.h"
#include "model/SamplePostmortem.h"
#include "model/Template.h"
#include "report/ReportFonts.h"
#include "report/ReportPdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace causeway;

// A check in a helper function stops the test function too.
#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

// A poppler tool's merged output, through the shared runner (PdfTools.h).
struct PopplerRun {
    bool started = false;
    int exitCode = -1;
    QString output; // stdout and stderr
};

PopplerRun poppler(const QString& program, const QStringList& arguments) {
    const test::ToolRun run = test::runTool(program, arguments, QStringLiteral("poppler-utils"));
    return {run.started, run.exitCode, QString::fromUtf8(run.out)};
}

// A report skeleton with everything the cover and every page show.
Report baseReport(const QString& title) {
    Report r;
    r.title = title;
    r.documentId = QStringLiteral("pm-0f3a9c2e-report-test");
    r.profile = QStringLiteral("full");
    r.marking = QStringLiteral("INTERNAL — handle per policy");
    r.generatedAt = QDateTime(QDate(2026, 3, 14), QTime(8, 12), QTimeZone::utc());
    r.contentSha256 =
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    r.cover = {{QStringLiteral("Severity"), QStringLiteral("SEV-2")},
               {QStringLiteral("Status"), QStringLiteral("In review")},
               {QStringLiteral("Incident start"), QStringLiteral("2026-03-10 13:41 UTC")},
               {QStringLiteral("Report version"), QStringLiteral("Full")}};
    ReportBlock contents;
    contents.type = ReportBlock::Type::Contents;
    contents.text = QStringLiteral("Contents");
    r.blocks.append(contents);
    r.pageBreak();
    return r;
}

Report minimalReport() {
    Report r = baseReport(QStringLiteral("Checkout latency spike"));
    r.heading(1, QStringLiteral("Summary"), QStringLiteral("summary"));
    r.paragraph(QStringLiteral("Checkout requests slowed down for forty minutes after a "
                               "configuration rollout."));
    r.heading(1, QStringLiteral("Actions"), QStringLiteral("actions"));
    r.note(QStringLiteral("No actions."));
    return r;
}

QString sectionTitle(int i) {
    return QStringLiteral("Section %1 Overview").arg(i, 2, 10, QLatin1Char('0'));
}
QString subsectionTitle(int i) {
    return QStringLiteral("Detail %1 Findings").arg(i, 2, 10, QLatin1Char('0'));
}
QString rowCell(int row) {
    return QStringLiteral("Event row%1 happened").arg(row, 3, 10, QLatin1Char('0'));
}

// Many headings, lists, fields and a 300-row table that spans several pages.
Report largeReport() {
    Report r = baseReport(QStringLiteral("Payments outage after pool resize"));
    const QString filler = QStringLiteral(
        "The connection pool fell back to its library default when a setting was renamed, "
        "and the retry storm that followed kept it saturated until the rollback finished. ");
    for (int i = 1; i <= 14; ++i) {
        r.heading(1, sectionTitle(i), QStringLiteral("s%1").arg(i));
        r.paragraph(filler.repeated(1 + i % 4) + QStringLiteral("\n\nA second paragraph."));
        r.fieldList({{QStringLiteral("Owner"), QStringLiteral("Payments platform")},
                     {QStringLiteral("Checksum"),
                      QStringLiteral("sha256:") + QStringLiteral("0123456789abcdef").repeated(4)}});
        r.heading(2, subsectionTitle(i), QStringLiteral("d%1").arg(i));
        r.list({{0, QStringLiteral("Why did checkout fail?"), QStringLiteral("root cause")},
                {1, QStringLiteral("Because the pool was exhausted"), QString()},
                {2, QStringLiteral("Because the setting was renamed"),
                 QStringLiteral("evidence: deploy log")},
                {0, QStringLiteral("Why was it not detected sooner?"), QString()}});
        r.heading(3, QStringLiteral("Notes"), QString());
        r.note(QStringLiteral("Left out of this report: internal ticket references."));
        if (i == 5) {
            ReportTable table;
            table.headers = {QStringLiteral("Observed at"), QStringLiteral("Event description"),
                             QStringLiteral("Source system")};
            table.columnWeights = {2, 5, 2};
            for (int row = 1; row <= 300; ++row) {
                table.rows.append(
                    {QStringLiteral("2026-03-10 13:%1 UTC").arg(row % 60, 2, 10, QLatin1Char('0')),
                     rowCell(row) + (row % 7 == 0 ? QStringLiteral(" with a longer text that "
                                                                   "wraps onto a second line "
                                                                   "in its cell")
                                                  : QString()),
                     QStringLiteral("pager")});
            }
            r.tableBlock(table);
        }
    }
    return r;
}

Report nonAsciiReport() {
    Report r = baseReport(QStringLiteral("Ошибка оплаты — Σφάλμα πληρωμής"));
    r.heading(1, QStringLiteral("Résumé"), QStringLiteral("summary"));
    r.paragraph(QStringLiteral("Καλημέρα κόσμε. Съешь же ещё этих мягких французских булок. "
                               "Crème brûlée à la façon de Zoë. Happy 😀 ending."));
    ReportTable table;
    table.headers = {QStringLiteral("Λέξη"), QStringLiteral("Слово")};
    table.rows = {{QStringLiteral("πληρωμή"), QStringLiteral("платёж")}};
    r.tableBlock(table);
    return r;
}

struct SampleFishbone {
    std::shared_ptr<const FishboneLayout> layout;
    QString problemWord;
};

// The sample postmortem's fishbone, laid out as the report builder does.
SampleFishbone sampleFishbone() {
    auto store = test::newStore();
    if (!store)
        return {};
    const auto id = insertSamplePostmortem(*store, test::builtinTemplates());
    if (!id)
        return {};
    const auto pm = store->loadPostmortem(id.value());
    if (!pm)
        return {};
    ReportFonts::ensureLoaded();
    const Template* tmpl = test::builtinTemplates().find(pm->templateId());
    auto layout = std::make_shared<FishboneLayout>(
        fishboneLayoutOf(pm.value(), tmpl, FishboneStyle::standard()));
    SampleFishbone out;
    out.layout = layout;
    if (layout->head >= 0 && !layout->labels.at(layout->head).lines.isEmpty())
        out.problemWord = layout->labels.at(layout->head).lines.first().section(u' ', 0, 0);
    return out;
}

} // namespace

class TestReportPdf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void minimalReportIsValidPdfA();
    void largeReportPaginates();
    void headingsKeepWithTheirText();
    void rowTallerThanAPageIsSplit();
    void nonAsciiTextAndMissingCharacters();
    void fishboneIsDrawn();
    void paperSizes();
    void cancelLeavesNoFile();

private:
    QString write(const Report& report, const QString& name, QPageSize::PageSizeId paper,
                  PdfOutcome* outcome = nullptr);
    void preflight(const QString& path);
    void checkFontsEmbedded(const QString& path);
    QString text(const QString& path, int firstPage = 0, int lastPage = 0, bool layout = false);
    int pageCount(const QString& path);
    void checkNoHeadingAtFoot(const QStringList& pageTexts, int pages, const QString& headings);
};

void TestReportPdf::initTestCase() {
    QVERIFY2(ReportFonts::ensureLoaded(), "the shipped DejaVu fonts must load from resources");
    for (const char* tool : {"pdftotext", "pdffonts", "pdfinfo"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing: install poppler-utils "
                                            "(scripts/dev.sh installs it)")
                                 .arg(QString::fromLatin1(tool))));
    }
    QStringList missing;
    test::preflightClassPath(&missing);
    if (!missing.isEmpty())
        QFAIL(qPrintable(
            QStringLiteral("PDFBox preflight cannot run, missing: %1. Install the Debian packages "
                           "default-jre-headless libpdfbox2-java libactivation-java "
                           "libjaxb-api-java (scripts/dev.sh installs them).")
                .arg(missing.join(QStringLiteral(", ")))));
}

QString TestReportPdf::write(const Report& report, const QString& name, QPageSize::PageSizeId paper,
                             PdfOutcome* outcome) {
    const QString path = test::tempPath(name);
    const auto result = writeReportPdf(report, path, paper);
    if (!result) {
        qWarning("%s", qPrintable(result.error()));
        return QString();
    }
    if (outcome)
        *outcome = result.value();
    // For looking at the pages: CAUSEWAY_REPORT_PDF_DIR keeps a copy of every file.
    const QString keep = qEnvironmentVariable("CAUSEWAY_REPORT_PDF_DIR");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    return path;
}

void TestReportPdf::preflight(const QString& path) {
    const test::ToolRun run = test::preflight(path);
    QVERIFY2(run.started, qPrintable(run.error));
    QVERIFY2(run.exitCode == 0,
             qPrintable(QStringLiteral("PDF/A-1b preflight failed for %1:\n%2")
                            .arg(QFileInfo(path).fileName(), QString::fromUtf8(run.out))));
}

void TestReportPdf::checkFontsEmbedded(const QString& path) {
    const PopplerRun run = poppler(QStringLiteral("pdffonts"), {path});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.output.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(run.output)); // header, rule, at least one font
    const qsizetype emb = lines.first().indexOf(QStringLiteral("emb"));
    QVERIFY(emb > 0);
    for (const QString& line : lines.mid(2)) {
        QVERIFY2(line.section(u' ', 0, 0).contains(QStringLiteral("DejaVu")), qPrintable(line));
        QVERIFY2(line.mid(emb, 3) == QStringLiteral("yes"), qPrintable(line));
    }
}

QString TestReportPdf::text(const QString& path, int firstPage, int lastPage, bool layout) {
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        args << QStringLiteral("-l") << QString::number(lastPage);
    args << path << QStringLiteral("-");
    const PopplerRun run = poppler(QStringLiteral("pdftotext"), args);
    return run.exitCode == 0 ? run.output : QString();
}

int TestReportPdf::pageCount(const QString& path) {
    const PopplerRun run = poppler(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run.output);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestReportPdf::minimalReportIsValidPdfA() {
    PdfOutcome outcome;
    const QString path =
        write(minimalReport(), QStringLiteral("minimal-a4.pdf"), QPageSize::A4, &outcome);
    QVERIFY(!path.isEmpty());
    CHECK(preflight(path));
    CHECK(checkFontsEmbedded(path));
    QVERIFY(outcome.warnings.isEmpty());
    QCOMPARE(pageCount(path), outcome.pages);
    QCOMPARE(outcome.pages, 3); // cover, contents, body
    const QString all = text(path);
    QVERIFY(all.contains(QStringLiteral("Checkout latency spike")));
    QVERIFY(all.contains(QStringLiteral("forty minutes")));
    QVERIFY(all.contains(QStringLiteral("No actions.")));
    // No ligatures: "fi" stays two letters in the text, so searches find it.
    QVERIFY(all.contains(QStringLiteral("Confidentiality")));
    QVERIFY(all.contains(QStringLiteral("Page 3 of 3")));
    QVERIFY(all.contains(QStringLiteral("pm-0f3a9c2e-report-test")));
    QVERIFY(all.contains(QStringLiteral("INTERNAL — handle per policy")));
    QVERIFY(all.contains(QStringLiteral("2026-03-14 08:12 UTC")));
    // The hash is wrapped on the cover if needed, but all of it is there.
    QVERIFY(all.simplified().remove(u' ').contains(baseReport(QString()).contentSha256));
    // The only metadata is the title (and the creator).
    const PopplerRun info = poppler(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.output.contains(
        QRegularExpression(QStringLiteral("Title:\\s+Checkout latency spike\n"))));
    QVERIFY(info.output.contains(QRegularExpression(QStringLiteral("Creator:\\s+Causeway\n"))));
    QVERIFY(!info.output.contains(QStringLiteral("Author:")));
    QVERIFY(!info.output.contains(QStringLiteral("Subject:")));
}

void TestReportPdf::largeReportPaginates() {
    PdfOutcome outcome;
    const Report report = largeReport();
    const QString path =
        write(report, QStringLiteral("large-letter.pdf"), QPageSize::Letter, &outcome);
    QVERIFY(!path.isEmpty());
    CHECK(preflight(path));
    CHECK(checkFontsEmbedded(path));
    const int pages = pageCount(path);
    QCOMPARE(pages, outcome.pages);
    QVERIFY2(pages >= 12, qPrintable(QString::number(pages)));
    const QString all = text(path);
    QVERIFY(all.contains(QStringLiteral("Page 3 of %1").arg(pages)));
    QVERIFY(all.contains(QStringLiteral("Page %1 of %1").arg(pages)));

    // Every page has its header and footer.
    const QStringList pageTexts = text(path, 0, 0, true).split(u'\f');
    QVERIFY(pageTexts.size() >= pages);
    for (int i = 0; i < pages; ++i) {
        QVERIFY2(pageTexts.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                 qPrintable(QString::number(i + 1)));
        QVERIFY(pageTexts.at(i).contains(QStringLiteral("INTERNAL — handle per policy")));
    }

    CHECK(checkNoHeadingAtFoot(
        pageTexts, pages, QStringLiteral("Section \\d\\d Overview|Detail \\d\\d Findings|Notes")));

    // The table spans pages and repeats its header on each; its last row is late.
    int firstRowPage = -1;
    int lastRowPage = -1;
    for (int i = 0; i < pages; ++i) {
        if (firstRowPage < 0 && pageTexts.at(i).contains(rowCell(1)))
            firstRowPage = i;
        if (pageTexts.at(i).contains(rowCell(300)))
            lastRowPage = i;
    }
    QVERIFY(firstRowPage > 1);
    QVERIFY2(lastRowPage >= firstRowPage + 3,
             qPrintable(QStringLiteral("%1 %2").arg(firstRowPage).arg(lastRowPage)));
    for (int i = firstRowPage; i <= lastRowPage; ++i) {
        QVERIFY2(pageTexts.at(i).contains(QStringLiteral("Event description")) &&
                     pageTexts.at(i).contains(QStringLiteral("Observed at")),
                 qPrintable(QStringLiteral("no table header on page %1").arg(i + 1)));
    }
    // Every row is there once (none lost or doubled at a page break).
    for (int row : {1, 2, 99, 150, 151, 299, 300})
        QCOMPARE(all.count(rowCell(row)), 1);

    // The contents name the page each level-1 and level-2 heading is on.
    static const QRegularExpression entry(
        QStringLiteral("^\\s*((?:Section|Detail) \\d\\d (?:Overview|Findings))\\s+(\\d+)\\s*$"));
    QList<QPair<QString, int>> entries;
    int lastContentsPage = 0; // 1-based
    for (int i = 1; i < pages; ++i) {
        const qsizetype before = entries.size();
        for (const QString& line : pageTexts.at(i).split(u'\n')) {
            const QRegularExpressionMatch m = entry.match(line);
            if (m.hasMatch())
                entries.append({m.captured(1), m.captured(2).toInt()});
        }
        if (entries.size() == before)
            break;
        lastContentsPage = i + 1;
    }
    for (const auto& [heading, target] : std::as_const(entries)) {
        QVERIFY2(target > lastContentsPage && target <= pages, qPrintable(heading));
        QVERIFY2(text(path, target, target).contains(heading),
                 qPrintable(QStringLiteral("%1 is not on page %2").arg(heading).arg(target)));
        // And the number is the first page it is on.
        if (target - 1 > lastContentsPage)
            QVERIFY2(!text(path, target - 1, target - 1).contains(heading), qPrintable(heading));
    }
    const qsizetype found = entries.size();
    QCOMPARE(found, 28);
}

// No heading is left alone at a page foot: the last line above the footer is never one.
void TestReportPdf::checkNoHeadingAtFoot(const QStringList& pageTexts, int pages,
                                         const QString& headings) {
    const QRegularExpression headingLine(QStringLiteral("^\\s*(?:%1)\\s*$").arg(headings));
    QVERIFY(headingLine.isValid());
    QVERIFY(pageTexts.size() >= pages);
    for (int i = 0; i < pages; ++i) {
        QStringList lines = pageTexts.at(i).split(u'\n');
        lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.last().contains(QStringLiteral("Page %1 of").arg(i + 1)),
                 qPrintable(lines.last()));
        const QString lastBodyLine = lines.at(lines.size() - 2);
        QVERIFY2(!headingLine.match(lastBodyLine).hasMatch(),
                 qPrintable(QStringLiteral("heading at the foot of page %1: %2")
                                .arg(i + 1)
                                .arg(lastBodyLine.trimmed())));
    }
}

// Headings after texts of every length from one line to several: some of them would fall
// on the last line of a page if they did not move on with their text.
void TestReportPdf::headingsKeepWithTheirText() {
    Report report = baseReport(QStringLiteral("Headings keep with their text"));
    const QString words = QStringLiteral("Responders followed the runbook step by step. ");
    for (int i = 1; i <= 60; ++i) {
        report.heading(i % 3 == 0 ? 2 : 1,
                       QStringLiteral("Kept heading %1").arg(i, 2, 10, QLatin1Char('0')),
                       QStringLiteral("k%1").arg(i));
        report.paragraph(words.repeated(1 + (i * 7) % 23));
    }
    PdfOutcome outcome;
    const QString path = write(report, QStringLiteral("headings-a4.pdf"), QPageSize::A4, &outcome);
    QVERIFY(!path.isEmpty());
    QVERIFY(outcome.pages > 5);
    const QStringList pageTexts = text(path, 0, 0, true).split(u'\f');
    CHECK(checkNoHeadingAtFoot(pageTexts, outcome.pages, QStringLiteral("Kept heading \\d\\d")));
    // Moving a heading on keeps the contents right: each entry names the heading's page.
    static const QRegularExpression entry(
        QStringLiteral("^\\s*(Kept heading \\d\\d)\\s+(\\d+)\\s*$"));
    int entries = 0;
    for (const QString& line : pageTexts.at(1).split(u'\n')) {
        const QRegularExpressionMatch m = entry.match(line);
        if (!m.hasMatch())
            continue;
        ++entries;
        const int page = m.captured(2).toInt();
        QVERIFY2(page > 2 && page <= outcome.pages, qPrintable(line));
        QVERIFY2(pageTexts.at(page - 1).contains(m.captured(1)), qPrintable(line));
        QVERIFY2(page == 3 || !pageTexts.at(page - 2).contains(m.captured(1)), qPrintable(line));
    }
    QVERIFY2(entries >= 30, qPrintable(QString::number(entries))); // the first contents page
}

// A table row taller than a page is split between its lines, each part under the
// repeated header; no line is lost or printed twice. The rows around it stay whole.
void TestReportPdf::rowTallerThanAPageIsSplit() {
    Report report = baseReport(QStringLiteral("A very tall row"));
    report.heading(1, QStringLiteral("Evidence"), QStringLiteral("evidence"));
    ReportTable table;
    table.headers = {QStringLiteral("Tall header item"), QStringLiteral("Tall header text")};
    table.columnWeights = {1, 3};
    QStringList lines;
    for (int i = 1; i <= 140; ++i)
        lines.append(QStringLiteral("Tall line %1 of the log").arg(i, 3, 10, QLatin1Char('0')));
    table.rows = {{QStringLiteral("Before"), QStringLiteral("Short row before the tall one")},
                  {QStringLiteral("Log"), lines.join(u'\n')},
                  {QStringLiteral("After"), QStringLiteral("Short row after the tall one")}};
    report.tableBlock(table);
    PdfOutcome outcome;
    const QString path = write(report, QStringLiteral("tall-row-a4.pdf"), QPageSize::A4, &outcome);
    QVERIFY(!path.isEmpty());
    CHECK(preflight(path));
    const QString all = text(path);
    for (const QString& line : std::as_const(lines))
        QVERIFY2(all.count(line) == 1, qPrintable(line));
    const QStringList pageTexts = text(path, 0, 0, true).split(u'\f');
    const auto pageOf = [&](const QString& needle) {
        for (int i = 0; i < outcome.pages; ++i) {
            if (pageTexts.at(i).contains(needle))
                return i;
        }
        return -1;
    };
    const int first = pageOf(lines.first());
    const int last = pageOf(lines.last());
    QVERIFY2(first > 1 && last >= first + 1,
             qPrintable(QStringLiteral("%1 %2").arg(first).arg(last)));
    // The tall row starts right under the short one, on the same page: it is not moved on.
    QCOMPARE(pageOf(QStringLiteral("Short row before the tall one")), first);
    QCOMPARE(pageOf(QStringLiteral("Short row after the tall one")), last);
    for (int i = first; i <= last; ++i)
        QVERIFY2(pageTexts.at(i).contains(QStringLiteral("Tall header text")),
                 qPrintable(QStringLiteral("no header on page %1").arg(i + 1)));
}

void TestReportPdf::nonAsciiTextAndMissingCharacters() {
    PdfOutcome outcome;
    const QString path =
        write(nonAsciiReport(), QStringLiteral("non-ascii-a4.pdf"), QPageSize::A4, &outcome);
    QVERIFY(!path.isEmpty());
    CHECK(preflight(path));
    CHECK(checkFontsEmbedded(path));
    const QString all = text(path);
    for (const char* word : {"Καλημέρα", "κόσμε", "Съешь", "французских", "Crème", "brûlée",
                             "façon", "Zoë", "πληρωμή", "платёж", "Ошибка оплаты"})
        QVERIFY2(all.contains(QString::fromUtf8(word)), word);
    QVERIFY(all.contains(QStringLiteral("Happy [U+1F600] ending.")));
    QVERIFY(!all.contains(QString::fromUtf8("😀")));
    QCOMPARE(outcome.warnings.size(), 1);
    QVERIFY2(outcome.warnings.first().contains(QStringLiteral("U+1F600")),
             qPrintable(outcome.warnings.first()));
    QVERIFY(outcome.warnings.first().contains(QStringLiteral("[U+1F600]")));
}

void TestReportPdf::fishboneIsDrawn() {
    const SampleFishbone sample = sampleFishbone();
    QVERIFY(sample.layout);
    QVERIFY(!sample.problemWord.isEmpty());
    Report report = baseReport(QStringLiteral("Sample with a fishbone"));
    report.heading(1, QStringLiteral("Analysis"), QStringLiteral("analysis"));
    report.paragraph(QStringLiteral("The causes of the incident by category."));
    ReportBlock diagram;
    diagram.type = ReportBlock::Type::Fishbone;
    diagram.fishbone = sample.layout;
    report.blocks.append(diagram);
    report.paragraph(QStringLiteral("Text after the diagram."));
    PdfOutcome outcome;
    const QString path = write(report, QStringLiteral("fishbone-a4.pdf"), QPageSize::A4, &outcome);
    QVERIFY(!path.isEmpty());
    CHECK(preflight(path));
    CHECK(checkFontsEmbedded(path));
    const QString all = text(path);
    QVERIFY2(all.contains(sample.problemWord), qPrintable(sample.problemWord));
    for (const FishboneBoneGeometry& bone : sample.layout->bones) {
        const FishboneLabel& label = sample.layout->labels.at(bone.label);
        QVERIFY2(all.contains(label.lines.first()), qPrintable(label.lines.first()));
    }
    QVERIFY(all.contains(QStringLiteral("Text after the diagram.")));
}

void TestReportPdf::paperSizes() {
    const QString a4 = write(minimalReport(), QStringLiteral("paper-a4.pdf"), QPageSize::A4);
    const QString letter =
        write(minimalReport(), QStringLiteral("paper-letter.pdf"), QPageSize::Letter);
    QVERIFY(!a4.isEmpty() && !letter.isEmpty());
    const QString a4Info = poppler(QStringLiteral("pdfinfo"), {a4}).output;
    const QString letterInfo = poppler(QStringLiteral("pdfinfo"), {letter}).output;
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const QRegularExpressionMatch a4Size = size.match(a4Info);
    const QRegularExpressionMatch letterSize = size.match(letterInfo);
    QVERIFY2(a4Size.hasMatch() && letterSize.hasMatch(), qPrintable(a4Info + letterInfo));
    QVERIFY(qAbs(a4Size.captured(1).toDouble() - 595.28) < 1);
    QVERIFY(qAbs(a4Size.captured(2).toDouble() - 841.89) < 1);
    QVERIFY(qAbs(letterSize.captured(1).toDouble() - 612) < 1);
    QVERIFY(qAbs(letterSize.captured(2).toDouble() - 792) < 1);
    CHECK(preflight(letter));
}

void TestReportPdf::cancelLeavesNoFile() {
    const QString dir = test::tempPath(QStringLiteral("cancel"));
    QVERIFY(QDir().mkpath(dir));
    for (int stopAt : {1, 3}) {
        const QString path = QDir(dir).filePath(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        const auto result =
            writeReportPdf(largeReport(), path, QPageSize::A4, [&](int done, int total) {
                ++calls;
                return done < stopAt && done <= total;
            });
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("cancelled"));
        QCOMPARE(calls, stopAt);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(dir).entryList(QDir::Files | QDir::Hidden).join(u' ')));
    }
    // Progress runs to the end when not cancelled: once after layout, once per page.
    const QString path = QDir(dir).filePath(QStringLiteral("complete.pdf"));
    QList<int> done;
    int lastTotal = 0;
    const auto result = writeReportPdf(minimalReport(), path, QPageSize::A4, [&](int d, int t) {
        done.append(d);
        lastTotal = t;
        return true;
    });
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(lastTotal, result->pages + 1);
    QCOMPARE(done.size(), result->pages + 1);
    QCOMPARE(done.last(), lastTotal);
    QVERIFY(QFileInfo::exists(path));
}

QTEST_MAIN(TestReportPdf)
#include "test_report_pdf.moc"
