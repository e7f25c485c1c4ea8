// The HTML and Markdown writers on hand-built reports: what user text can do to the markup,
// tables, nested lists, anchors and the contents, the inline diagram.
#include "FishboneTestSupport.h"

#include "report/ReportText.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace causeway;

namespace {

// Markup in every language the writers produce: HTML tags and entities, Markdown headings,
// emphasis, table borders, lists.
const QString kHostile = QStringLiteral("<b>x</b> & | # *y* _z_ [l](u) &amp; `c`");

std::shared_ptr<const FishboneLayout> fishboneOf(const QString& problem) {
    Fishbone fishbone;
    fishbone.problem = problem;
    FishboneBone technology;
    technology.category = QStringLiteral("Technology & <Tools>");
    FishboneCause pool{QStringLiteral("c1"),
                       QStringLiteral("Pool size fell back to 10 | <nobody>"),
                       QStringLiteral("root_cause"),
                       {}};
    pool.children.append({QStringLiteral("c2"),
                          QStringLiteral("Setting renamed # in a release"),
                          QStringLiteral("contributing_factor"),
                          {}});
    technology.causes.append(pool);
    FishboneBone detection;
    detection.category = QStringLiteral("Detection");
    detection.causes.append({QStringLiteral("c3"),
                             QStringLiteral("Alert went to a quiet channel"),
                             QStringLiteral("contributing_factor"),
                             {}});
    fishbone.bones = {technology, detection};
    return std::make_shared<const FishboneLayout>(layoutFishbone(fishbone, test::FixedMeasure()));
}

// A report with one block of every type, each carrying kHostile.
Report hostileReport() {
    Report r;
    r.title = QStringLiteral("Checkout outage ") + kHostile;
    r.documentId = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
    r.profile = QStringLiteral("full");
    r.marking = QStringLiteral("Internal ") + kHostile;
    r.generatedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 12), QTimeZone::utc());
    r.contentSha256 = QString(64, u'a');
    r.language = QStringLiteral("de");
    r.cover = {{QStringLiteral("Severity"), QStringLiteral("SEV2")},
               {QStringLiteral("Cover ") + kHostile, kHostile}};
    ReportBlock contents;
    contents.type = ReportBlock::Type::Contents;
    r.blocks.append(contents);
    r.heading(1, QStringLiteral("Summary ") + kHostile, QStringLiteral("summary"));
    r.paragraph(kHostile + QStringLiteral("\n# not a heading\n- not a list\n1. not a number\n\n") +
                kHostile);
    r.note(QStringLiteral("Note ") + kHostile);
    r.heading(2, QStringLiteral("Details"), QStringLiteral("details"));
    r.fieldList({{QStringLiteral("Label ") + kHostile, kHostile + QStringLiteral("\n# second")}});
    r.heading(3, QStringLiteral("Deep heading"), QString());
    ReportTable table;
    table.headers = {QStringLiteral("Time"), QStringLiteral("What | where"), QStringLiteral("Who")};
    table.rows = {{QStringLiteral("09:12"), kHostile, QStringLiteral("on-call")},
                  {QStringLiteral("09:13"), QStringLiteral("two\nlines | here")}, // short row
                  {QStringLiteral("09:14"), QStringLiteral("# hash"), QStringLiteral("- dash")}};
    table.columnWeights = {1, 4, 1};
    r.tableBlock(table);
    r.heading(1, QStringLiteral("Causes"), QStringLiteral("causes"));
    r.list({{0, QStringLiteral("Top ") + kHostile, QStringLiteral("root cause ") + kHostile},
            {1, QStringLiteral("Why one"), QString()},
            {2, QStringLiteral("- Why two"), QStringLiteral("evidence: e1")},
            {0, QStringLiteral("Second top"), QString()},
            {3, QStringLiteral("Jumped three levels"), QString()}});
    ReportBlock fishbone;
    fishbone.type = ReportBlock::Type::Fishbone;
    fishbone.fishbone = fishboneOf(QStringLiteral("Checkout failed & <40> minutes"));
    r.blocks.append(fishbone);
    r.pageBreak();
    // Two headings with the same anchor and one without: ids must still be unique.
    r.heading(1, QStringLiteral("Actions"), QStringLiteral("actions"));
    r.heading(2, QStringLiteral("Actions again"), QStringLiteral("actions"));
    r.heading(1, QStringLiteral("Anhänge & <Beweise>"), QString());
    return r;
}

