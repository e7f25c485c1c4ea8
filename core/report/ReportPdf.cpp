#include "report/ReportPdf.h"

#include "causes/FishbonePainter.h"
#include "report/PageShiftDevice.h"
#include "report/ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <memory>
#include <optional>

namespace causeway {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::ReportPdf", text);
}

// Sizes in points; converted to device pixels with the device's resolution.
constexpr qreal BodyPt = 10.5;
constexpr qreal NotePt = 9;
constexpr qreal TablePt = 9.5;
constexpr qreal BandPt = 8;   // header and footer text
constexpr qreal TitlePt = 24; // the cover
constexpr qreal HeadingPt[] = {16, 13, 11};

// Only opaque colours: PDF/A-1 forbids transparency. Muted text keeps 7:1 contrast on white.
const QColor Ink(0x1b, 0x1f, 0x23);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Rule(0x80, 0x80, 0x80);
const QColor Border(0x9e, 0x9e, 0x9e);
const QColor HeaderFill(0xe6, 0xe6, 0xe6);

constexpr int FishboneObjectType = QTextFormat::UserObject + 61;
constexpr int FishboneIndexProperty = QTextFormat::UserProperty + 61;
constexpr int PageNumberObjectType = QTextFormat::UserObject + 62;
constexpr int PageNumberIndexProperty = QTextFormat::UserProperty + 62;

struct Units {
    qreal dpi = 72;
    qreal pt(qreal points) const { return points * dpi / 72.0; }
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    // Measures in text formats (margins, padding, borders, fixed widths, indents), which
    // QTextDocumentLayout takes in 96-dpi pixels and scales to the device itself.
    static qreal layoutPt(qreal points) { return points * 96.0 / 72.0; }
};

// Every text goes through here: characters the report fonts lack become "[U+XXXX]" and are
// remembered for the warnings.
class Coverage {
public:
    QString operator()(const QString& text, bool mono = false) {
        return ReportFonts::withVisibleGaps(text, &m_missing, mono);
    }
    QStringList warnings() const {
        QStringList out;
        for (const QString& description : m_missing) {
            const QString name = description.section(u' ', 0, 0);
            out.append(tr("%1 is not in the report font; printed as [%2]").arg(description, name));
        }
        return out;
    }

private:
    QStringList m_missing;
};

