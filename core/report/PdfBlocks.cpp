#include "report/PdfBlocks.h"

#include "report/ReportFonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace causeway {

namespace {

using namespace PdfStyle;

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::PdfBlocks::Private", text);
}

constexpr qreal HeadingPt[] = {16, 13, 11};
constexpr qreal HeadingTopPt[] = {16, 12, 9};
constexpr qreal ListIndentPt = 16;
constexpr qreal TablePaddingPt = 3;

QString withLineBreaks(QString text) {
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

QFont italic(QFont font) {
    font.setItalic(true);
    return font;
}

} // namespace

QString PdfCoverage::operator()(const QString& text, bool mono) {
    return ReportFonts::withVisibleGaps(text, &m_missing, mono);
}

QStringList PdfCoverage::warnings() const {
    QStringList out;
    for (const QString& description : m_missing) {
        const QString name = description.section(u' ', 0, 0);
        out.append(QCoreApplication::translate("causeway::PdfCoverage",
                                               "%1 is not in the report font; printed as [%2]")
                       .arg(description, name));
    }
    return out;
}

struct PdfBlocks::Private {
    const Report& report;
    const QPaintDevice& device;
    qreal dpi = 72;
    qreal width = 0;  // of the body
    qreal height = 0; // of the body
    PdfCoverage coverage;
    std::vector<std::unique_ptr<QTextLayout>> texts;
    std::vector<std::unique_ptr<FishboneLayout>> fishbones;
    QList<PdfBlock> blocks;
    QHash<const ReportBlock*, int> headingIndex;

    Private(const Report& r, const QPaintDevice& d, const QSizeF& body)
        : report(r)
        , device(d)
        , dpi(d.logicalDpiY())
        , width(body.width())
        , height(body.height()) {}

    qreal pt(qreal points) const { return points * dpi / 72.0; }

    // Lays text out once, in the device's pixels, wrapped to width; kept for painting.
    QTextLayout* measure(const QString& text, const QFont& font, qreal lineWidth,
                         Qt::Alignment alignment = Qt::AlignLeft) {
        auto layout = std::make_unique<QTextLayout>(withLineBreaks(text), font, &device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout->setTextOption(option);
        layout->setCacheEnabled(true); // the shaped glyphs are drawn later: shape once
        wrap(*layout, lineWidth);
        texts.push_back(std::move(layout));
        return texts.back().get();
    }

    void wrap(QTextLayout& layout, qreal lineWidth) const {
        layout.beginLayout();
        qreal top = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(qMax(lineWidth, pt(12)));
            line.setPosition(QPointF(0, top));
            top += line.height();
        }
        layout.endLayout();
    }

    // The widest word that had to be broken inside to fit its line, or 0 when every line
    // ends where a line may end (a space, a hyphen).
    qreal widestBrokenWord(const QTextLayout& layout) const {
        const QString& text = layout.text();
        qreal widest = 0;
        for (int i = 0; i + 1 < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            const int end = line.textStart() + line.textLength();
            if (end <= 0 || end >= text.size() || !text.at(end - 1).isLetterOrNumber() ||
                !text.at(end).isLetterOrNumber())
                continue;
            int from = end;
            while (from > 0 && !text.at(from - 1).isSpace())
                --from;
            int to = end;
            while (to < text.size() && !text.at(to).isSpace())
                ++to;
            widest = qMax(
                widest,
                QFontMetricsF(layout.font(), &device).horizontalAdvance(text.mid(from, to - from)));
        }
        return widest;
    }

    PdfCell cell(const QString& text, const QFont& font, qreal x, qreal lineWidth,
                 const QColor& colour = Ink, bool mono = false) {
        PdfCell c;
        c.text = measure(coverage(text, mono), font, lineWidth);
        c.x = x;
        c.colour = colour;
        return c;
    }

    static PdfRow row(QList<PdfCell> cells, qreal padTop, qreal padBottom) {
        PdfRow r;
        r.cells = std::move(cells);
        r.padTop = padTop;
        r.padBottom = padBottom;
        for (const PdfCell& c : std::as_const(r.cells)) {
            const int lines = c.text->lineCount();
            if (lines > 0)
                r.textHeight = qMax(r.textHeight, lineBottom(*c.text, lines - 1));
        }
        return r;
    }

    void textBlock(const QString& text, const QFont& font, qreal before, qreal after,
                   const QColor& colour = Ink, bool mono = false) {
        PdfBlock b;
        b.spaceBefore = before;
        b.spaceAfter = after;
        b.splitAnywhere = true;
        b.rows.append(row({cell(text, font, 0, width, colour, mono)}, 0, 0));
        blocks.append(b);
    }