QStringList matches(const QString& text, const QString& pattern) {
    QStringList out;
    const QRegularExpression re(pattern);
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

// Cells of a GitHub table row: the '|' that are not escaped split it.
int markdownCells(const QString& line) {
    int bars = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (line.at(i) == u'|')
            ++bars;
    }
    return bars - 1;
}

} // namespace

class TestReportText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void htmlIsSelfContained();
    void htmlEscapesEveryBlock();
    void htmlAnchorsAreUniqueAndLinked();
    void htmlListsAndTablesAreWellFormed();
    void markdownEscapesEveryBlock();
    void markdownTablesHaveAllCells();
    void markdownListsNestByDepth();
    void markdownFishboneIsAnOutline();
    void markdownAnchorsAreUniqueAndLinked();
    void emptyReportStillRenders();
};

void TestReportText::htmlIsSelfContained() {
    const QString html = QString::fromUtf8(reportHtml(hostileReport()));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"de\">")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("<title>Checkout outage &lt;b&gt;")));
    QVERIFY(html.contains(QStringLiteral("@page")));
    QVERIFY(html.contains(QStringLiteral("thead { display: table-header-group; }")));
    QVERIFY(html.contains(QStringLiteral("\"DejaVu Sans\", sans-serif")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
    // Every reference stays in the file.
    const QStringList refs =
        matches(html, QStringLiteral("(?:src|href|xlink:href)\\s*=\\s*\"([^\"]*)\""));
    QVERIFY(!refs.isEmpty());
    for (const QString& ref : refs)
        QVERIFY2(ref.startsWith(u'#'), qPrintable(ref));
    // The diagram is inline SVG, without an XML declaration in the middle of the file.
    QCOMPARE(html.count(QStringLiteral("<svg")), 1);
    QVERIFY(html.contains(QStringLiteral("</svg>")));
    QVERIFY(!html.contains(QStringLiteral("<?xml")));
    QVERIFY(html.indexOf(QStringLiteral("<svg")) > html.indexOf(QStringLiteral("<main>")));
    // Header, cover and footer.
    QVERIFY(html.contains(QStringLiteral("<span class=\"marking\">Internal &lt;b&gt;")));
    QVERIFY(html.contains(QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001")));
    QVERIFY(html.contains(QString(64, u'a')));
    QVERIFY(html.contains(QStringLiteral("2026-03-14 09:12 UTC")));
    QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
}

void TestReportText::htmlEscapesEveryBlock() {
    const QString html = QString::fromUtf8(reportHtml(hostileReport()));
    // No user text became markup.
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(!html.contains(QStringLiteral("<Tools>")));
    QVERIFY(!html.contains(QStringLiteral("<nobody>")));
    QVERIFY(!html.contains(QStringLiteral("<Beweise>")));
    QVERIFY(!html.contains(QStringLiteral("<40>")));
    QVERIFY(!html.contains(QStringLiteral("& |")));
    const QString escaped = QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; | # *y* _z_ [l](u) "
                                           "&amp;amp; `c`");
    // Title (<title>, header line, <h1>), marking, cover label and value, heading and its
    // contents entry, paragraph twice, note, field label and value, table cell, list text and
    // note.
    QCOMPARE(html.count(escaped), 16);
    // The diagram's texts are escaped as XML.
    QVERIFY(html.contains(QStringLiteral("Technology &amp; &lt;Tools&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;nobody&gt;")));
    QVERIFY(html.contains(QStringLiteral("Anhänge &amp; &lt;Beweise&gt;")));
    // A line break in a paragraph is kept, a blank line starts a new one.
    QVERIFY(html.contains(QStringLiteral("<br>\n# not a heading<br>\n- not a list")));
    QVERIFY(html.contains(QStringLiteral("1. not a number</p>\n<p>&lt;b&gt;")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"note\">Note &lt;b&gt;")));
}

void TestReportText::htmlAnchorsAreUniqueAndLinked() {
    const QString html = QString::fromUtf8(reportHtml(hostileReport()));
    const QStringList ids = matches(html, QStringLiteral(" id=\"([^\"]*)\""));
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QVERIFY(ids.contains(QStringLiteral("summary")));
    QVERIFY(ids.contains(QStringLiteral("actions")));
    QVERIFY(ids.contains(QStringLiteral("actions-2")));
    for (const QString& id : ids)
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_-]*$")).match(id).hasMatch(),
                 qPrintable(id));
    // The contents links every level-1 and level-2 heading, in order, and only those.
    const qsizetype navStart = html.indexOf(QStringLiteral("<nav class=\"contents\">"));
    const qsizetype navEnd = html.indexOf(QStringLiteral("</nav>"));
    QVERIFY(navStart >= 0 && navEnd > navStart);
    const QString nav = html.mid(navStart, navEnd - navStart);
    const QStringList links = matches(nav, QStringLiteral("href=\"#([^\"]*)\""));
    QCOMPARE(links.size(), 6);
    QCOMPARE(links.at(0), QStringLiteral("summary"));
    QCOMPARE(links.at(1), QStringLiteral("details"));
    QCOMPARE(links.at(2), QStringLiteral("causes"));
    for (const QString& link : links)
        QVERIFY2(ids.contains(link), qPrintable(link));
    QVERIFY(!nav.contains(QStringLiteral("Deep heading")));
    QVERIFY(nav.contains(QStringLiteral("<a href=\"#anhange-beweise\">Anhänge &amp; "
                                        "&lt;Beweise&gt;</a>")));
    // The diagram's ids cannot take a heading's.
    QVERIFY(html.contains(QStringLiteral("<g id=\"fishbone-cause-c1\">")));
    // Headings are h2–h4 under the document's single h1.
    QCOMPARE(html.count(QStringLiteral("<h1")), 1);
    QVERIFY(html.contains(QStringLiteral("<h2 id=\"summary\">")));
    QVERIFY(html.contains(QStringLiteral("<h3 id=\"details\">")));
    QVERIFY(html.contains(QStringLiteral("<h4 id=\"deep-heading\">")));
}

