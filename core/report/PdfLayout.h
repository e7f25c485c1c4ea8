#pragma once

#include "report/PdfBlocks.h"

#include <QLineF>
#include <QList>
#include <QRectF>

#include <memory>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace causeway {

// One thing drawn on a page, in body coordinates: device pixels from the top-left corner of
// the page's body, so no number ever exceeds the page.
struct PdfItem {
    enum class Kind {
        Text,     // lines [firstLine, firstLine + lineCount) of text, line firstLine's top at `at`
        Fill,     // rect filled with colour
        Disc,     // a list bullet: the ellipse in rect filled with colour
        Line,     // line stroked with colour, penWidth wide
        Fishbone, // fishbone drawn in rect, scaled by scale
    };
    Kind kind = Kind::Text;
    QColor colour;
    QPointF at;
    const QTextLayout* text = nullptr;
    int firstLine = 0;
    int lineCount = 0;
    QRectF rect;
    QLineF line;
    qreal penWidth = 0;
    const FishboneLayout* fishbone = nullptr;
    qreal scale = 1;
};

struct PdfPage {
    QList<PdfItem> items;
};

// The report's measured blocks (PdfBlocks) split into pages of positioned items: the
// cover, the contents with page numbers, the blocks. Headings keep with what follows them,
// paragraphs break between lines, tables repeat their header row and keep rows whole unless
// a row is taller than a page. The page header and footer are not part of it: the painter
// draws them, with the page count known at the end.
class PdfLayout {
public:
    // bodySize: the part of each page the blocks fill, in device pixels.
    PdfLayout(const Report& report, const QPaintDevice& device, const QSizeF& bodySize);
    ~PdfLayout();
    PdfLayout(const PdfLayout&) = delete;
    PdfLayout& operator=(const PdfLayout&) = delete;

    const QList<PdfPage>& pages() const;
    // Shared with the header and footer, so their gaps are warned about too.
    PdfCoverage& coverage();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Paints one item with the painter's origin at the body's top-left corner.
void paintPdfItem(QPainter& painter, const PdfItem& item);

} // namespace causeway