    // Columns from relative weights: the x of each border, 0 to width.
    QList<qreal> columnEdges(const QList<int>& weights, int columns) const {
        qreal total = 0;
        for (int i = 0; i < columns; ++i)
            total += i < weights.size() ? qMax(1, weights.at(i)) : 1;
        QList<qreal> edges{0};
        qreal sum = 0;
        for (int i = 0; i < columns; ++i) {
            sum += i < weights.size() ? qMax(1, weights.at(i)) : 1;
            edges.append(width * sum / total);
        }
        return edges;
    }

    void fieldList(const ReportFields& fields, qreal pointSize, qreal paddingPt) {
        if (fields.isEmpty())
            return;
        PdfBlock b;
        b.spaceBefore = pt(4);
        b.spaceAfter = pt(6);
        const qreal pad = pt(paddingPt);
        const QList<qreal> edges = columnEdges({3, 7}, 2);
        const QFont label = ReportFonts::font(pointSize, true);
        const QFont value = ReportFonts::font(pointSize);
        for (const auto& [name, text] : fields) {
            b.rows.append(row({cell(name, label, pad, edges.at(1) - 2 * pad),
                               cell(text, value, edges.at(1) + pad, width - edges.at(1) - 2 * pad)},
                              pad, pad));
        }
        blocks.append(b);
    }

    void table(const ReportTable& data) {
        const int columns = int(data.headers.size());
        if (columns == 0)
            return;
        PdfBlock b;
        b.spaceBefore = pt(6);
        b.spaceAfter = pt(8);
        b.grid = true;
        b.columnEdges = columnEdges(data.columnWeights, columns);
        const qreal pad = pt(TablePaddingPt);
        const auto columnWidth = [&](int column) {
            return b.columnEdges.at(column + 1) - b.columnEdges.at(column) - 2 * pad;
        };
        // PdfRow 0 is the header.
        QList<QList<QTextLayout*>> grid;
        const auto measureRow = [&](const QStringList& cellTexts, const QFont& font) {
            QList<QTextLayout*> cells;
            for (int column = 0; column < columns; ++column)
                cells.append(measure(coverage(cellTexts.value(column)), font, columnWidth(column)));
            grid.append(cells);
        };
        measureRow(data.headers, ReportFonts::font(TablePt, true));
        const QFont font = ReportFonts::font(TablePt);
        for (const QStringList& cells : data.rows)
            measureRow(cells, font);
        widenBrokenColumns(b.columnEdges, grid, pad);
        const auto rowOf = [&](const QList<QTextLayout*>& rowTexts) {
            QList<PdfCell> cells;
            for (int column = 0; column < columns; ++column)
                cells.append({rowTexts.at(column), b.columnEdges.at(column) + pad, Ink});
            return row(cells, pad, pad);
        };
        b.header = rowOf(grid.first());
        for (qsizetype i = 1; i < grid.size(); ++i)
            b.rows.append(rowOf(grid.at(i)));
        blocks.append(b);
    }

    // The width a cell would need for one line, if it is two lines now; 0 for one line,
    // infinity for more (or for a line break in the text).
    static qreal oneLineWidth(const QTextLayout& layout) {
        if (layout.lineCount() <= 1)
            return 0;
        if (layout.lineCount() > 2 || layout.text().contains(QChar::LineSeparator))
            return std::numeric_limits<qreal>::infinity();
        const QTextLine first = layout.lineAt(0);
        // The space the break replaced is not in the natural widths.
        return first.naturalTextWidth() + layout.lineAt(1).naturalTextWidth() + first.ascent() / 3;
    }

