#include "report/ReportText.h"

#include "causes/Cause.h"
#include "report/ReportAnchors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace causeway {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ReportText", text);
}

// Text inside a line: every character CommonMark or GitHub could read as markup is
// backslash-escaped, so user text never becomes emphasis, a link, raw HTML, a table cell
// border, strike-through or a heading's closing sequence. '&' is escaped only where it
// would start an entity, so "R&D" stays readable in the source.
QString inlineEscaped(const QString& text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\t') {
            out += u' ';
            continue;
        }
        if (u < 0x20 || u == 0x7f)
            continue;
        switch (u) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'|':
        case u'~':
        case u'#':
            out += u'\\';
            out += c;
            continue;
        case u'&': {
            static const QRegularExpression entity(QStringLiteral("&#?[A-Za-z0-9]+;"));
            if (entity
                    .match(text, i, QRegularExpression::NormalMatch,
                           QRegularExpression::AnchorAtOffsetMatchOption)
                    .hasMatch())
                out += u'\\';
            out += c;
            continue;
        }
        default:
            out += c;
        }
    }
    return out;
}

// One line of text that starts a line of the file: also what is only markup at the start of
// a line (block quotes, list markers, setext underlines, ordered-list numbers). Leading white
// space would make an indented code block, trailing white space a hard break: both go.
QString lineEscaped(const QString& line) {
    QString out = inlineEscaped(line.trimmed());
    if (out.isEmpty())
        return out;
    const QChar first = out.at(0);
    if (first == u'>' || first == u'-' || first == u'+' || first == u'=') {
        out.prepend(u'\\');
        return out;
    }
    static const QRegularExpression ordered(QStringLiteral("^[0-9]{1,9}(?=[.)])"));
    const QRegularExpressionMatch m = ordered.match(out);
    if (m.hasMatch())
        out.insert(m.capturedLength(), u'\\');
    return out;
}

QStringList linesOf(const QString& text) {
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    QStringList lines;
    for (const QString& line : normalized.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

// A backslash at the end of a line is CommonMark's hard line break (trailing spaces would be
// lost to editors that trim them).
const QString kBreak = QStringLiteral("\\\n");

// Lines of one paragraph, each escaped, kept as lines; wrap (e.g. "*") is put around each.
QString paragraphLines(const QString& text, const QString& indent = QString(),
                       const QString& wrap = QString()) {
    QStringList lines;
    for (const QString& line : linesOf(text))
        lines.append(indent + wrap + lineEscaped(line) + wrap);
    return lines.join(kBreak);
}

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

// Table cells hold one line: line breaks become <br>, which GitHub and most viewers render.
QString cellEscaped(const QString& text) {
    QStringList lines;
    for (const QString& line : linesOf(text))
        lines.append(inlineEscaped(line.trimmed()));
    return lines.join(QStringLiteral("<br>"));
}

QString fieldsText(const ReportFields& fields) {
    QStringList lines;
    for (const auto& field : fields) {
        const QStringList valueLines = linesOf(field.second);
        QString line =
            QStringLiteral("**") + inlineEscaped(field.first.simplified()) + QStringLiteral(":**");
        if (!valueLines.isEmpty())
            line += u' ' + inlineEscaped(valueLines.first().trimmed());
        lines.append(line);
        for (qsizetype i = 1; i < valueLines.size(); ++i)
            lines.append(lineEscaped(valueLines.at(i)));
    }
    return lines.join(kBreak);
}

QString tableText(const ReportTable& table) {
    const qsizetype columns = table.headers.size();
    if (columns == 0)
        return QString();
    const auto row = [&](const QStringList& cells) {
        QString line = QStringLiteral("|");
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = cellEscaped(cells.value(c));
            line += cell.isEmpty() ? QStringLiteral(" |") : u' ' + cell + QStringLiteral(" |");
        }
        return line;
    };
    QStringList lines{row(table.headers)};
    QString rule = QStringLiteral("|");
    for (qsizetype c = 0; c < columns; ++c)
        rule += QStringLiteral(" --- |");
    lines.append(rule);
    for (const QStringList& cells : table.rows)
        lines.append(row(cells));
    return lines.join(u'\n');
}

// A bullet list nested by depth: two spaces per level, the content column of "- ". A
// depth more than one deeper than the item before is taken as one deeper (a deeper indent
// would turn into a code block).
struct NestedLine {
    int depth = 0;
    QStringList lines; // escaped
    QString note;      // raw, may be empty
};

QString nestedList(const QList<NestedLine>& items) {
    QStringList out;
    int previous = -1;
    for (const NestedLine& item : items) {
        const int depth = qBound(0, item.depth, previous + 1);
        previous = depth;
        // Lines after the first are indented to the item's content, so they stay in it.
        const QString content(depth * 2 + 2, u' ');
        QString entry = QString(depth * 2, u' ') + u'-';
        if (!item.lines.value(0).isEmpty())
            entry += u' ' + item.lines.first();
        for (qsizetype i = 1; i < item.lines.size(); ++i)
            entry += kBreak + content + item.lines.at(i);
        if (!item.note.trimmed().isEmpty())
            entry += kBreak + paragraphLines(item.note, content, QStringLiteral("*"));
        out.append(entry);
    }
    return out.join(u'\n');
}

QString listText(const QList<ReportListItem>& items) {
    QList<NestedLine> lines;
    for (const ReportListItem& item : items) {
        QStringList textLines;
        for (const QString& line : linesOf(item.text))
            textLines.append(lineEscaped(line));
        lines.append({qMax(item.depth, 0), textLines, item.note});
    }
    return nestedList(lines);
}

// Markdown cannot draw the diagram, so it lists what it shows: the head, then each bone with
// its causes and their sub-causes, in the diagram's order.
QString fishboneText(const ReportBlock& block) {
    if (!block.fishbone)
        return QString();
    const FishboneLayout& layout = *block.fishbone;
    QStringList parts;
    if (!block.text.trimmed().isEmpty())
        parts.append(paragraphLines(block.text, QString(), QStringLiteral("*")));
    parts.append(QStringLiteral("**") +
                 inlineEscaped(QCoreApplication::translate("ReportText", "Problem")) +
                 QStringLiteral(":** ") + inlineEscaped(layout.problem.simplified()));
    QList<NestedLine> lines;
    for (const FishboneBoneGeometry& bone : layout.bones) {
        lines.append({0,
                      {QStringLiteral("**") + inlineEscaped(bone.category.simplified()) +
                       QStringLiteral("**")},
                      {}});
        for (const QString& id : bone.causes) {
            const FishboneLabel* label = layout.cause(id);
            if (!label)
                continue;
            QString text = lineEscaped(label->lines.join(u' ').simplified());
            if (!label->causeKind.isEmpty())
                text += QStringLiteral(" (") +
                        inlineEscaped(CauseVocabulary::kindName(label->causeKind)) + u')';
            lines.append({label->depth + 1, {text}, {}});
        }
    }
    if (!lines.isEmpty())
        parts.append(nestedList(lines));
    return parts.join(QStringLiteral("\n\n"));
}

QString contentsText(const ReportBlock& block, const QList<reporttext::ContentsEntry>& entries) {
    const QString title = block.text.trimmed().isEmpty()
                              ? QCoreApplication::translate("ReportText", "Contents")
                              : block.text;
    QList<NestedLine> lines;
    for (const reporttext::ContentsEntry& entry : entries) {
        lines.append(
            {entry.level - 1,
             {u'[' + inlineEscaped(entry.text) + QStringLiteral("](#") + entry.anchor + u')'},
             {}});
    }
    QString out = QStringLiteral("## ") + inlineEscaped(title.simplified());
    if (!lines.isEmpty())
        out += QStringLiteral("\n\n") + nestedList(lines);
    return out;
}

} // namespace