// Draws fishbone diagrams inline in the document as vector graphics, as wide as the body and
// never taller than a page.
class FishboneObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FishboneObject(QSizeF maxSize, qreal naturalScale, QObject* parent)
        : QObject(parent)
        , m_style(FishboneStyle::standard())
        , m_maxSize(maxSize)
        , m_naturalScale(naturalScale) {
        // Only the report fonts, embedded: no fallback to another installed font.
        for (QFont& font : m_style.fonts)
            font.setStyleStrategy(
                QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    }

    int add(const FishboneLayout& layout, Coverage& coverage) {
        FishboneLayout shown = layout;
        for (FishboneLabel& label : shown.labels) {
            for (QString& line : label.lines)
                line = coverage(line);
        }
        m_layouts.append(shown);
        return int(m_layouts.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override {
        const FishboneLayout* layout = layoutOf(format);
        if (!layout)
            return QSizeF();
        return layout->sceneRect.size() * scaleOf(*layout);
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override {
        const FishboneLayout* layout = layoutOf(format);
        if (!layout)
            return;
        const qreal scale = scaleOf(*layout);
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(scale, scale);
        painter->translate(-layout->sceneRect.topLeft());
        FishbonePainter::paintFishbone(*painter, *layout, m_style);
        painter->restore();
    }

private:
    const FishboneLayout* layoutOf(const QTextFormat& format) const {
        const int index = format.intProperty(FishboneIndexProperty);
        return index >= 0 && index < m_layouts.size() ? &m_layouts.at(index) : nullptr;
    }

    qreal scaleOf(const FishboneLayout& layout) const {
        const QSizeF size = layout.sceneRect.size();
        if (size.width() <= 0 || size.height() <= 0)
            return 1;
        return std::min(
            {m_maxSize.width() / size.width(), m_maxSize.height() / size.height(), m_naturalScale});
    }

    FishboneStyle m_style;
    QList<FishboneLayout> m_layouts;
    QSizeF m_maxSize;
    qreal m_naturalScale; // scene units are screen pixels: never drawn larger than on screen
};

// The page numbers in the contents, drawn when painting: they are known only after the
// layout, and inserting them as text would make the whole document be laid out again. Each
// reserves the width of "9999", so the contents look the same before and after.
class PageNumberObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;
    QStringList numbers; // by the PageNumberIndexProperty of each object

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override {
        const QFontMetricsF metrics(format.toCharFormat().font(),
                                    doc->documentLayout()->paintDevice());
        return QSizeF(metrics.horizontalAdvance(QStringLiteral("9999")), metrics.ascent());
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override {
        const QString number = numbers.value(format.intProperty(PageNumberIndexProperty));
        painter->save();
        painter->setFont(format.toCharFormat().font());
        painter->setPen(Ink);
        const qreal width =
            QFontMetricsF(painter->font(), painter->device()).horizontalAdvance(number);
        // The object sits on the baseline: its bottom is the baseline.
        painter->drawText(QPointF(rect.right() - width, rect.bottom()), number);
        painter->restore();
    }
};

QString withLineBreaks(QString text) {
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor& colour = Ink,
                           bool mono = false) {
    QTextCharFormat f;
    f.setFont(ReportFonts::font(pointSize, bold, mono), QTextCharFormat::FontPropertiesAll);
    f.setForeground(colour);
    return f;
}

// The report as a paginated QTextDocument, in device pixels of the target device.
class ReportDocument {
public:
    ReportDocument(const Report& report, QPaintDevice& device, const QSizeF& pageSize)
        : m_report(report)
        , m_units{qreal(device.logicalDpiY())}
        , m_pageSize(pageSize) {
        m_doc.setUndoRedoEnabled(false);
        m_doc.documentLayout()->setPaintDevice(&device);
        m_doc.setUseDesignMetrics(true);
        m_doc.setDocumentMargin(0);
        m_doc.setDefaultFont(ReportFonts::font(BodyPt));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_doc.setDefaultTextOption(option);
        m_doc.setIndentWidth(Units::layoutPt(16));
        m_fishbones = new FishboneObject(QSizeF(pageSize.width(), pageSize.height() * 0.95),
                                         m_units.dpi / 96.0, &m_doc);
        m_doc.documentLayout()->registerHandler(FishboneObjectType, m_fishbones);
        m_pageNumbers = new PageNumberObject(&m_doc);
        m_doc.documentLayout()->registerHandler(PageNumberObjectType, m_pageNumbers);
        m_cursor = QTextCursor(&m_doc);
    }

    void build() {
        // Without a page size the document does not lay itself out after every edit: it is
        // laid out once, paginated, when the page size is set at the end.
        m_cursor.beginEditBlock();
        cover();
        for (const ReportBlock& block : m_report.blocks)
            add(block);
        m_cursor.endEditBlock();
        m_doc.setPageSize(m_pageSize);
        keepHeadingsWithNext();
        fillContents();
        // Lay out to the end: the page count is only an estimate until then.
        m_doc.documentLayout()->blockBoundingRect(m_doc.lastBlock());
    }

    QTextDocument& document() { return m_doc; }
    int pageCount() const { return m_doc.pageCount(); }
    QStringList warnings() const { return m_coverage.warnings(); }
    Coverage& coverage() { return m_coverage; }

private:
    struct Heading {
        int level = 1;
        QTextCursor at; // follows the heading through later edits
    };

    // A new block, or the empty one the cursor is in (the first, or the one after a table).
    void newBlock(QTextBlockFormat format, const QTextCharFormat& chars) {
        if (m_breakBefore) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_breakBefore = false;
        }
        if (m_cursorInEmptyBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_cursorInEmptyBlock = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    QTextBlockFormat blockFormat(qreal topPt, qreal bottomPt) const {
        QTextBlockFormat f;
        f.setTopMargin(Units::layoutPt(topPt));
        f.setBottomMargin(Units::layoutPt(bottomPt));
        return f;
    }

    void textBlock(const QString& text, const QTextBlockFormat& format,
                   const QTextCharFormat& chars, bool mono = false) {
        newBlock(format, chars);
        m_cursor.insertText(withLineBreaks(m_coverage(text, mono)), chars);
    }

    QTextTable* insertTable(int rows, int columns, QTextTableFormat format) {
        if (m_breakBefore) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_breakBefore = false;
        }
        QTextTable* table = m_cursor.insertTable(rows, columns, format);
        m_cursor.movePosition(QTextCursor::End);
        m_cursorInEmptyBlock = true;
        return table;
    }

    void setCell(QTextTable* table, int row, int column, const QString& text,
                 const QTextCharFormat& chars, Qt::Alignment alignment = Qt::AlignLeft,
                 bool mono = false) {
        QTextCursor c = table->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat f = c.blockFormat();
        f.setAlignment(alignment);
        c.setBlockFormat(f);
        // Not setBlockCharFormat: a cell's first block carries the cell's format (its
        // background) and would lose it.
        c.insertText(withLineBreaks(m_coverage(text, mono)), chars);
    }

    void cover() {
        // The title a little down the page; an empty block of fixed height, as the first
        // block's top margin does not count.
        QTextBlockFormat spacer;
        spacer.setLineHeight(m_pageSize.height() * 0.12, QTextBlockFormat::FixedHeight);
        newBlock(spacer, charFormat(BodyPt));
        const QTextBlockFormat title = blockFormat(0, 18);
        textBlock(m_report.title, title, charFormat(TitlePt, true));

        ReportFields fields = m_report.cover;
        if (!m_report.marking.isEmpty())
            fields.append({tr("Confidentiality"), m_report.marking});
        if (m_report.generatedAt.isValid())
            fields.append({tr("Generated"), reportDateTime(m_report.generatedAt, QString())});
        if (!m_report.documentId.isEmpty())
            fields.append({tr("Document ID"), m_report.documentId});
        bool profileShown = m_report.profile.isEmpty();
        for (const auto& field : m_report.cover)
            profileShown =
                profileShown || field.second.contains(m_report.profile, Qt::CaseInsensitive);
        if (!profileShown)
            fields.append({tr("Profile"), m_report.profile});
        fieldTable(fields, 11, 4);
        if (!m_report.contentSha256.isEmpty()) {
            textBlock(tr("Content SHA-256"), blockFormat(14, 2), charFormat(BodyPt, true));
            textBlock(m_report.contentSha256, blockFormat(0, 0),
                      charFormat(NotePt, false, Ink, true), true);
        }
        m_breakBefore = true;
    }

    void fieldTable(const ReportFields& fields, qreal pointSize, qreal paddingPt = 2.5) {
        if (fields.isEmpty())
            return;
        QTextTableFormat format;
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellSpacing(0);
        format.setCellPadding(Units::layoutPt(paddingPt));
        format.setTopMargin(Units::layoutPt(4));
        format.setBottomMargin(Units::layoutPt(6));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30),
                                          QTextLength(QTextLength::PercentageLength, 70)});
        QTextTable* table = insertTable(int(fields.size()), 2, format);
        for (int row = 0; row < fields.size(); ++row) {
            setCell(table, row, 0, fields.at(row).first, charFormat(pointSize, true));
            setCell(table, row, 1, fields.at(row).second, charFormat(pointSize));
        }
    }

    void dataTable(const ReportTable& data) {
        const int columns = int(data.headers.size());
        if (columns == 0)
            return;
        QTextTableFormat format;
        // One 96-dpi pixel: thinner borders are dropped by the layout.
        format.setBorder(1);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(Border);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(Units::layoutPt(3));
        format.setTopMargin(Units::layoutPt(6));
        format.setBottomMargin(Units::layoutPt(8));
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        qreal total = 0;
        for (int i = 0; i < columns; ++i)
            total += i < data.columnWeights.size() ? qMax(1, data.columnWeights.at(i)) : 1;
        QList<QTextLength> widths;
        for (int i = 0; i < columns; ++i) {
            const qreal weight =
                i < data.columnWeights.size() ? qMax(1, data.columnWeights.at(i)) : 1;
            widths.append(QTextLength(QTextLength::PercentageLength, 100 * weight / total));
        }
        format.setColumnWidthConstraints(widths);
        QTextTable* table = insertTable(int(data.rows.size()) + 1, columns, format);
        QTextTableCellFormat headerCell;
        headerCell.setBackground(HeaderFill);
        const QTextCharFormat headerChars = charFormat(TablePt, true);
        const QTextCharFormat cellChars = charFormat(TablePt);
        for (int column = 0; column < columns; ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            cell.setFormat(headerCell);
            setCell(table, 0, column, data.headers.at(column), headerChars);
        }
        for (int row = 0; row < data.rows.size(); ++row) {
            const QStringList& cells = data.rows.at(row);
            for (int column = 0; column < columns && column < cells.size(); ++column)
                setCell(table, row + 1, column, cells.at(column), cellChars);
        }
    }

    void listBlock(const QList<ReportListItem>& items) {
        QList<QTextList*> lists; // the open list of each depth
        const QTextCharFormat itemChars = charFormat(BodyPt);
        const QTextCharFormat noteChars = charFormat(NotePt, false, Muted);
        for (const ReportListItem& item : items) {
            const int depth = qMax(0, item.depth);
            lists.resize(qMin(int(lists.size()), depth + 1));
            textBlock(item.text, blockFormat(1, item.note.isEmpty() ? 2 : 0), itemChars);
            if (depth < lists.size() && lists.at(depth)) {
                lists.at(depth)->add(m_cursor.block());
            } else {
                QTextListFormat format;
                format.setIndent(depth + 1);
                format.setStyle(depth % 2 == 0 ? QTextListFormat::ListDisc
                                               : QTextListFormat::ListSquare);
                lists.resize(depth + 1);
                lists[depth] = m_cursor.createList(format);
            }
            if (!item.note.isEmpty()) {
                QTextBlockFormat note = blockFormat(0, 2);
                note.setIndent(depth + 1);
                textBlock(item.note, note, noteChars);
            }
        }
        // Space after the list, carried by its last block.
        QTextBlockFormat last = m_cursor.blockFormat();
        last.setBottomMargin(Units::layoutPt(6));
        m_cursor.setBlockFormat(last);
    }

    void fishbone(const ReportBlock& block) {
        if (!block.fishbone)
            return;
        QTextBlockFormat format = blockFormat(4, 8);
        format.setAlignment(Qt::AlignHCenter);
        newBlock(format, charFormat(BodyPt));
        QTextCharFormat object;
        object.setObjectType(FishboneObjectType);
        object.setProperty(FishboneIndexProperty, m_fishbones->add(*block.fishbone, m_coverage));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    void contents(const ReportBlock& block) {
        const QString title = block.text.trimmed().isEmpty() ? tr("Contents") : block.text;
        textBlock(title, blockFormat(0, 8), charFormat(HeadingPt[0], true));
        QList<const ReportBlock*> entries;
        for (const ReportBlock& b : m_report.blocks) {
            if (b.type == ReportBlock::Type::Heading && b.level <= 2)
                entries.append(&b);
        }
        if (entries.isEmpty())
            return;
        QTextTableFormat format;
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellSpacing(0);
        format.setCellPadding(Units::layoutPt(2));
        format.setBottomMargin(Units::layoutPt(8));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // The page-number column has a fixed width, so filling in the numbers after the
        // first layout cannot change how the contents wrap or how long they are.
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::VariableLength, 0),
             QTextLength(QTextLength::FixedLength, Units::layoutPt(40))});
        QTextTable* table = insertTable(int(entries.size()), 2, format);
        for (int row = 0; row < entries.size(); ++row) {
            const bool top = entries.at(row)->level <= 1;
            QTextCursor c = table->cellAt(row, 0).firstCursorPosition();
            QTextBlockFormat f = c.blockFormat();
            if (!top)
                f.setLeftMargin(Units::layoutPt(16));
            c.setBlockFormat(f);
            const QTextCharFormat chars = charFormat(BodyPt, top);
            c.insertText(withLineBreaks(m_coverage(entries.at(row)->text)), chars);
            QTextCursor number = table->cellAt(row, 1).firstCursorPosition();
            QTextBlockFormat right = number.blockFormat();
            right.setAlignment(Qt::AlignRight);
            number.setBlockFormat(right);
            QTextCharFormat object = chars;
            object.setObjectType(PageNumberObjectType);
            object.setProperty(PageNumberIndexProperty, row);
            number.insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
        m_contentsTargets = entries;
    }

    void add(const ReportBlock& block) {
        switch (block.type) {
        case ReportBlock::Type::Heading: {
            const int level = qBound(1, block.level, 3);
            const qreal top[] = {16, 12, 9};
            textBlock(block.text, blockFormat(top[level - 1], 5),
                      charFormat(HeadingPt[level - 1], true));
            QTextBlockFormat heading = m_cursor.blockFormat();
            heading.setHeadingLevel(level);
            m_cursor.setBlockFormat(heading);
            m_headings.append({level, QTextCursor(m_cursor.block())});
            m_headingBlocks.append(&block);
            break;
        }
        case ReportBlock::Type::Paragraph: {
            static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n\\s*"));
            for (const QString& paragraph : block.text.split(blankLine, Qt::SkipEmptyParts))
                textBlock(paragraph.trimmed(), blockFormat(0, 6), charFormat(BodyPt));
            break;
        }
        case ReportBlock::Type::Note: {
            QTextCharFormat chars = charFormat(BodyPt, false, Muted);
            chars.setFontItalic(true);
            textBlock(block.text, blockFormat(0, 6), chars);
            break;
        }
        case ReportBlock::Type::Fields:
            fieldTable(block.fields, BodyPt);
            break;
        case ReportBlock::Type::Table:
            dataTable(block.table);
            break;
        case ReportBlock::Type::List:
            listBlock(block.items);
            break;
        case ReportBlock::Type::Fishbone:
            fishbone(block);
            break;
        case ReportBlock::Type::Contents:
            contents(block);
            break;
        case ReportBlock::Type::PageBreak:
            m_breakBefore = true;
            break;
        }
    }

    // Positions are rounded to 1/64 px in the layout: a block that starts a page may be a
    // hair above its top.
    int pageOf(qreal y) const { return int(std::floor((y + 0.5) / m_pageSize.height())); }

    // Where a block's text starts and ends, in document coordinates. Not the block's
    // bounding rect: a block moved to the next page by a page break keeps its position at
    // the foot of the previous one; only its lines move.
    QPair<qreal, qreal> textSpan(const QTextBlock& block) const {
        const QRectF rect = m_doc.documentLayout()->blockBoundingRect(block); // lays it out
        const QTextLayout* text = block.layout();
        if (!text || text->lineCount() == 0 ||
            block.document()->frameAt(block.position()) != m_doc.rootFrame())
            return {rect.top(), rect.bottom()};
        const QTextLine last = text->lineAt(text->lineCount() - 1);
        return {text->position().y() + text->lineAt(0).y(),
                text->position().y() + last.y() + last.height()};
    }

    int pageOfBlock(const QTextBlock& block) const { return pageOf(textSpan(block).first); }

    // QTextDocument has no "keep with next": a heading left at the foot of a page, away from
    // what it introduces, is moved to the next page (with any headings right above it).
    void keepHeadingsWithNext() {
        const qreal height = m_pageSize.height();
        const qreal minBelow = m_units.pt(BodyPt * 1.3 * 3);
        qint64 budget = 2 * qint64(m_doc.characterCount());
        for (const Heading& heading : std::as_const(m_headings)) {
            const QTextBlock block = heading.at.block();
            const auto [top, bottom] = textSpan(block);
            const int page = pageOf(top);
            const qreal pageTop = page * height;
            if (top - pageTop <= block.blockFormat().topMargin() * m_units.dpi / 96 + 1)
                continue; // already at the top of its page
            bool alone = pageTop + height - bottom < minBelow;
            const QTextBlock next = block.next();
            if (!alone && next.isValid())
                alone = pageOfBlock(next) != page;
            if (!alone)
                continue;
            QTextBlock first = block;
            while (first.previous().isValid() &&
                   first.previous().blockFormat().headingLevel() > 0 &&
                   pageOfBlock(first.previous()) == page)
                first = first.previous();
            // Qt's incremental relayout after an edit leaves later blocks misplaced (Qt 6.4),
            // so each move lays the document out afresh, lazily up to the next heading. A
            // very long report gets only as many moves as two whole layouts' worth of work.
            const qint64 cost = first.position();
            if (cost > budget)
                break;
            budget -= cost;
            m_doc.setPageSize(QSizeF());
            QTextCursor c(first);
            QTextBlockFormat f = first.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            c.setBlockFormat(f);
            m_doc.setPageSize(m_pageSize);
        }
    }

    void fillContents() {
        QStringList numbers;
        for (const ReportBlock* target : std::as_const(m_contentsTargets)) {
            const int index = int(m_headingBlocks.indexOf(target));
            if (index < 0) {
                numbers.append(QString());
                continue;
            }
            numbers.append(QString::number(pageOfBlock(m_headings.at(index).at.block()) + 1));
        }
        m_pageNumbers->numbers = numbers;
    }

    const Report& m_report;
    Units m_units;
    QSizeF m_pageSize;
    QTextDocument m_doc;
    QTextCursor m_cursor;
    FishboneObject* m_fishbones = nullptr;
    PageNumberObject* m_pageNumbers = nullptr;
    Coverage m_coverage;
    bool m_breakBefore = false;
    bool m_cursorInEmptyBlock = true;
    QList<Heading> m_headings;
    QList<const ReportBlock*> m_headingBlocks; // parallel to m_headings
    QList<const ReportBlock*> m_contentsTargets;
};