    // The weights are a hint. A column too narrow for one of its words ("Communication"
    // broken as "Communicati-on"), or a column of short texts that would each fit one line
    // with up to 15 % more width (times), takes the width from the widest column without
    // such needs, at most a third of that column's width. Only the changed columns are
    // wrapped again. Words wider than 40 % of the table (hashes) are left to break.
    void widenBrokenColumns(QList<qreal>& edges, const QList<QList<QTextLayout*>>& grid,
                            qreal pad) const {
        const qsizetype columns = edges.size() - 1;
        QList<qreal> widths;
        for (qsizetype c = 0; c < columns; ++c)
            widths.append(edges.at(c + 1) - edges.at(c));
        QList<qreal> need(columns, 0);
        QList<qreal> oneLine(columns, 0);
        for (const QList<QTextLayout*>& cells : grid) {
            for (qsizetype c = 0; c < columns; ++c) {
                const qreal word = widestBrokenWord(*cells.at(c));
                if (word > 0)
                    need[c] = qMax(need.at(c), std::ceil(word) + 2 * pad + 1);
                oneLine[c] = qMax(oneLine.at(c), oneLineWidth(*cells.at(c)));
            }
        }
        for (qsizetype c = 0; c < columns; ++c) {
            if (need.at(c) > width * 0.4)
                need[c] = 0;
            const qreal fit = std::ceil(oneLine.at(c)) + 2 * pad + 1;
            if (oneLine.at(c) > 0 && fit <= widths.at(c) * 1.15)
                need[c] = qMax(need.at(c), fit);
        }
        qreal deficit = 0;
        qsizetype donor = -1;
        for (qsizetype c = 0; c < columns; ++c) {
            if (need.at(c) > widths.at(c))
                deficit += need.at(c) - widths.at(c);
            else if (need.at(c) == 0 && (donor < 0 || widths.at(c) > widths.at(donor)))
                donor = c;
        }
        if (deficit <= 0 || donor < 0)
            return;
        const qreal given = qMin(deficit, widths.at(donor) / 3);
        QList<bool> changed(columns, false);
        for (qsizetype c = 0; c < columns; ++c) {
            if (need.at(c) > widths.at(c)) {
                widths[c] += (need.at(c) - widths.at(c)) * given / deficit;
                changed[c] = true;
            }
        }
        widths[donor] -= given;
        changed[donor] = true;
        for (qsizetype c = 0; c < columns; ++c)
            edges[c + 1] = edges.at(c) + widths.at(c);
        for (const QList<QTextLayout*>& cells : grid) {
            for (qsizetype c = 0; c < columns; ++c) {
                if (changed.at(c))
                    wrap(*cells.at(c), widths.at(c) - 2 * pad);
            }
        }
    }

    void list(const QList<ReportListItem>& items) {
        PdfBlock b;
        b.spaceAfter = pt(6);
        const QFont itemFont = ReportFonts::font(BodyPt);
        const QFont noteFont = ReportFonts::font(NotePt);
        const QFontMetricsF metrics(itemFont, &device);
        for (const ReportListItem& item : items) {
            const int depth = qMax(0, item.depth);
            const qreal indent = pt(ListIndentPt) * (depth + 1);
            PdfRow r = row({cell(item.text, itemFont, indent, width - indent)}, pt(1),
                           item.note.isEmpty() ? pt(2) : 0);
            r.bullet = depth % 2 == 0 ? 1 : 2;
            r.bulletCentre = QPointF(indent - pt(8), metrics.ascent() - metrics.xHeight() / 2);
            b.rows.append(r);
            if (!item.note.isEmpty())
                b.rows.append(
                    row({cell(item.note, noteFont, indent, width - indent, Muted)}, 0, pt(2)));
        }
        blocks.append(b);
    }

    void fishbone(const ReportBlock& block) {
        if (!block.fishbone)
            return;
        auto shown = std::make_unique<FishboneLayout>(*block.fishbone);
        for (FishboneLabel& label : shown->labels) {
            for (QString& line : label.lines)
                line = coverage(line);
        }
        const QSizeF size = shown->sceneRect.size();
        if (size.width() <= 0 || size.height() <= 0)
            return;
        PdfBlock b;
        b.spaceBefore = pt(4);
        b.spaceAfter = pt(8);
        // Scene units are screen pixels: never drawn larger than on screen.
        b.fishboneScale =
            std::min({width / size.width(), height * 0.95 / size.height(), dpi / 96.0});
        b.fishboneSize = size * b.fishboneScale;
        b.fishbone = shown.get();
        fishbones.push_back(std::move(shown));
        blocks.append(b);
    }

    void contents(const ReportBlock& block) {
        const QString title = block.text.trimmed().isEmpty() ? tr("Contents") : block.text;
        textBlock(title, ReportFonts::font(HeadingPt[0], true), 0, pt(8));
        blocks.last().keepWithNext = true;
        PdfBlock b;
        b.spaceAfter = pt(8);
        const qreal pad = pt(2);
        const qreal numberWidth = pt(ContentsNumberPt);
        for (const ReportBlock& target : report.blocks) {
            if (target.type != ReportBlock::Type::Heading || target.level > 2)
                continue;
            const bool top = target.level <= 1;
            const qreal indent = top ? 0 : pt(ListIndentPt);
            const QFont font = ReportFonts::font(BodyPt, top);
            PdfRow r =
                row({cell(target.text, font, indent + pad, width - numberWidth - indent - 3 * pad)},
                    pad, pad);
            r.contentsEntry = headingIndex.value(&target);
            b.rows.append(r);
        }
        if (!b.rows.isEmpty())
            blocks.append(b);
    }

