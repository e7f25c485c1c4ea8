#pragma once

// Shared by the HTML and Markdown writers (header only: both are text renderings of the same
// blocks and must link their contents to the same ids).
#include "report/Report.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace causeway::reporttext {

// An id that is safe in an HTML id attribute, a URL fragment and a Markdown link: lower-case
// ASCII letters, digits, '-' and '_'. Anything else becomes '-', so a heading text makes a
// readable id too.
inline QString sanitizedAnchor(const QString& text) {
    QString out;
    // Accents are dropped rather than the letters ("Anhänge" → "anhange").
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_';
        if (keep)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

// One id per block, empty for blocks that are not headings. The builder's anchor is used
// when it is usable; a heading without one gets an id from its text; duplicates get "-2",
// "-3", … so every id is unique in the document and every contents link lands on one heading.
inline QStringList headingAnchors(const Report& report) {
    QStringList anchors;
    anchors.reserve(report.blocks.size());
    QSet<QString> used;
    for (const ReportBlock& block : report.blocks) {
        if (block.type != ReportBlock::Type::Heading) {
            anchors.append(QString());
            continue;
        }
        QString base = sanitizedAnchor(block.anchor);
        if (base.isEmpty())
            base = sanitizedAnchor(block.text);
        if (base.isEmpty() || !base.at(0).isLetter())
            base.prepend(QStringLiteral("section-"));
        QString anchor = base;
        for (int n = 2; used.contains(anchor); ++n)
            anchor = base + u'-' + QString::number(n);
        used.insert(anchor);
        anchors.append(anchor);
    }
    return anchors;
}

struct ContentsEntry {
    int level = 1; // 1 or 2
    QString text;
    QString anchor;
};

// The table of contents: the level-1 and level-2 headings, in order.
inline QList<ContentsEntry> contentsEntries(const Report& report, const QStringList& anchors) {
    QList<ContentsEntry> entries;
    for (qsizetype i = 0; i < report.blocks.size(); ++i) {
        const ReportBlock& block = report.blocks.at(i);
        if (block.type == ReportBlock::Type::Heading && block.level <= 2)
            entries.append({qMax(block.level, 1), block.text.simplified(), anchors.at(i)});
    }
    return entries;
}

} // namespace causeway::reporttext