QByteArray reportMarkdown(const Report& report) {
    const QStringList anchors = reporttext::headingAnchors(report);
    const QList<reporttext::ContentsEntry> contents = reporttext::contentsEntries(report, anchors);

    // Blocks, each a run of lines; one blank line between blocks.
    QStringList parts;
    if (!report.marking.trimmed().isEmpty())
        parts.append(QStringLiteral("**") + inlineEscaped(report.marking.simplified()) +
                     QStringLiteral("**"));
    parts.append(QStringLiteral("# ") + inlineEscaped(report.title.simplified()));
    if (!report.cover.isEmpty())
        parts.append(fieldsText(report.cover));

    for (qsizetype i = 0; i < report.blocks.size(); ++i) {
        const ReportBlock& block = report.blocks.at(i);
        QString text;
        switch (block.type) {
        case ReportBlock::Type::Heading:
            // The explicit anchor is what the contents links to: the same id in every viewer,
            // whatever its own slug rules make of non-ASCII or repeated headings.
            text = QString(qBound(1, block.level, 3) + 1, u'#') + QStringLiteral(" <a id=\"") +
                   anchors.at(i) + QStringLiteral("\"></a>") +
                   inlineEscaped(block.text.simplified());
            break;
        case ReportBlock::Type::Paragraph: {
            QStringList paras;
            for (const QString& para : paragraphsOf(block.text))
                paras.append(paragraphLines(para));
            text = paras.join(QStringLiteral("\n\n"));
            break;
        }
        case ReportBlock::Type::Note: {
            QStringList paras;
            for (const QString& para : paragraphsOf(block.text))
                paras.append(paragraphLines(para, QString(), QStringLiteral("*")));
            text = paras.join(QStringLiteral("\n\n"));
            break;
        }
        case ReportBlock::Type::Fields:
            text = fieldsText(block.fields);
            break;
        case ReportBlock::Type::Table:
            text = tableText(block.table);
            break;
        case ReportBlock::Type::List:
            text = listText(block.items);
            break;
        case ReportBlock::Type::Fishbone:
            text = fishboneText(block);
            break;
        case ReportBlock::Type::Contents:
            text = contentsText(block, contents);
            break;
        case ReportBlock::Type::PageBreak:
            break; // Markdown has no pages
        }
        if (!text.isEmpty())
            parts.append(text);
    }

    QStringList footer;
    const auto footerLine = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            footer.append(inlineEscaped(tr(label)) + QStringLiteral(": ") + inlineEscaped(value));
    };
    footerLine(QT_TRANSLATE_NOOP("ReportText", "Document ID"), report.documentId);
    footerLine(QT_TRANSLATE_NOOP("ReportText", "Generated"),
               reportDateTime(report.generatedAt, QString()));
    footerLine(QT_TRANSLATE_NOOP("ReportText", "Content SHA-256"), report.contentSha256);
    if (!footer.isEmpty()) {
        // A blank line before the rule: right after a paragraph, "---" would underline it
        // into a heading.
        parts.append(QStringLiteral("---"));
        parts.append(footer.join(kBreak));
    }
    return (parts.join(QStringLiteral("\n\n")) + u'\n').toUtf8();
}

} // namespace causeway
