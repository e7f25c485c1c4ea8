#pragma once

#include "causes/FishboneLayout.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>

namespace causeway {

// A postmortem report as a format-neutral document: a cover and a flat list of blocks.
// ReportBuilder makes it from the redacted canonical model (never from screen widgets), and
// the PDF, HTML and Markdown writers render the same blocks, so the app, the CLI and every
// format show the same content.

using ReportFields = QList<QPair<QString, QString>>; // label, value

struct ReportTable {
    QStringList headers;      // repeated on every page the table spans
    QList<QStringList> rows;  // each row has headers.size() cells
    QList<int> columnWeights; // relative widths; empty: equal
};

struct ReportListItem {
    int depth = 0; // 0: top level; the 5-whys tree nests
    QString text;
    QString note; // a second, muted line (kind, evidence…), may be empty
};

struct ReportBlock {
    enum class Type {
        Heading,   // level 1 (sections, in the table of contents), 2 (in it too) or 3
        Paragraph, // plain text; blank lines separate paragraphs
        Note,      // muted text: "No actions.", "Left out of this report: …"
        Fields,    // label: value pairs
        Table,
        List,
        Fishbone, // the diagram, vector graphics in the PDF, inline SVG in HTML
        Contents, // the table of contents (level-1 and level-2 headings, with page numbers)
        PageBreak,
    };
    Type type = Type::Paragraph;
    int level = 1;
    QString text;
    QString anchor; // headings: a stable id ("impact", "actions"), unique in the report
    ReportFields fields;
    ReportTable table;
    QList<ReportListItem> items;
    std::shared_ptr<const FishboneLayout> fishbone;
};

struct Report {
    QString title;
    QString documentId;    // the postmortem id
    QString profile;       // reportProfileName()
    QString marking;       // the confidentiality label printed on every page
    QDateTime generatedAt; // UTC
    QString contentSha256; // SignedContent::sha256 of the full record: ties the paper to it
    QString language = QStringLiteral("en");
    ReportFields cover; // severity, status, incident dates, …, in order
    QList<ReportBlock> blocks;
    QStringList warnings; // for the user, never printed (e.g. characters the font lacks)

    // Builders for the blocks, so the builder code reads like the report.
    void heading(int level, const QString& text, const QString& anchor);
    void paragraph(const QString& text);
    void note(const QString& text);
    void fieldList(const ReportFields& fields);
    void tableBlock(const ReportTable& table);
    void list(const QList<ReportListItem>& items);
    void pageBreak();
    // A new block of the type at the end, to be filled in.
    ReportBlock& append(ReportBlock::Type type);
};

// "2026-03-14 09:12 UTC+01:00" style, in the report's time zone: every time in a report is
// written this way.
QString reportDateTime(const QDateTime& utc, const QString& timeZoneId);

} // namespace causeway
