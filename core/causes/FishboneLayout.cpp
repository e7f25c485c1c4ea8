#include "causes/FishboneLayout.h"

#include "model/TemplateText.h"
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace causeway {

namespace {

const QChar kEllipsis(0x2026);
// Where a word too long for a line may break besides between any two characters.
const QString kBreakAfter = QStringLiteral("/-._?&=:\\");

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Planner", text);
}

// The code points of a word, so a word is never broken inside a surrogate pair.
QStringList codePoints(const QString& word) {
    QStringList out;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word.at(i).isHighSurrogate() && i + 1 < word.size() &&
            word.at(i + 1).isLowSurrogate()) {
            out.append(word.mid(i, 2));
            ++i;
        } else {
            out.append(word.mid(i, 1));
        }
    }
    return out;
}

void chopLastCodePoint(QString& text) {
    const bool pair = text.size() >= 2 && text.back().isLowSurrogate() &&
                      text.at(text.size() - 2).isHighSurrogate();
    text.chop(pair ? 2 : 1);
}

void translate(FishboneLabel& label, qreal dx, qreal dy) {
    label.rect.translate(dx, dy);
    label.textOrigin += QPointF(dx, dy);
}

qreal distance(const QPointF& p, const QRectF& r) {
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dy);
}

qreal distance(const QPointF& p, const QLineF& l) {
    const QPointF d = l.p2() - l.p1();
    const qreal length2 = QPointF::dotProduct(d, d);
    const qreal t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - l.p1(), d) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = l.p1() + t * d;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

// Builds labels and lines; works in coordinates where the spine is y = 0 and a bone
// being planned joins it at x = 0.
class Planner {
public:
    Planner(const FishboneTextMeasure& measure, const FishboneLayoutOptions& options)
        : m_measure(measure)
        , m_o(options) {}

    FishboneLabel label(FishboneLabel::Type type, FishboneTextRole role, const QString& text,
                        qreal maxWidth, bool marker) const {
        FishboneLabel l;
        l.type = type;
        l.role = role;
        const auto width = [this, role](const QString& line) {
            return m_measure.width(role, line);
        };
        l.lines = wrapFishboneText(text, maxWidth, width, m_o.maxLines, &l.elided);
        qreal textWidth = m_o.minTextWidth;
        for (const QString& line : std::as_const(l.lines))
            textWidth = std::max(textWidth, width(line));
        const qreal left = m_o.paddingX + (marker ? m_o.markerWidth : 0);
        l.lineHeight = m_measure.lineHeight(role);
        l.rect = QRectF(0, 0, left + textWidth + m_o.paddingX,
                        2 * m_o.paddingY + l.lineHeight * qreal(l.lines.size()));
        l.textOrigin = QPointF(left, m_o.paddingY + m_measure.ascent(role));
        return l;
    }

    // One bone with its causes, its join at the origin.
    struct Bone {
        QList<FishboneLabel> labels; // causes in reading order, then the category
        QList<FishboneLine> lines;
        QList<QRectF> obstacles; // everything of the bone that another bone must keep clear of
        QLineF line;
    };

