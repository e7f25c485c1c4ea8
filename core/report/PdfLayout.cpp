#include "report/PdfLayout.h"

#include "causes/FishbonePainter.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <limits>

namespace causeway {

namespace {

using namespace PdfStyle;

// A contents page number, filled in once every heading's page is known.
struct PendingNumber {
    int page = 0;
    QPointF at;
    int heading = 0;
    QFont font;
};

} // namespace

struct PdfLayout::Private {
    PdfBlocks measured;
    const QList<PdfBlock>& blocks;
    qreal width = 0;  // of the body
    qreal height = 0; // of the body
    QList<int> headingPages;

    // Pagination state.
    QList<PdfPage> pages;
    QList<PendingNumber> numbers;
    qreal y = 0;
    qreal pendingGap = 0;
    qreal segmentTop = -1;   // grid: top of the table's part on this page; -1: none open
    bool bodyOnPage = false; // anything but a table header placed on this page

    Private(const Report& report, const QPaintDevice& device, const QSizeF& body)
        : measured(report, device, body)
        , blocks(measured.blocks())
        , width(body.width())
        , height(body.height())
        , headingPages(measured.headingCount(), 0) {}

    qreal pt(qreal points) const { return measured.pt(points); }

    bool atTop() const { return y <= 0; }
    qreal room() const { return height - y; }

    void newPage() {
        pages.append(PdfPage());
        y = 0;
        pendingGap = 0;
        bodyOnPage = false;
    }

    // The height of what must come with a block onto its page: a heading's first line and
    // the start of what follows it.
    qreal leadHeight(qsizetype index) const {
        const PdfBlock& b = blocks.at(index);
        qreal h = 0;
        if (b.fishbone) {
            h = b.fishboneSize.height();
        } else if (!b.rows.isEmpty()) {
            const PdfRow& first = b.rows.first();
            qreal rowHeight = first.height();
            if (b.splitAnywhere && !first.cells.isEmpty()) {
                const QTextLayout& text = *first.cells.first().text;
                if (text.lineCount() > 2)
                    rowHeight = first.padTop + lineBottom(text, 1) + first.padBottom;
            }
            h = (b.grid ? b.header.height() : 0) + qMin(rowHeight, height / 2);
        }
        if (b.keepWithNext && index + 1 < blocks.size() && !blocks.at(index + 1).breakBefore) {
            const PdfBlock& next = blocks.at(index + 1);
            h += qMax(b.spaceAfter, next.spaceBefore) + leadHeight(index + 1);
        }
        return h;
    }

    PdfItem line(const QLineF& at) const {
        PdfItem item;
        item.kind = PdfItem::Kind::Line;
        item.colour = Border;
        item.penWidth = pt(BorderPt);
        item.line = at;
        return item;
    }

    void closeSegment(const PdfBlock& b) {
        if (segmentTop < 0)
            return;
        for (const qreal x : b.columnEdges)
            pages.last().items.append(line(QLineF(x, segmentTop, x, y)));
        segmentTop = -1;
    }

