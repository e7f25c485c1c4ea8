#include "causes/FishbonePainter.h"

#include <QPainter>

namespace causeway {

namespace {

QFont fontOf(qreal pixelSize, bool bold) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(pixelSize));
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QPen pen(const QColor& colour, qreal width) {
    QPen p(colour, width);
    p.setCapStyle(Qt::RoundCap);
    p.setJoinStyle(Qt::MiterJoin);
    return p;
}

} // namespace

FishboneStyle FishboneStyle::standard() {
    FishboneStyle s;
    s.fonts = {fontOf(13, false), fontOf(14, true), fontOf(16, true)};
    s.background = QColor(0xff, 0xff, 0xff);
    s.text = QColor(0x1b, 0x1f, 0x23);
    s.headFill = QColor(0x26, 0x32, 0x38);
    s.headText = QColor(0xff, 0xff, 0xff);
    s.categoryFill = QColor(0xe6, 0xeb, 0xf0);
    s.categoryBorder = QColor(0x45, 0x5a, 0x64);
    s.spine = QColor(0x37, 0x47, 0x4f);
    s.bone = QColor(0x45, 0x5a, 0x64);
    s.rib = QColor(0x78, 0x90, 0x9c);
    s.branch = QColor(0x90, 0xa4, 0xae);
    s.highlight = QColor(0x15, 0x65, 0xc0);
    s.highlightFill = QColor(0xd6, 0xe6, 0xfa);
    return s;
}

QColor FishboneStyle::kindColour(const QString& kind) {
    if (kind == u"root_cause")
        return QColor(0xb3, 0x26, 0x1e); // dark red
    if (kind == u"mitigator")
        return QColor(0x2e, 0x7d, 0x32); // green
    if (kind == u"open_question")
        return QColor(0x54, 0x6e, 0x7a); // blue-grey
    return QColor(0xa8, 0x5d, 0x00);     // amber: contributing factor
}

QColor FishboneStyle::kindFill(const QString& kind) {
    if (kind == u"root_cause")
        return QColor(0xfd, 0xec, 0xea);
    if (kind == u"mitigator")
        return QColor(0xe9, 0xf5, 0xe9);
    if (kind == u"open_question")
        return QColor(0xee, 0xf1, 0xf3);
    return QColor(0xff, 0xf3, 0xdd);
}

qreal FishboneStyle::borderWidthOf(const QString& kind) const {
    return kind == u"root_cause" ? rootCauseBorderWidth : borderWidth;
}

QColor FishboneStyle::lineColour(FishboneLine::Type type) const {
    switch (type) {
    case FishboneLine::Spine:
        return spine;
    case FishboneLine::Bone:
        return bone;
    case FishboneLine::Rib:
        return rib;
    case FishboneLine::Branch:
        return branch;
    }
    return bone;
}

qreal FishboneStyle::lineWidth(FishboneLine::Type type) const {
    switch (type) {
    case FishboneLine::Spine:
        return spineWidth;
    case FishboneLine::Bone:
        return boneWidth;
    case FishboneLine::Rib:
        return ribWidth;
    case FishboneLine::Branch:
        return branchWidth;
    }
    return boneWidth;
}

QString FishboneStyle::cssFontFamily(FishboneTextRole role) const {
    // Bitstream Vera and Verdana have nearly the widths of DejaVu Sans, so a reader
    // without DejaVu still gets text that fits its boxes.
    return QStringLiteral("'%1', 'Bitstream Vera Sans', Verdana, sans-serif")
        .arg(font(role).family());
}

FishboneFontMeasure::FishboneFontMeasure(const FishboneStyle& style)
    : m_metrics{QFontMetricsF(style.font(FishboneTextRole::Cause)),
                QFontMetricsF(style.font(FishboneTextRole::Category)),
                QFontMetricsF(style.font(FishboneTextRole::Problem))} {}

qreal FishboneFontMeasure::width(FishboneTextRole role, const QString& line) const {
    return m_metrics.at(size_t(role)).horizontalAdvance(line);
}

qreal FishboneFontMeasure::lineHeight(FishboneTextRole role) const {
    return m_metrics.at(size_t(role)).lineSpacing();
}

qreal FishboneFontMeasure::ascent(FishboneTextRole role) const {
    return m_metrics.at(size_t(role)).ascent();
}

FishboneLayoutOptions fishboneLayoutOptions(const FishboneStyle& style) {
    FishboneLayoutOptions options;
    options.markerWidth = style.markerWidth;
    return options;
}

namespace FishbonePainter {

void paintBackground(QPainter& painter, const FishboneLayout& layout, const FishboneStyle& style) {
    painter.fillRect(layout.sceneRect, style.background);
}

void paintLines(QPainter& painter, const FishboneLayout& layout, const FishboneStyle& style) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const FishboneLine& line : layout.lines) {
        painter.setPen(pen(style.lineColour(line.type), style.lineWidth(line.type)));
        painter.drawLine(line.line);
    }
    painter.restore();
}

void paintLabel(QPainter& painter, const FishboneLabel& label, const FishboneStyle& style,
                bool highlighted) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor textColour = style.text;
    switch (label.type) {
    case FishboneLabel::Cause:
    case FishboneLabel::Legend: {
        const QColor kind = FishboneStyle::kindColour(label.causeKind);
        const qreal border = style.borderWidthOf(label.causeKind);
        // Borders are drawn inside the rectangle, so labels never grow into each other.
        painter.setPen(pen(kind, border));
        painter.setBrush(FishboneStyle::kindFill(label.causeKind));
        painter.drawRect(label.rect.adjusted(border / 2, border / 2, -border / 2, -border / 2));
        painter.fillRect(
            QRectF(label.rect.left(), label.rect.top(), style.markerWidth, label.rect.height()),
            kind);
        if (highlighted) {
            painter.setPen(pen(style.highlight, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(label.rect.adjusted(-3, -3, 3, 3));
        }
        break;
    }
    case FishboneLabel::Category: {
        const qreal border = highlighted ? 2.5 : style.borderWidth;
        painter.setPen(pen(highlighted ? style.highlight : style.categoryBorder, border));
        painter.setBrush(highlighted ? style.highlightFill : style.categoryFill);
        painter.drawRoundedRect(
            label.rect.adjusted(border / 2, border / 2, -border / 2, -border / 2),
            style.cornerRadius, style.cornerRadius);
        break;
    }
    case FishboneLabel::Head:
        painter.setPen(highlighted ? pen(style.highlight, 2.5) : Qt::NoPen);
        painter.setBrush(style.headFill);
        painter.drawRoundedRect(label.rect, style.cornerRadius, style.cornerRadius);
        textColour = style.headText;
        break;
    }
    painter.setPen(textColour);
    painter.setFont(style.font(label.role));
    QPointF at = label.textOrigin;
    for (const QString& line : label.lines) {
        painter.drawText(at, line);
        at.ry() += label.lineHeight;
    }
    painter.restore();
}

void paintFishbone(QPainter& painter, const FishboneLayout& layout, const FishboneStyle& style) {
    paintBackground(painter, layout, style);
    paintLines(painter, layout, style);
    for (const FishboneLabel& label : layout.labels)
        paintLabel(painter, label, style);
}

} // namespace FishbonePainter

} // namespace causeway
