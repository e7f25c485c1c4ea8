#pragma once

#include "causes/Cause.h"

#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

namespace causeway {

// What a piece of text on the fishbone is; each role has its own font.
enum class FishboneTextRole { Cause, Category, Problem };

// Measures text for the layout. The screen, the exporters and the tests each pass their
// own, so the geometry itself never depends on which fonts a machine has: tests use a
// fixed-width measure and get the same numbers everywhere.
class FishboneTextMeasure {
public:
    virtual ~FishboneTextMeasure() = default;
    // The advance width of one line of text.
    virtual qreal width(FishboneTextRole role, const QString& line) const = 0;
    // From one baseline to the next.
    virtual qreal lineHeight(FishboneTextRole role) const = 0;
    // From the top of a line to its baseline.
    virtual qreal ascent(FishboneTextRole role) const = 0;
};

// Sizes in scene units (pixels at 100 %). The defaults suit 13–16 px text.
struct FishboneLayoutOptions {
    qreal causeTextWidth = 220;    // cause texts wrap at this width
    qreal categoryTextWidth = 200; // bone labels wrap at this width
    qreal problemTextWidth = 250;  // the head wraps at this width
    int maxLines = 10;             // longer texts end in "…" (the tree shows them whole)
    qreal minTextWidth = 40;       // an empty or very short label is still a target
    qreal paddingX = 7;
    qreal paddingY = 4;
    qreal markerWidth = 5;      // the cause-kind bar at the left of a cause label
    qreal rowGap = 7;           // between rows of one cause
    qreal groupGap = 14;        // between the causes hanging on one bone
    qreal indent = 22;          // per level of sub-cause
    qreal rib = 18;             // from a cause's block to its bone
    qreal slant = 0.5;          // horizontal run of a bone per unit of height (about 63°)
    qreal twoSidedHeight = 460; // causes taller than this hang on both sides of a bone
    qreal spineClearance = 26;  // rows keep this far from the spine
    qreal boneEndGap = 12;      // bone beyond its outermost row
    qreal minBoneLength = 80;
    qreal categoryGap = 6;  // between a bone's end and its label
    qreal boneSpacing = 24; // between anything of two neighbouring bones
    qreal minJoinGap = 44;  // between two bones' joins on the spine
    qreal headGap = 36;     // between the last bone and the head
    qreal tail = 36;        // spine left of the first bone
    qreal margin = 24;      // around the whole diagram
    qreal legendGap = 28;   // above the legend
    bool legend = true;
};

// One box of text: a cause, a bone's category, the head or a legend entry.
struct FishboneLabel {
    enum Type { Cause, Category, Head, Legend };
    Type type = Cause;
    QString id;         // cause id; the category for a bone label; the kind for a legend entry
    QString causeKind;  // root_cause, contributing_factor, ... (causes and legend entries)
    int bone = -1;      // index into FishboneLayout::bones; -1 for the head and the legend
    int depth = 0;      // 0 for a cause on its bone, 1.. for sub-causes
    QRectF rect;        // scene coordinates
    QStringList lines;  // wrapped text
    QPointF textOrigin; // baseline start of the first line
    qreal lineHeight = 0;
    FishboneTextRole role = FishboneTextRole::Cause;
    bool elided = false; // the text was cut at maxLines
};

struct FishboneLine {
    enum Type { Spine, Bone, Rib, Branch };
    Type type = Bone;
    QLineF line;
};

struct FishboneBoneGeometry {
    QString category;
    bool above = true;
    QLineF line;        // from the join on the spine to the outer end
    int label = -1;     // index into FishboneLayout::labels
    QStringList causes; // ids of the causes and sub-causes on this bone, in drawing order
};

// The fishbone laid out: the spine runs left to right into the head (the problem
// statement); bones alternate above and below it, slanted back towards the tail; the
// causes of a bone hang off it as horizontal rows, each with its sub-causes indented
// under it, on the bone's left and, when there are many, also on its right. Bones are spaced along
// the spine by what they carry, so no two labels overlap and no line crosses a label, whatever the
// number of causes and however they are spread over the bones.
struct FishboneLayout {
    QRectF sceneRect;
    qreal spineY = 0;
    QList<FishboneLabel> labels; // causes, categories, head, legend, in painting order
    QList<FishboneLine> lines;
    QList<FishboneBoneGeometry> bones;
    int head = -1; // index into labels
    QString problem;

    // The label of a cause, or nullptr.
    const FishboneLabel* cause(const QString& id) const;
    // The label under a scene point (the topmost), or -1.
    int labelAt(const QPointF& point) const;
    // The bone a point belongs to: on or near its line, its label or its causes; -1 when
    // nothing is within reach.
    int boneAt(const QPointF& point, qreal reach) const;
    QList<QRectF> labelRects() const;

private:
    friend FishboneLayout layoutFishbone(const Fishbone&, const FishboneTextMeasure&,
                                         const FishboneLayoutOptions&);
    QHash<QString, int> m_causeIndex;
};

FishboneLayout layoutFishbone(const Fishbone& fishbone, const FishboneTextMeasure& measure,
                              const FishboneLayoutOptions& options = FishboneLayoutOptions());

// Wraps text to lines no wider than maxWidth: at spaces where it can, inside a word only
// when the word alone is too wide. Paragraph breaks are kept; runs of white space become
// one space. At most maxLines lines (0: no limit); *elided tells whether text was cut.
QStringList wrapFishboneText(const QString& text, qreal maxWidth,
                             const std::function<qreal(const QString&)>& width, int maxLines = 0,
                             bool* elided = nullptr);

} // namespace causeway