    Bone bone(const FishboneBone& source, bool above) const {
        Bone b;
        // Rows of each cause hanging on the bone: the cause, then its sub-causes as an
        // outline (depth first).
        struct Row {
            FishboneLabel label;
            int parent = -1; // row index within the group
        };
        QList<QList<Row>> groups;
        QList<qreal> groupWidths;
        QList<qreal> groupHeights;
        for (const FishboneCause& cause : source.causes) {
            QList<Row> rows;
            const auto addRows = [&](const auto& self, const FishboneCause& c, int depth,
                                     int parent) -> void {
                Row row;
                row.label = label(FishboneLabel::Cause, FishboneTextRole::Cause, c.statement,
                                  m_o.causeTextWidth, true);
                row.label.id = c.id;
                row.label.causeKind = c.kind;
                row.label.depth = depth;
                row.parent = parent;
                const int index = int(rows.size());
                rows.append(row);
                for (const FishboneCause& child : c.children)
                    self(self, child, depth + 1, index);
            };
            addRows(addRows, cause, 0, -1);
            qreal width = 0;
            qreal height = 0;
            for (const Row& row : std::as_const(rows)) {
                width = std::max(width, row.label.depth * m_o.indent + row.label.rect.width());
                height += row.label.rect.height();
            }
            height += m_o.rowGap * qreal(rows.size() - 1);
            groups.append(rows);
            groupWidths.append(width);
            groupHeights.append(height);
        }
        // The height of a column of groups [from, to).
        const auto columnHeight = [&](qsizetype from, qsizetype to) {
            qreal h = 0;
            for (qsizetype g = from; g < to; ++g)
                h += groupHeights.at(g);
            return h + m_o.groupGap * qreal(std::max<qsizetype>(to - from - 1, 0));
        };
        // A bone carrying many causes hangs them on both of its sides: the first ones on
        // the left, the rest on the right, split where the two columns are most even. The
        // diagram gets wider instead of ever taller, which suits landscape screens.
        qsizetype split = groups.size();
        if (groups.size() > 1 && columnHeight(0, groups.size()) > m_o.twoSidedHeight) {
            qreal best = columnHeight(0, groups.size());
            for (qsizetype k = 1; k < groups.size(); ++k) {
                const qreal h = std::max(columnHeight(0, k), columnHeight(k, groups.size()));
                if (h < best) {
                    best = h;
                    split = k;
                }
            }
        }

        const auto boneX = [this](qreal u) {
            return -m_o.slant * u;
        };
        qreal tallest = 0;
        for (const bool leftSide : {true, false}) {
            const qsizetype from = leftSide ? 0 : split;
            const qsizetype to = leftSide ? split : groups.size();
            if (from >= to)
                continue;
            const qreal height = columnHeight(from, to);
            tallest = std::max(tallest, height);
            // Groups in reading order, top to bottom, each column ending near the spine
            // above it and starting near the spine below it.
            qreal y = above ? -(m_o.spineClearance + height) : m_o.spineClearance;
            for (qsizetype g = from; g < to; ++g) {
                QList<Row>& rows = groups[g];
                const qreal top = y;
                const qreal bottom = y + groupHeights.at(g);
                const qreal outer = above ? -top : bottom; // distance from the spine
                const qreal inner = above ? -bottom : top;
                // The block clears the bone where the bone comes closest: on the left at
                // its outer edge, on the right at its inner edge (the bone slants back).
                const qreal left =
                    leftSide ? boneX(outer) - m_o.rib - groupWidths.at(g) : boneX(inner) + m_o.rib;
                qreal rowY = top;
                for (Row& row : rows) {
                    translate(row.label, left + row.label.depth * m_o.indent, rowY);
                    rowY += row.label.rect.height() + m_o.rowGap;
                }
                for (qsizetype r = 0; r < rows.size(); ++r) {
                    const FishboneLabel& l = rows.at(r).label;
                    const qreal mid = l.rect.center().y();
                    if (rows.at(r).parent < 0) {
                        const qreal edge = leftSide ? l.rect.right() : l.rect.left();
                        b.lines.append(
                            {FishboneLine::Rib, QLineF(edge, mid, boneX(std::abs(mid)), mid)});
                        continue;
                    }
                    // An elbow from under the parent down to the sub-cause.
                    const QRectF parent = rows.at(rows.at(r).parent).label.rect;
                    const qreal x = parent.left() + m_o.indent / 2;
                    b.lines.append({FishboneLine::Branch, QLineF(x, parent.bottom(), x, mid)});
                    b.lines.append({FishboneLine::Branch, QLineF(x, mid, l.rect.left(), mid)});
                }
                for (const Row& row : std::as_const(rows))
                    b.labels.append(row.label);
                // The block with its ribs and the stretch of bone beside it.
                b.obstacles.append(leftSide
                                       ? QRectF(QPointF(left, top), QPointF(boneX(inner), bottom))
                                       : QRectF(QPointF(boneX(outer), top),
                                                QPointF(left + groupWidths.at(g), bottom)));
                y = bottom + m_o.groupGap;
            }
        }

        const qreal length =
            std::max(m_o.minBoneLength,
                     groups.isEmpty() ? 0.0 : m_o.spineClearance + tallest + m_o.boneEndGap);
        const qreal sign = above ? -1 : 1;
        b.line = QLineF(0, 0, boneX(length), sign * length);
        // The line itself, in thin slices, so no other bone's labels are put across it.
        constexpr qreal kSlice = 16;
        constexpr qreal kStroke = 2;
        for (qreal u = 0; u < length; u += kSlice) {
            const qreal v = std::min(length, u + kSlice);
            b.obstacles.append(QRectF(QPointF(boneX(v) - kStroke, sign * (above ? v : u)),
                                      QPointF(boneX(u) + kStroke, sign * (above ? u : v))));
        }

        // Causes filed under no category get a bone of their own, named for what it is.
        FishboneLabel category =
            label(FishboneLabel::Category, FishboneTextRole::Category,
                  source.category.isEmpty() ? tr("No category") : templateText(source.category),
                  m_o.categoryTextWidth, false);
        category.id = source.category;
        const qreal cx = boneX(length) - category.rect.width() / 2;
        const qreal cy =
            above ? -(length + m_o.categoryGap) - category.rect.height() : length + m_o.categoryGap;
        translate(category, cx, cy);
        b.obstacles.append(category.rect);
        b.labels.append(category);
        return b;
    }

