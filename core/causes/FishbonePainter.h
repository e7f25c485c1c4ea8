#pragma once

#include "causes/FishboneLayout.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

#include <array>

class QPainter;

namespace causeway {

// How the fishbone looks: fonts, colours and strokes, shared by the screen, the SVG and
// PNG exports and the PDF report so all of them match. Every colour is opaque: PDF/A
// forbids transparency. Text keeps at least 4.5:1 contrast to its background, and the
// cause-kind colours at least 3:1 to white.
struct FishboneStyle {
    std::array<QFont, 3> fonts; // by FishboneTextRole
    QColor background;
    QColor text;
    QColor headFill;
    QColor headText;
    QColor categoryFill;
    QColor categoryBorder;
    QColor spine;
    QColor bone;
    QColor rib;
    QColor branch;
    QColor highlight; // selection and drop target
    QColor highlightFill;
    qreal spineWidth = 4;
    qreal boneWidth = 2.5;
    qreal ribWidth = 1.5;
    qreal branchWidth = 1.25;
    qreal borderWidth = 1.25;
    qreal rootCauseBorderWidth = 2.25; // root causes stand out in grey-scale prints too
    qreal cornerRadius = 4;            // of the head and category labels
    qreal markerWidth = 5;             // the cause-kind bar (FishboneLayoutOptions::markerWidth)

    // DejaVu Sans at fixed pixel sizes without hinting, so measurements do not depend on
    // the screen and match the exported files.
    static FishboneStyle standard();

    const QFont& font(FishboneTextRole role) const { return fonts.at(size_t(role)); }
    // The border and marker colour of a cause kind, and its label fill.
    static QColor kindColour(const QString& kind);
    static QColor kindFill(const QString& kind);
    qreal borderWidthOf(const QString& kind) const;
    QColor lineColour(FishboneLine::Type type) const;
    qreal lineWidth(FishboneLine::Type type) const;
    // The CSS font-family list for a role's font, for exported files.
    QString cssFontFamily(FishboneTextRole role) const;
};

// Measures with the style's fonts. Needs a QGuiApplication (fonts).
class FishboneFontMeasure : public FishboneTextMeasure {
public:
    explicit FishboneFontMeasure(const FishboneStyle& style);
    qreal width(FishboneTextRole role, const QString& line) const override;
    qreal lineHeight(FishboneTextRole role) const override;
    qreal ascent(FishboneTextRole role) const override;

private:
    std::array<QFontMetricsF, 3> m_metrics;
};

// Layout options that match the style (marker width).
FishboneLayoutOptions fishboneLayoutOptions(const FishboneStyle& style);

// Paints with QPainter in scene coordinates. The view paints label by label (to show
// selection); exports call paintFishbone().
namespace FishbonePainter {

void paintBackground(QPainter& painter, const FishboneLayout& layout, const FishboneStyle& style);
void paintLines(QPainter& painter, const FishboneLayout& layout, const FishboneStyle& style);
// highlighted: selected, or the bone a cause is being dragged to.
void paintLabel(QPainter& painter, const FishboneLabel& label, const FishboneStyle& style,
                bool highlighted = false);
void paintFishbone(QPainter& painter, const FishboneLayout& layout, const FishboneStyle& style);

} // namespace FishbonePainter

} // namespace causeway