void TestReportText::htmlListsAndTablesAreWellFormed() {
    const QString html = QString::fromUtf8(reportHtml(hostileReport()));
    QCOMPARE(html.count(QStringLiteral("<ul")), html.count(QStringLiteral("</ul>")));
    QCOMPARE(html.count(QStringLiteral("<li>")), html.count(QStringLiteral("</li>")));
    QCOMPARE(html.count(QStringLiteral("<table")), html.count(QStringLiteral("</table>")));
    // The outline nests: Top > Why one > Why two; the jump of three levels becomes one.
    QVERIFY(html.contains(QStringLiteral("<li>Why one\n<ul>\n<li>- Why two")));
    QVERIFY(html.contains(QStringLiteral("<li>Second top\n<ul>\n<li>Jumped three levels</li>\n"
                                         "</ul></li>\n</ul>")));
    QVERIFY(html.contains(QStringLiteral("<span class=\"item-note\">evidence: e1</span>")));
    // The table repeats its header, has its weights and a cell for every header.
    QVERIFY(html.contains(QStringLiteral("<thead><tr><th scope=\"col\">Time</th><th "
                                         "scope=\"col\">What | where</th>")));
    QVERIFY(html.contains(QStringLiteral("<col style=\"width: 66.7%\">")));
    QVERIFY(html.contains(QStringLiteral("<tr><td>09:13</td><td>two<br>\nlines | here</td><td>"
                                         "</td></tr>")));
}

void TestReportText::markdownEscapesEveryBlock() {
    const QString md = QString::fromUtf8(reportMarkdown(hostileReport()));
    const QString escaped =
        QStringLiteral("\\<b>x\\</b> & \\| \\# \\*y\\* \\_z\\_ \\[l\\](u) \\&amp; \\`c\\`");
    // Title, marking, cover label and value, heading and its contents entry, paragraph twice,
    // note, field label and value, table cell, list text and note.
    QCOMPARE(md.count(escaped), 14);
    // Every '<' of user text is escaped; the writer's own tags are anchors and <br> in cells.
    QCOMPARE(md.count(QRegularExpression(QStringLiteral("(?<!\\\\)<(?!a id=\"|/a>|br>)"))), 0);
    const QStringList lines = md.split(u'\n');
    // Only the writer's own headings start a line with '#'.
    QStringList headingLines;
    for (const QString& line : lines) {
        if (line.startsWith(u'#'))
            headingLines.append(line);
    }
    QCOMPARE(headingLines.size(), 9); // title, contents, 7 headings
    QCOMPARE(headingLines.at(0), QStringLiteral("# Checkout outage ") + escaped);
    QVERIFY(lines.contains(QStringLiteral("\\# not a heading\\")));
    QVERIFY(lines.contains(QStringLiteral("\\- not a list\\")));
    QVERIFY(lines.contains(QStringLiteral("1\\. not a number")));
    QVERIFY(lines.contains(QStringLiteral("\\# second")));
    QVERIFY(lines.contains(QStringLiteral("*Note ") + escaped + u'*'));
    QVERIFY(lines.contains(QStringLiteral("**Label ") + escaped + QStringLiteral(":** ") + escaped +
                           u'\\'));
    QVERIFY(lines.contains(QStringLiteral("**Internal ") + escaped + QStringLiteral("**")));
    // No line is indented into a code block outside a list, no line ends in spaces.
    for (const QString& line : lines) {
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
        if (line.startsWith(QStringLiteral("    ")))
            QVERIFY2(line.trimmed().startsWith(u'-') || line.trimmed().startsWith(u'*'),
                     qPrintable(line));
    }
    // The footer, after a thematic break that follows a blank line.
    QVERIFY(md.contains(QStringLiteral("\n\n---\n\nDocument ID: ")));
    QVERIFY(md.contains(QStringLiteral("Generated: 2026-03-14 09:12 UTC")));
    QVERIFY(md.endsWith(QStringLiteral("\n")));
}