// Where the header, body and footer go on a page, in painter coordinates.
struct PageFrame {
    QRectF page; // what may be painted on
    QRectF header;
    QRectF body;
    QRectF footer;
};

PageFrame pageFrame(QPagedPaintDevice& device, const Units& units) {
    PageFrame frame;
    frame.page = QRectF(0, 0, device.width(), device.height());
    const QPageLayout layout = device.pageLayout();
    if (layout.mode() == QPageLayout::FullPageMode) {
        // The painter reaches the paper's edge: keep to the layout's margins, at least 10 mm.
        const QMarginsF m = layout.marginsPixels(int(units.dpi));
        const qreal least = units.mm(10);
        frame.page =
            frame.page.marginsRemoved(QMarginsF(qMax(m.left(), least), qMax(m.top(), least),
                                                qMax(m.right(), least), qMax(m.bottom(), least)));
    }
    const qreal band = units.pt(BandPt * 1.4 + 12);
    frame.header = QRectF(frame.page.left(), frame.page.top(), frame.page.width(), band);
    frame.footer = QRectF(frame.page.left(), frame.page.bottom() - band, frame.page.width(), band);
    frame.body = QRectF(frame.page.left(), frame.header.bottom(), frame.page.width(),
                        frame.footer.top() - frame.header.bottom());
    return frame;
}