    // Places the next part of a row: from each cell's next line, as many lines as fit in
    // textRoom (at least one each when forced). Returns whether the whole row is placed.
    bool placeSlice(const PdfBlock& b, const PdfRow& r, QList<int>& next, qreal textRoom,
                    bool forced, bool fill) {
        QList<PdfItem>& items = pages.last().items;
        const bool firstSlice = std::all_of(next.begin(), next.end(), [](int n) { return n == 0; });
        qreal sliceHeight = 0;
        bool done = true;
        qsizetype fillAt = items.size();
        for (int i = 0; i < r.cells.size(); ++i) {
            const PdfCell& c = r.cells.at(i);
            const QTextLayout& text = *c.text;
            const int start = next.at(i);
            const int count = text.lineCount();
            if (start >= count)
                continue;
            const qreal top = lineTop(text, start);
            int end = start;
            while (end < count && lineBottom(text, end) - top <= textRoom)
                ++end;
            if (end == start && forced)
                end = start + 1;
            if (end > start) {
                PdfItem item;
                item.kind = PdfItem::Kind::Text;
                item.colour = c.colour;
                item.text = c.text;
                item.firstLine = start;
                item.lineCount = end - start;
                item.at = QPointF(c.x, y + r.padTop);
                items.append(item);
                sliceHeight = qMax(sliceHeight, lineBottom(text, end - 1) - top);
            }
            next[i] = end;
            done = done && end >= count;
        }
        if (firstSlice && r.bullet) {
            PdfItem bullet;
            bullet.kind = r.bullet == 1 ? PdfItem::Kind::Disc : PdfItem::Kind::Fill;
            bullet.colour = Ink;
            const qreal size = pt(r.bullet == 1 ? 4 : 3.5);
            const QPointF centre = QPointF(0, y + r.padTop) + r.bulletCentre;
            bullet.rect = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size);
            items.append(bullet);
        }
        if (firstSlice && r.contentsEntry >= 0) {
            PendingNumber number;
            number.page = int(pages.size()) - 1;
            number.at = QPointF(width - pt(ContentsNumberPt), y + r.padTop);
            number.heading = r.contentsEntry;
            number.font = r.cells.first().text->font();
            numbers.append(number);
        }
        const qreal h = r.padTop + sliceHeight + r.padBottom;
        if (fill) {
            PdfItem background;
            background.kind = PdfItem::Kind::Fill;
            background.colour = HeaderFill;
            background.rect = QRectF(0, y, width, h);
            items.insert(fillAt, background); // under the text
        }
        y += h;
        if (b.grid)
            items.append(line(QLineF(0, y, width, y)));
        bodyOnPage = bodyOnPage || !fill;
        return done;
    }

    void placeHeader(const PdfBlock& b) {
        segmentTop = y;
        pages.last().items.append(line(QLineF(0, y, width, y)));
        QList<int> next(b.header.cells.size(), 0);
        placeSlice(b, b.header, next, std::numeric_limits<qreal>::max(), true, true);
    }

    void placeRows(const PdfBlock& b) {
        const qreal headerHeight = b.grid ? b.header.height() : 0;
        if (b.grid && b.rows.isEmpty()) {
            if (headerHeight > room() && !atTop())
                newPage();
            placeHeader(b);
        }
        for (qsizetype index = 0; index < b.rows.size(); ++index) {
            const PdfRow& r = b.rows.at(index);
            QList<int> next(r.cells.size(), 0);
            bool first = true;
            for (;;) {
                const bool needHeader = b.grid && segmentTop < 0;
                const qreal roomForRow = room() - (needHeader ? headerHeight : 0);
                // What is left of the row: all of it, or the lines after a page break.
                qreal left = r.padTop + r.padBottom;
                if (first) {
                    left = r.height();
                } else {
                    qreal rest = 0;
                    for (int i = 0; i < r.cells.size(); ++i) {
                        const QTextLayout& text = *r.cells.at(i).text;
                        if (next.at(i) < text.lineCount())
                            rest = qMax(rest, lineBottom(text, text.lineCount() - 1) -
                                                  lineTop(text, next.at(i)));
                    }
                    left += rest;
                }
                if (left > roomForRow) {
                    const bool fitsAPage = left <= height - headerHeight;
                    const qreal oneLine = r.padTop + r.padBottom + minFirstLine(r, next);
                    if (bodyOnPage && ((fitsAPage && !b.splitAnywhere) || oneLine > roomForRow)) {
                        closeSegment(b);
                        newPage();
                        continue;
                    }
                }
                if (needHeader)
                    placeHeader(b);
                if (first && b.heading >= 0)
                    headingPages[b.heading] = int(pages.size()) - 1;
                // A row that does not fit even on a page of its own is split, at least a
                // line at a time.
                const bool done =
                    placeSlice(b, r, next, roomForRow - r.padTop - r.padBottom, !bodyOnPage, false);
                first = false;
                if (done)
                    break;
                closeSegment(b);
                newPage();
            }
        }
        closeSegment(b);
    }