    // How far right of the origin a shape with these obstacles must go to keep clear of
    // everything placed so far: right of each placed obstacle it shares height with.
    qreal clearShift(const QList<QRectF>& shape, const QList<QRectF>& placed, qreal atLeast) const {
        constexpr qreal kVerticalReach = 6;
        qreal shift = atLeast;
        for (const QRectF& o : shape) {
            for (const QRectF& p : placed) {
                if (o.top() < p.bottom() + kVerticalReach && p.top() < o.bottom() + kVerticalReach)
                    shift = std::max(shift, p.right() + m_o.boneSpacing - o.left());
            }
        }
        return shift;
    }

private:
    const FishboneTextMeasure& m_measure;
    const FishboneLayoutOptions& m_o;
};

} // namespace

const FishboneLabel* FishboneLayout::cause(const QString& id) const {
    const auto it = m_causeIndex.constFind(id);
    return it == m_causeIndex.cend() ? nullptr : &labels.at(*it);
}

int FishboneLayout::labelAt(const QPointF& point) const {
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        if (labels.at(i).rect.contains(point))
            return int(i);
    }
    return -1;
}

int FishboneLayout::boneAt(const QPointF& point, qreal reach) const {
    int best = -1;
    qreal bestDistance = reach;
    const auto consider = [&](int bone, qreal d) {
        if (d <= bestDistance) {
            bestDistance = d;
            best = bone;
        }
    };
    for (qsizetype i = 0; i < bones.size(); ++i)
        consider(int(i), distance(point, bones.at(i).line));
    for (const FishboneLabel& l : labels) {
        if (l.bone >= 0)
            consider(l.bone, distance(point, l.rect));
    }
    return best;
}

QList<QRectF> FishboneLayout::labelRects() const {
    QList<QRectF> out;
    out.reserve(labels.size());
    for (const FishboneLabel& l : labels)
        out.append(l.rect);
    return out;
}