    void cover() {
        PdfBlock title;
        title.leadSpace = height * 0.12;
        title.spaceAfter = pt(18);
        title.rows.append(
            row({cell(report.title, ReportFonts::font(TitlePt, true), 0, width)}, 0, 0));
        blocks.append(title);

        ReportFields fields = report.cover;
        if (!report.marking.isEmpty())
            fields.append({tr("Confidentiality"), report.marking});
        if (report.generatedAt.isValid())
            fields.append({tr("Generated"), reportDateTime(report.generatedAt, QString())});
        if (!report.documentId.isEmpty())
            fields.append({tr("Document ID"), report.documentId});
        bool profileShown = report.profile.isEmpty();
        for (const auto& field : report.cover)
            profileShown =
                profileShown || field.second.contains(report.profile, Qt::CaseInsensitive);
        if (!profileShown)
            fields.append({tr("Profile"), report.profile});
        fieldList(fields, 11, 4);
        if (!report.contentSha256.isEmpty()) {
            textBlock(tr("Content SHA-256"), ReportFonts::font(BodyPt, true), pt(14), pt(2));
            textBlock(report.contentSha256, ReportFonts::font(NotePt, false, true), 0, 0, Ink,
                      true);
        }
    }

    void measureAll() {
        for (const ReportBlock& block : report.blocks) {
            if (block.type == ReportBlock::Type::Heading)
                headingIndex.insert(&block, int(headingIndex.size()));
        }
        cover();
        bool breakBefore = true;
        for (const ReportBlock& block : report.blocks) {
            const qsizetype first = blocks.size();
            switch (block.type) {
            case ReportBlock::Type::Heading: {
                const int level = qBound(1, block.level, 3);
                textBlock(block.text, ReportFonts::font(HeadingPt[level - 1], true),
                          pt(HeadingTopPt[level - 1]), pt(5));
                blocks.last().keepWithNext = true;
                blocks.last().splitAnywhere = false;
                blocks.last().heading = headingIndex.value(&block);
                break;
            }
            case ReportBlock::Type::Paragraph: {
                static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n\\s*"));
                for (const QString& paragraph : block.text.split(blankLine, Qt::SkipEmptyParts))
                    textBlock(paragraph.trimmed(), ReportFonts::font(BodyPt), 0, pt(6));
                break;
            }
            case ReportBlock::Type::Note: {
                // A note right under a heading ("Times are in …") or one that introduces
                // what follows ("Evidence:") belongs with it, like the heading itself.
                // Not before a heading: that would chain empty sections into one run.
                const ReportBlock* next =
                    &block == &report.blocks.constLast() ? nullptr : &block + 1;
                const bool beforeContent = next && next->type != ReportBlock::Type::Heading &&
                                           next->type != ReportBlock::Type::PageBreak;
                const bool introduces =
                    beforeContent && ((!blocks.isEmpty() && blocks.last().keepWithNext) ||
                                      block.text.trimmed().endsWith(u':'));
                textBlock(block.text, italic(ReportFonts::font(BodyPt)), 0, pt(6), Muted);
                blocks.last().keepWithNext = introduces;
                break;
            }
            case ReportBlock::Type::Fields:
                fieldList(block.fields, BodyPt, 2.5);
                break;
            case ReportBlock::Type::Table:
                table(block.table);
                break;
            case ReportBlock::Type::List:
                list(block.items);
                break;
            case ReportBlock::Type::Fishbone:
                fishbone(block);
                break;
            case ReportBlock::Type::Contents:
                contents(block);
                break;
            case ReportBlock::Type::PageBreak:
                breakBefore = true;
                break;
            }
            if (breakBefore && blocks.size() > first) {
                blocks[first].breakBefore = true;
                breakBefore = false;
            }
        }
    }
};

PdfBlocks::PdfBlocks(const Report& report, const QPaintDevice& device, const QSizeF& bodySize)
    : d(std::make_unique<Private>(report, device, bodySize)) {
    d->measureAll();
}

PdfBlocks::~PdfBlocks() = default;

const QList<PdfBlock>& PdfBlocks::blocks() const {
    return d->blocks;
}

int PdfBlocks::headingCount() const {
    return int(d->headingIndex.size());
}

PdfCoverage& PdfBlocks::coverage() {
    return d->coverage;
}

qreal PdfBlocks::pt(qreal points) const {
    return d->pt(points);
}

const QTextLayout* PdfBlocks::measure(const QString& text, const QFont& font, qreal lineWidth,
                                      Qt::Alignment alignment) {
    return d->measure(text, font, lineWidth, alignment);
}

} // namespace causeway