void TestReportText::markdownTablesHaveAllCells() {
    const QString md = QString::fromUtf8(reportMarkdown(hostileReport()));
    const QStringList lines = md.split(u'\n');
    const qsizetype header = lines.indexOf(QStringLiteral("| Time | What \\| where | Who |"));
    QVERIFY(header >= 0);
    QCOMPARE(lines.at(header + 1), QStringLiteral("| --- | --- | --- |"));
    int rows = 0;
    for (qsizetype i = header; i < lines.size() && lines.at(i).startsWith(u'|'); ++i) {
        QCOMPARE(markdownCells(lines.at(i)), 3);
        ++rows;
    }
    QCOMPARE(rows, 5); // header, rule, three rows
    QVERIFY(md.contains(QStringLiteral("| 09:13 | two<br>lines \\| here | |")));
    QVERIFY(md.contains(QStringLiteral("| 09:14 | \\# hash | - dash |")));
    // A blank line separates the table from what comes before and after.
    QVERIFY(lines.at(header - 1).isEmpty());
    QVERIFY(lines.at(header + 5).isEmpty());
}

void TestReportText::markdownListsNestByDepth() {
    const QString md = QString::fromUtf8(reportMarkdown(hostileReport()));
    QVERIFY(md.contains(QStringLiteral("- Top ")));
    QVERIFY(md.contains(QStringLiteral("\\\n  *root cause ")));
    QVERIFY(md.contains(QStringLiteral("\n  - Why one\n    - \\- Why two\\\n      *evidence: "
                                       "e1*\n- Second top\n  - Jumped three levels\n")));
}

void TestReportText::markdownFishboneIsAnOutline() {
    const QString md = QString::fromUtf8(reportMarkdown(hostileReport()));
    QVERIFY(md.contains(QStringLiteral("**Problem:** Checkout failed & \\<40> minutes")));
    QVERIFY(md.contains(QStringLiteral("- **Technology & \\<Tools>**\n"
                                       "  - Pool size fell back to 10 \\| \\<nobody> (")));
    QVERIFY(md.contains(QStringLiteral("\n    - Setting renamed \\# in a release (")));
    QVERIFY(md.contains(QStringLiteral("- **Detection**\n  - Alert went to a quiet channel (")));
}

void TestReportText::markdownAnchorsAreUniqueAndLinked() {
    const QString md = QString::fromUtf8(reportMarkdown(hostileReport()));
    const QStringList ids = matches(md, QStringLiteral("<a id=\"([^\"]*)\"></a>"));
    QCOMPARE(ids.size(), 7);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QVERIFY(md.contains(QStringLiteral("\n## <a id=\"summary\"></a>Summary ")));
    QVERIFY(md.contains(QStringLiteral("\n#### <a id=\"deep-heading\"></a>Deep heading\n")));
    const QStringList links = matches(md, QStringLiteral("\\]\\(#([^)]*)\\)"));
    QCOMPARE(links.size(), 6);
    for (const QString& link : links)
        QVERIFY2(ids.contains(link), qPrintable(link));
    QVERIFY(md.contains(QStringLiteral("\n- [Summary ")));
    QVERIFY(md.contains(QStringLiteral("\n  - [Details](#details)\n")));
    QVERIFY(md.contains(QStringLiteral("\n  - [Actions again](#actions-2)\n")));
}

void TestReportText::emptyReportStillRenders() {
    Report r;
    r.title = QStringLiteral("Empty");
    const QString html = QString::fromUtf8(reportHtml(r));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
    QVERIFY(html.contains(QStringLiteral("<h1>Empty</h1>")));
    QVERIFY(!html.contains(QStringLiteral("<svg")));
    const QString md = QString::fromUtf8(reportMarkdown(r));
    QCOMPARE(md, QStringLiteral("# Empty\n"));
}

QTEST_MAIN(TestReportText)
#include "test_report_text.moc"