void drawBandText(QPainter& painter, const QRectF& rect, Qt::Alignment alignment,
                  const QString& text) {
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.drawText(rect, int(alignment | Qt::TextSingleLine),
                     metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

void drawHeaderAndFooter(QPainter& painter, const PageFrame& frame, const Units& units,
                         const Report& report, Coverage& coverage, int page, int pages) {
    painter.save();
    const QFont font = ReportFonts::font(BandPt);
    const QFont bold = ReportFonts::font(BandPt, true);
    const qreal lineHeight = QFontMetricsF(font, painter.device()).height();
    const qreal gap = units.pt(4);
    painter.setPen(QPen(Rule, units.pt(0.5)));
    const qreal headerRule = frame.header.top() + lineHeight + gap;
    painter.drawLine(QPointF(frame.header.left(), headerRule),
                     QPointF(frame.header.right(), headerRule));
    const qreal footerRule = frame.footer.bottom() - lineHeight - gap;
    painter.drawLine(QPointF(frame.footer.left(), footerRule),
                     QPointF(frame.footer.right(), footerRule));

    painter.setPen(Ink);
    const QRectF headerLine(frame.header.left(), frame.header.top(), frame.header.width(),
                            lineHeight);
    const qreal third = frame.page.width() / 3;
    painter.setFont(bold);
    const QString marking = coverage(report.marking);
    const qreal markingWidth =
        qMin(QFontMetricsF(bold, painter.device()).horizontalAdvance(marking) + gap, third);
    drawBandText(painter, headerLine.adjusted(0, 0, -(headerLine.width() - markingWidth), 0),
                 Qt::AlignLeft | Qt::AlignVCenter, marking);
    painter.setFont(font);
    drawBandText(painter, headerLine.adjusted(markingWidth + gap, 0, 0, 0),
                 Qt::AlignRight | Qt::AlignVCenter, coverage(report.title));

    const QRectF footerLine(frame.footer.left(), frame.footer.bottom() - lineHeight,
                            frame.footer.width(), lineHeight);
    const QString pageText = tr("Page %1 of %2").arg(page).arg(pages);
    const qreal pageWidth = QFontMetricsF(font, painter.device()).horizontalAdvance(pageText) + gap;
    drawBandText(painter, footerLine, Qt::AlignRight | Qt::AlignVCenter, pageText);
    QString left = coverage(report.documentId);
    if (report.generatedAt.isValid()) {
        const QString generated =
            tr("Generated %1").arg(reportDateTime(report.generatedAt, QString()));
        left = left.isEmpty() ? generated : left + QStringLiteral("  ·  ") + generated;
    }
    drawBandText(painter, footerLine.adjusted(0, 0, -pageWidth - gap, 0),
                 Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.restore();
}

} // namespace

Result<PdfOutcome> paintReport(const Report& report, QPagedPaintDevice& device,
                               const ReportProgress& progress) {
    if (!ReportFonts::ensureLoaded())
        return Result<PdfOutcome>::failure(tr("The report fonts could not be loaded."));
    const Units units{qreal(device.logicalDpiY())};
    const PageFrame frame = pageFrame(device, units);
    if (frame.body.width() <= units.mm(20) || frame.body.height() <= units.mm(20))
        return Result<PdfOutcome>::failure(tr("The page is too small for the report."));

    // Whole device pixels per page, so page boundaries fall on the layout's grid.
    const QSizeF pageSize(std::floor(frame.body.width()), std::floor(frame.body.height()));
    ReportDocument content(report, device, pageSize);
    content.build();
    const int pages = content.pageCount();
    const int steps = pages + 1;
    if (progress && !progress(1, steps))
        return Result<PdfOutcome>::failure(tr("cancelled"));

    QPainter painter;
    if (!painter.begin(&device))
        return Result<PdfOutcome>::failure(tr("Cannot paint on the output device."));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Ink);
    const qreal height = pageSize.height();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Result<PdfOutcome>::failure(tr("Cannot start a new page."));
        }
        // Through a PageShiftDevice: the translation to the page must not reach the file as
        // numbers beyond PDF/A's limit.
        PageShiftDevice shifted(painter, frame.body);
        QPainter pagePainter(&shifted);
        pagePainter.translate(frame.body.left(), frame.body.top() - page * height);
        // A hair inside the page, for the same rounding: a line that starts the next page
        // must not be drawn (clipped away, but still in the file's text) at this one's foot.
        context.clip = QRectF(0, page * height + 0.5, pageSize.width(), height - 1);
        content.document().documentLayout()->draw(&pagePainter, context);
        pagePainter.end();
        drawHeaderAndFooter(painter, frame, units, report, content.coverage(), page + 1, pages);
        if (progress && !progress(page + 2, steps)) {
            painter.end();
            return Result<PdfOutcome>::failure(tr("cancelled"));
        }
    }
    painter.end();

    PdfOutcome outcome;
    outcome.pages = pages;
    outcome.warnings = content.warnings();
    return outcome;
}

Result<PdfOutcome> writeReportPdf(const Report& report, const QString& path,
                                  QPageSize::PageSizeId paper, const ReportProgress& progress) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<PdfOutcome>::failure(
            tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    std::optional<Result<PdfOutcome>> outcome;
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        // The title is the only metadata: nothing else that a redacted report could leak.
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Causeway"));
        writer.setPageLayout(QPageLayout(QPageSize(paper), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        outcome = paintReport(report, writer, progress);
    }
    if (!outcome->ok()) {
        file.cancelWriting();
        return *outcome;
    }
    if (!file.commit())
        return Result<PdfOutcome>::failure(
            tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return *outcome;
}

} // namespace causeway

#include "ReportPdf.moc"
