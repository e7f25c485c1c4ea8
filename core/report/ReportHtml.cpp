#include "report/ReportText.h"

#include "causes/FishboneExport.h"
#include "causes/FishbonePainter.h"
#include "report/ReportAnchors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace causeway {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ReportText", text);
}

// Readable on screen and on paper. Print engines repeat a <thead> on every page a table
// spans when it is displayed as a header group, and keep a heading with what follows it.
// The A4 page matches the PDF export's default; the margins leave room for a printer's own
// header and footer.
const char* const kStyle = R"css(
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
html { background: #ffffff; color: #1a1a1a; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45;
  max-width: 54em; margin: 0 auto; padding: 1.5em; }
header.running { display: flex; justify-content: space-between; gap: 2em; font-size: 8.5pt;
  color: #4d4d4d; border-bottom: 1px solid #b3b3b3; padding-bottom: .3em; }
.marking { font-weight: bold; text-transform: uppercase; letter-spacing: .04em; }
section.cover { margin: 2.5em 0 2em; }
section.cover h1 { font-size: 20pt; line-height: 1.25; margin: .3em 0 .8em; }
h2 { font-size: 14pt; margin: 1.6em 0 .5em; border-bottom: 1px solid #cccccc; }
h3 { font-size: 12pt; margin: 1.3em 0 .4em; }
h4 { font-size: 10.5pt; margin: 1.1em 0 .3em; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: .45em 0; }
p.note { color: #4d4d4d; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #999999; padding: .25em .45em; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #e6e6e6; }
table.fields th { width: 28%; background: #f2f2f2; font-weight: bold; }
table.fields { font-size: 10pt; }
ul.outline { padding-left: 1.4em; margin: .4em 0; }
ul.outline ul { padding-left: 1.4em; }
ul.outline li { margin: .15em 0; }
.item-note { display: block; color: #4d4d4d; font-size: 9pt; }
nav.contents ul { list-style: none; padding-left: 0; }
nav.contents ul ul { padding-left: 1.5em; }
nav.contents a { color: #1a1a1a; text-decoration: none; }
nav.contents a:hover { text-decoration: underline; }
figure.fishbone { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figure.fishbone svg { max-width: 100%; height: auto; }
figure.fishbone figcaption { font-size: 9pt; color: #4d4d4d; }
.page-break { break-before: page; page-break-before: always; }
footer { margin-top: 3em; border-top: 1px solid #b3b3b3; padding-top: .4em; font-size: 8.5pt;
  color: #4d4d4d; }
footer p { margin: .15em 0; }
.hash { font-family: "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
)css";

// Text for element content and double-quoted attributes. Control characters other than
// tab and line feed have no place in HTML text and are left out.
QString esc(const QString& text) {
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            continue;
        if (c.unicode() == 0x7f)
            continue;
        clean += c;
    }
    return clean.toHtmlEscaped();
}

// Line breaks inside one paragraph of text.
QString escLines(const QString& text) {
    QString out = esc(text.trimmed());
    out.replace(u'\n', QStringLiteral("<br>\n"));
    return out;
}

// Blank lines separate paragraphs.
QStringList paragraphsOf(const QString& text) {
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t\\r]*\\n"));
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList out;
    for (const QString& part : normalized.split(blank)) {
        if (!part.trimmed().isEmpty())
            out.append(part);
    }
    return out;
}

void writeParagraphs(QString& out, const QString& text, const QString& cls = QString()) {
    const QString open =
        cls.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cls);
    for (const QString& para : paragraphsOf(text))
        out += open + escLines(para) + QStringLiteral("</p>\n");
}

// Items with a depth as nested <ul>s. A depth more than one deeper than the item before is
// taken as one deeper, so the nesting is always well formed.
struct NestedItem {
    int depth = 0;
    QString html;
};

void writeNested(QString& out, const QList<NestedItem>& items, const QString& cls) {
    if (items.isEmpty())
        return;
    out += QStringLiteral("<ul class=\"%1\">\n").arg(cls);
    int current = -1;
    for (const NestedItem& item : items) {
        const int depth = qBound(0, item.depth, current + 1);
        if (current < 0) {
            out += QStringLiteral("<li>");
        } else if (depth > current) {
            out += QStringLiteral("\n<ul>\n<li>");
        } else {
            out += QStringLiteral("</li>\n");
            for (; current > depth; --current)
                out += QStringLiteral("</ul></li>\n");
            out += QStringLiteral("<li>");
        }
        current = depth;
        out += item.html;
    }
    out += QStringLiteral("</li>\n");
    for (; current > 0; --current)
        out += QStringLiteral("</ul></li>\n");
    out += QStringLiteral("</ul>\n");
}

void writeFields(QString& out, const ReportFields& fields, const QString& cls) {
    if (fields.isEmpty())
        return;
    out += QStringLiteral("<table class=\"%1\">\n<tbody>\n").arg(cls);
    for (const auto& field : fields) {
        out += QStringLiteral("<tr><th scope=\"row\">") + esc(field.first.simplified()) +
               QStringLiteral("</th><td>") + escLines(field.second) +
               QStringLiteral("</td></tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
}

void writeTable(QString& out, const ReportTable& table) {
    const qsizetype columns = table.headers.size();
    if (columns == 0)
        return;
    out += QStringLiteral("<table class=\"data\">\n");
    if (table.columnWeights.size() == columns) {
        int total = 0;
        for (const int w : table.columnWeights)
            total += qMax(w, 0);
        if (total > 0) {
            out += QStringLiteral("<colgroup>");
            for (const int w : table.columnWeights) {
                out += QStringLiteral("<col style=\"width: %1%\">")
                           .arg(QString::number(100.0 * qMax(w, 0) / total, 'f', 1));
            }
            out += QStringLiteral("</colgroup>\n");
        }
    }
    out += QStringLiteral("<thead><tr>");
    for (const QString& header : table.headers)
        out += QStringLiteral("<th scope=\"col\">") + esc(header.simplified()) +
               QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : table.rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < columns; ++c)
            out += QStringLiteral("<td>") + escLines(row.value(c)) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
}

void writeList(QString& out, const QList<ReportListItem>& items) {
    QList<NestedItem> nested;
    nested.reserve(items.size());
    for (const ReportListItem& item : items) {
        QString html = escLines(item.text);
        if (!item.note.trimmed().isEmpty())
            html += QStringLiteral("<span class=\"item-note\">") + escLines(item.note) +
                    QStringLiteral("</span>");
        nested.append({item.depth, html});
    }
    writeNested(out, nested, QStringLiteral("outline"));
}

// The diagram inline, without the XML declaration that is only allowed at the start of a
// file.
void writeFishbone(QString& out, const ReportBlock& block) {
    if (!block.fishbone)
        return;
    QString svg = QString::fromUtf8(fishboneSvg(*block.fishbone, FishboneStyle::standard()));
    // The diagram's own ids (one per cause) share the document with the heading anchors.
    svg.replace(QStringLiteral(" id=\""), QStringLiteral(" id=\"fishbone-"));
    const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
    if (start < 0)
        return;
    out += QStringLiteral("<figure class=\"fishbone\">\n");
    out += QStringView(svg).mid(start).trimmed();
    out += u'\n';
    if (!block.text.trimmed().isEmpty())
        out += QStringLiteral("<figcaption>") + escLines(block.text) +
               QStringLiteral("</figcaption>\n");
    out += QStringLiteral("</figure>\n");
}

void writeContents(QString& out, const ReportBlock& block,
                   const QList<reporttext::ContentsEntry>& entries) {
    const QString title = block.text.trimmed().isEmpty()
                              ? QCoreApplication::translate("ReportText", "Contents")
                              : block.text;
    out += QStringLiteral("<nav class=\"contents\">\n<h2>") + esc(title.simplified()) +
           QStringLiteral("</h2>\n");
    QList<NestedItem> items;
    for (const reporttext::ContentsEntry& entry : entries) {
        items.append({entry.level - 1,
                      QStringLiteral("<a href=\"#%1\">%2</a>").arg(entry.anchor, esc(entry.text))});
    }
    writeNested(out, items, QStringLiteral("toc"));
    out += QStringLiteral("</nav>\n");
}

} // namespace

QByteArray reportHtml(const Report& report) {
    const QStringList anchors = reporttext::headingAnchors(report);
    const QList<reporttext::ContentsEntry> contents = reporttext::contentsEntries(report, anchors);
    const QString title = report.title.simplified();
    const QString language =
        report.language.trimmed().isEmpty() ? QStringLiteral("en") : report.language.trimmed();

    QString out;
    out.reserve(4096 + report.blocks.size() * 256);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(language) +
           QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n<title>") +
           esc(title) + QStringLiteral("</title>\n<style>") + QString::fromUtf8(kStyle) +
           QStringLiteral("</style>\n</head>\n<body>\n");

    out += QStringLiteral("<header class=\"running\"><span class=\"marking\">") +
           esc(report.marking.simplified()) + QStringLiteral("</span><span class=\"title\">") +
           esc(title) + QStringLiteral("</span></header>\n");

    out +=
        QStringLiteral("<section class=\"cover\">\n<h1>") + esc(title) + QStringLiteral("</h1>\n");
    writeFields(out, report.cover, QStringLiteral("fields cover"));
    out += QStringLiteral("</section>\n<main>\n");

    for (qsizetype i = 0; i < report.blocks.size(); ++i) {
        const ReportBlock& block = report.blocks.at(i);
        switch (block.type) {
        case ReportBlock::Type::Heading: {
            // The document title is the only <h1>; report levels 1–3 are <h2>–<h4>.
            const int level = qBound(1, block.level, 3) + 1;
            out += QStringLiteral("<h%1 id=\"%2\">%3</h%1>\n")
                       .arg(QString::number(level), anchors.at(i), esc(block.text.simplified()));
            break;
        }
        case ReportBlock::Type::Paragraph:
            writeParagraphs(out, block.text);
            break;
        case ReportBlock::Type::Note:
            writeParagraphs(out, block.text, QStringLiteral("note"));
            break;
        case ReportBlock::Type::Fields:
            writeFields(out, block.fields, QStringLiteral("fields"));
            break;
        case ReportBlock::Type::Table:
            writeTable(out, block.table);
            break;
        case ReportBlock::Type::List:
            writeList(out, block.items);
            break;
        case ReportBlock::Type::Fishbone:
            writeFishbone(out, block);
            break;
        case ReportBlock::Type::Contents:
            writeContents(out, block, contents);
            break;
        case ReportBlock::Type::PageBreak:
            out += QStringLiteral("<div class=\"page-break\"></div>\n");
            break;
        }
    }

    out += QStringLiteral("</main>\n<footer>\n");
    const auto footerLine = [&](const char* label, const QString& value, bool hash = false) {
        if (value.isEmpty())
            return;
        out +=
            QStringLiteral("<p>") + esc(tr(label)) + QStringLiteral(": ") +
            (hash ? QStringLiteral("<span class=\"hash\">") + esc(value) + QStringLiteral("</span>")
                  : esc(value)) +
            QStringLiteral("</p>\n");
    };
    footerLine(QT_TRANSLATE_NOOP("ReportText", "Document ID"), report.documentId, true);
    footerLine(QT_TRANSLATE_NOOP("ReportText", "Generated"),
               reportDateTime(report.generatedAt, QString()));
    footerLine(QT_TRANSLATE_NOOP("ReportText", "Content SHA-256"), report.contentSha256, true);
    out += QStringLiteral("</footer>\n</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace causeway