FishboneLayout layoutFishbone(const Fishbone& fishbone, const FishboneTextMeasure& measure,
                              const FishboneLayoutOptions& options) {
    const Planner planner(measure, options);
    FishboneLayout layout;
    layout.problem = fishbone.problem;

    // Bones along the spine, left to right, each as far left as it can go.
    QList<QRectF> placed;
    qreal lastJoin = 0;
    for (qsizetype i = 0; i < fishbone.bones.size(); ++i) {
        const bool above = i % 2 == 0;
        Planner::Bone plan = planner.bone(fishbone.bones.at(i), above);
        const qreal join =
            i == 0 ? 0.0
                   : planner.clearShift(plan.obstacles, placed, lastJoin + options.minJoinGap);
        for (const QRectF& o : std::as_const(plan.obstacles))
            placed.append(o.translated(join, 0));
        FishboneBoneGeometry geometry;
        geometry.category = fishbone.bones.at(i).category;
        geometry.above = above;
        geometry.line = plan.line.translated(join, 0);
        for (FishboneLabel& l : plan.labels) {
            translate(l, join, 0);
            l.bone = int(i);
            if (l.type == FishboneLabel::Category)
                geometry.label = int(layout.labels.size());
            else
                geometry.causes.append(l.id);
            layout.labels.append(l);
        }
        for (FishboneLine& line : plan.lines) {
            line.line.translate(join, 0);
            layout.lines.append(line);
        }
        layout.lines.append({FishboneLine::Bone, geometry.line});
        layout.bones.append(geometry);
        lastJoin = join;
    }

    // The head, right of the last bone and clear of everything beside it.
    const QString problem = fishbone.problem.trimmed();
    FishboneLabel head = planner.label(
        FishboneLabel::Head, FishboneTextRole::Problem,
        problem.isEmpty() ? QCoreApplication::translate("causeway", "No problem statement yet")
                          : problem,
        options.problemTextWidth, false);
    translate(head, 0, -head.rect.height() / 2);
    const qreal headLeft =
        fishbone.bones.isEmpty()
            ? 0.0
            : planner.clearShift({head.rect}, placed, lastJoin + options.headGap);
    translate(head, headLeft, 0);
    const qreal tailLeft = fishbone.bones.isEmpty() ? headLeft - 3 * options.tail : -options.tail;
    layout.lines.prepend({FishboneLine::Spine, QLineF(tailLeft, 0, headLeft, 0)});
    layout.head = int(layout.labels.size());
    layout.labels.append(head);

    QRectF bounds;
    for (const FishboneLabel& l : std::as_const(layout.labels))
        bounds |= l.rect;
    for (const FishboneLine& l : std::as_const(layout.lines))
        bounds |= QRectF(l.line.p1(), l.line.p2()).normalized().adjusted(-1, -1, 1, 1);

    // The legend under the diagram: what the colours of the causes mean.
    if (options.legend) {
        constexpr qreal kLegendSpacing = 16;
        const qreal rowWidth = std::max(bounds.width(), qreal(480));
        qreal x = bounds.left();
        qreal y = bounds.bottom() + options.legendGap;
        qreal rowHeight = 0;
        for (const QString& kind : CauseVocabulary::kinds()) {
            FishboneLabel entry =
                planner.label(FishboneLabel::Legend, FishboneTextRole::Cause,
                              CauseVocabulary::kindName(kind), options.causeTextWidth, true);
            entry.id = kind;
            entry.causeKind = kind;
            if (x > bounds.left() && x + entry.rect.width() > bounds.left() + rowWidth) {
                x = bounds.left();
                y += rowHeight + kLegendSpacing / 2;
                rowHeight = 0;
            }
            translate(entry, x, y);
            x += entry.rect.width() + kLegendSpacing;
            rowHeight = std::max(rowHeight, entry.rect.height());
            bounds |= entry.rect;
            layout.labels.append(entry);
        }
    }

    // Into positive coordinates with a margin all round.
    const qreal dx = options.margin - bounds.left();
    const qreal dy = options.margin - bounds.top();
    for (FishboneLabel& l : layout.labels)
        translate(l, dx, dy);
    for (FishboneLine& l : layout.lines)
        l.line.translate(dx, dy);
    for (FishboneBoneGeometry& b : layout.bones)
        b.line.translate(dx, dy);
    layout.spineY = dy;
    // Whole units, so images of the scene have exact pixel sizes.
    layout.sceneRect = QRectF(0, 0, std::ceil(bounds.width() + 2 * options.margin),
                              std::ceil(bounds.height() + 2 * options.margin));
    for (qsizetype i = 0; i < layout.labels.size(); ++i) {
        if (layout.labels.at(i).type == FishboneLabel::Cause)
            layout.m_causeIndex.insert(layout.labels.at(i).id, int(i));
    }
    return layout;
}

QStringList wrapFishboneText(const QString& text, qreal maxWidth,
                             const std::function<qreal(const QString&)>& width, int maxLines,
                             bool* elided) {
    QStringList out;
    // Lines past the limit are never shown: stop measuring once there are enough.
    const auto full = [&out, maxLines] {
        return maxLines > 0 && out.size() > maxLines;
    };
    const QStringList paragraphs = text.split(u'\n');
    for (const QString& paragraph : paragraphs) {
        const QString simplified = paragraph.simplified();
        if (simplified.isEmpty())
            continue;
        QString line;
        for (const QString& word : simplified.split(u' ')) {
            if (full())
                break;
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (width(candidate) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                out.append(line);
            line.clear();
            if (width(word) <= maxWidth) {
                line = word;
                continue;
            }
            // A word wider than a line (a URL, a path, an identifier): break it where it
            // must, after a separator when there is one in the last two thirds of the line.
            for (const QString& c : codePoints(word)) {
                if (!line.isEmpty() && width(line + c) > maxWidth) {
                    qsizetype cut = line.size();
                    for (qsizetype i = line.size() - 1; i >= line.size() / 3; --i) {
                        if (kBreakAfter.contains(line.at(i))) {
                            if (width(line.mid(i + 1) + c) <= maxWidth)
                                cut = i + 1;
                            break;
                        }
                    }
                    out.append(line.left(cut));
                    line = line.mid(cut);
                    if (full())
                        break;
                }
                line += c;
            }
        }
        if (!line.isEmpty())
            out.append(line);
        if (full())
            break;
    }
    if (out.isEmpty())
        out.append(QString());
    const bool cut = maxLines > 0 && out.size() > maxLines;
    if (cut) {
        out.resize(maxLines);
        QString last = out.last();
        while (!last.isEmpty() && width(last + kEllipsis) > maxWidth)
            chopLastCodePoint(last);
        out.last() = last.trimmed() + kEllipsis;
    }
    if (elided)
        *elided = cut;
    return out;
}

} // namespace causeway