    static qreal minFirstLine(const PdfRow& r, const QList<int>& next) {
        qreal h = 0;
        for (int i = 0; i < r.cells.size(); ++i) {
            const QTextLayout& text = *r.cells.at(i).text;
            if (next.at(i) < text.lineCount())
                h = qMax(h, text.lineAt(next.at(i)).height());
        }
        return h;
    }

    void placeFishbone(const PdfBlock& b) {
        if (b.fishboneSize.height() > room() && !atTop())
            newPage();
        PdfItem item;
        item.kind = PdfItem::Kind::Fishbone;
        item.fishbone = b.fishbone;
        item.scale = b.fishboneScale;
        item.rect = QRectF(QPointF((width - b.fishboneSize.width()) / 2, y), b.fishboneSize);
        pages.last().items.append(item);
        y += b.fishboneSize.height();
        bodyOnPage = true;
    }

    void paginate() {
        newPage();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const PdfBlock& b = blocks.at(i);
            if (b.breakBefore && !atTop())
                newPage();
            const qreal gap = atTop() ? 0 : qMax(pendingGap, b.spaceBefore);
            if (gap >= room())
                newPage();
            else
                y += gap;
            y += b.leadSpace;
            // A keep-together run taller than a whole page cannot be kept together: moving it
            // would only leave an empty page foot behind every block of it.
            const qreal lead = b.keepWithNext && !atTop() ? leadHeight(i) : 0;
            if (lead > room() && lead <= height)
                newPage();
            if (b.fishbone)
                placeFishbone(b);
            else
                placeRows(b);
            pendingGap = b.spaceAfter;
        }
        for (const PendingNumber& number : std::as_const(numbers)) {
            PdfItem item;
            item.kind = PdfItem::Kind::Text;
            item.colour = Ink;
            item.text = measured.measure(QString::number(headingPages.value(number.heading) + 1),
                                         number.font, pt(ContentsNumberPt) - pt(2), Qt::AlignRight);
            item.lineCount = 1;
            item.at = number.at;
            pages[number.page].items.append(item);
        }
    }
};

PdfLayout::PdfLayout(const Report& report, const QPaintDevice& device, const QSizeF& bodySize)
    : d(std::make_unique<Private>(report, device, bodySize)) {
    d->paginate();
}

PdfLayout::~PdfLayout() = default;

const QList<PdfPage>& PdfLayout::pages() const {
    return d->pages;
}

PdfCoverage& PdfLayout::coverage() {
    return d->measured.coverage();
}

void paintPdfItem(QPainter& painter, const PdfItem& item) {
    switch (item.kind) {
    case PdfItem::Kind::Text: {
        painter.setPen(item.colour);
        const QPointF origin = item.at - QPointF(0, lineTop(*item.text, item.firstLine));
        for (int i = item.firstLine; i < item.firstLine + item.lineCount; ++i)
            item.text->lineAt(i).draw(&painter, origin);
        break;
    }
    case PdfItem::Kind::Fill:
        painter.fillRect(item.rect, item.colour);
        break;
    case PdfItem::Kind::Disc:
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(item.colour);
        painter.drawEllipse(item.rect);
        painter.restore();
        break;
    case PdfItem::Kind::Line:
        painter.setPen(QPen(item.colour, item.penWidth, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(item.line);
        break;
    case PdfItem::Kind::Fishbone: {
        FishboneStyle style = FishboneStyle::standard();
        // Only the report fonts, embedded: no fallback to another installed font.
        for (QFont& font : style.fonts)
            font.setStyleStrategy(
                QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
        painter.save();
        painter.translate(item.rect.topLeft());
        painter.scale(item.scale, item.scale);
        painter.translate(-item.fishbone->sceneRect.topLeft());
        FishbonePainter::paintFishbone(painter, *item.fishbone, style);
        painter.restore();
        break;
    }
    }
}

} // namespace causeway
