#pragma once

#include "report/Report.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QStringList>
#include <QTextLayout>

#include <memory>

class QPaintDevice;

namespace causeway {

// The report's look, shared by the layout and the page header and footer. Sizes in points.
// Only opaque colours: PDF/A-1 forbids transparency. Muted text keeps 7:1 contrast on white.
namespace PdfStyle {
constexpr qreal BodyPt = 10.5;
constexpr qreal NotePt = 9;
constexpr qreal TablePt = 9.5;
constexpr qreal BandPt = 8;   // header and footer text
constexpr qreal TitlePt = 24; // the cover
const QColor Ink(0x1b, 0x1f, 0x23);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Rule(0x80, 0x80, 0x80);
const QColor Border(0x9e, 0x9e, 0x9e);
const QColor HeaderFill(0xe6, 0xe6, 0xe6);
constexpr qreal BorderPt = 0.6;        // table borders
constexpr qreal ContentsNumberPt = 40; // the page-number column of the contents
} // namespace PdfStyle

// Every text of a PDF goes through here: characters the report fonts lack become
// "[U+XXXX]" and are remembered for the warnings.
class PdfCoverage {
public:
    QString operator()(const QString& text, bool mono = false);
    QStringList warnings() const;

private:
    QStringList m_missing;
};

// Where a line of a laid-out text starts and ends, from the text's top.
inline qreal lineTop(const QTextLayout& text, int line) {
    return text.lineAt(line).y();
}

inline qreal lineBottom(const QTextLayout& text, int line) {
    const QTextLine l = text.lineAt(line);
    return l.y() + l.height();
}

// A measured text at a horizontal position within its row.
struct PdfCell {
    const QTextLayout* text = nullptr;
    qreal x = 0;
    QColor colour = PdfStyle::Ink;
};

// A band of a block: cells side by side, with padding above and below their text.
struct PdfRow {
    QList<PdfCell> cells;
    qreal padTop = 0;
    qreal padBottom = 0;
    qreal textHeight = 0;   // the tallest cell's
    int bullet = 0;         // list items: 1 a disc, 2 a square, left of the first line
    QPointF bulletCentre;   // relative to the row's text top-left
    int contentsEntry = -1; // contents rows: the heading whose page number goes on the right
    qreal height() const { return padTop + textHeight + padBottom; }
};

struct PdfBlock {
    qreal spaceBefore = 0; // collapses with the previous block's spaceAfter; none at a page top
    qreal spaceAfter = 0;
    qreal leadSpace = 0; // kept even at a page top (the cover's title sits lower)
    bool breakBefore = false;
    bool keepWithNext = false;  // headings: never alone at a page foot
    bool splitAnywhere = false; // paragraphs break between lines; other rows only when taller
                                // than a page
    bool grid = false;          // borders, and the header row repeated on every page
    int heading = -1;           // headings: their index among the report's headings
    PdfRow header;
    QList<qreal> columnEdges; // grid: x of each vertical border
    QList<PdfRow> rows;
    const FishboneLayout* fishbone = nullptr;
    QSizeF fishboneSize;
    qreal fishboneScale = 1;
};

// The report's blocks measured for the PDF, in the device's pixels, each text laid out
// once with QTextLayout (kept here for painting): the cover, then every block as rows of
// cells ready to be paginated. Tables get their column widths here.
class PdfBlocks {
public:
    PdfBlocks(const Report& report, const QPaintDevice& device, const QSizeF& bodySize);
    ~PdfBlocks();
    PdfBlocks(const PdfBlocks&) = delete;
    PdfBlocks& operator=(const PdfBlocks&) = delete;

    const QList<PdfBlock>& blocks() const;
    int headingCount() const; // PdfBlock::heading and PdfRow::contentsEntry are below it
    PdfCoverage& coverage();
    qreal pt(qreal points) const; // in device pixels
    // Lays out more text, kept as long as the blocks (the contents' page numbers).
    const QTextLayout* measure(const QString& text, const QFont& font, qreal lineWidth,
                               Qt::Alignment alignment = Qt::AlignLeft);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace causeway
