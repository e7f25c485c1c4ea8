#include "causes/FishboneExport.h"

#include "causes/FishbonePainter.h"
#include "model/Template.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSaveFile>

#include <cmath>

namespace causeway {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway", text);
}

// Two decimals at most, no trailing zeros, never "-0": the same bytes on every machine.
QString num(qreal value) {
    QString text = QString::number(std::round(value * 100) / 100, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == u"-0" ? QStringLiteral("0") : text;
}

// Text for XML content and attributes. Characters XML 1.0 cannot carry (control
// characters, unpaired surrogates) are left out.
QString escaped(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0xfffe ||
            c.unicode() == 0xffff)
            continue;
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"': // attributes are always in double quotes
            out += QStringLiteral("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString rect(const QRectF& r, const QString& attributes) {
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" %5/>\n")
        .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), attributes);
}

QString text(const FishboneLabel& label, const FishboneStyle& style, const QColor& colour) {
    const QFont& font = style.font(label.role);
    QString out =
        QStringLiteral("<text font-family=\"%1\" font-size=\"%2\"%3 fill=\"%4\">")
            .arg(escaped(style.cssFontFamily(label.role)), num(font.pixelSize()),
                 font.bold() ? QStringLiteral(" font-weight=\"bold\"") : QString(), colour.name());
    qreal y = label.textOrigin.y();
    for (const QString& line : label.lines) {
        out += QStringLiteral("<tspan x=\"%1\" y=\"%2\">%3</tspan>")
                   .arg(num(label.textOrigin.x()), num(y), escaped(line));
        y += label.lineHeight;
    }
    return out + QStringLiteral("</text>\n");
}

QString label(const FishboneLabel& l, const FishboneStyle& style) {
    switch (l.type) {
    case FishboneLabel::Cause:
    case FishboneLabel::Legend: {
        const QColor kind = FishboneStyle::kindColour(l.causeKind);
        const qreal border = style.borderWidthOf(l.causeKind);
        const QString id = l.type == FishboneLabel::Cause ? QStringLiteral("cause-") + l.id
                                                          : QStringLiteral("legend-") + l.id;
        return QStringLiteral("<g id=\"%1\">\n").arg(escaped(id)) +
               rect(l.rect.adjusted(border / 2, border / 2, -border / 2, -border / 2),
                    QStringLiteral("fill=\"%1\" stroke=\"%2\" stroke-width=\"%3\"")
                        .arg(FishboneStyle::kindFill(l.causeKind).name(), kind.name(),
                             num(border))) +
               rect(QRectF(l.rect.left(), l.rect.top(), style.markerWidth, l.rect.height()),
                    QStringLiteral("fill=\"%1\"").arg(kind.name())) +
               text(l, style, style.text) + QStringLiteral("</g>\n");
    }
    case FishboneLabel::Category: {
        const qreal border = style.borderWidth;
        return QStringLiteral("<g class=\"category\">\n") +
               rect(l.rect.adjusted(border / 2, border / 2, -border / 2, -border / 2),
                    QStringLiteral("rx=\"%1\" fill=\"%2\" stroke=\"%3\" stroke-width=\"%4\"")
                        .arg(num(style.cornerRadius), style.categoryFill.name(),
                             style.categoryBorder.name(), num(border))) +
               text(l, style, style.text) + QStringLiteral("</g>\n");
    }
    case FishboneLabel::Head:
        return QStringLiteral("<g id=\"problem\">\n") +
               rect(l.rect, QStringLiteral("rx=\"%1\" fill=\"%2\"")
                                .arg(num(style.cornerRadius), style.headFill.name())) +
               text(l, style, style.headText) + QStringLiteral("</g>\n");
    }
    return {};
}

} // namespace

std::optional<FishboneFormat> fishboneFormat(const QString& name) {
    const QString key = name.trimmed().toLower();
    if (key == u"svg")
        return FishboneFormat::Svg;
    if (key == u"png")
        return FishboneFormat::Png;
    return std::nullopt;
}

FishboneLayout fishboneLayoutOf(const Postmortem& pm, const Template* tmpl,
                                const FishboneStyle& style) {
    const Fishbone fishbone =
        buildFishbone(CauseTree(pm), problemStatement(pm), causeCategories(pm, tmpl));
    return layoutFishbone(fishbone, FishboneFontMeasure(style), fishboneLayoutOptions(style));
}

QByteArray fishboneSvg(const FishboneLayout& layout, const FishboneStyle& style) {
    const QString w = num(layout.sceneRect.width());
    const QString h = num(layout.sceneRect.height());
    QString svg = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                                 "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">\n")
                      .arg(w, h);
    svg += QStringLiteral("<title>%1</title>\n").arg(escaped(layout.problem.simplified()));
    svg += rect(layout.sceneRect, QStringLiteral("fill=\"%1\"").arg(style.background.name()));
    svg += QStringLiteral("<g fill=\"none\" stroke-linecap=\"round\">\n");
    for (const FishboneLine& line : layout.lines) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" "
                              "stroke-width=\"%6\"/>\n")
                   .arg(num(line.line.x1()), num(line.line.y1()), num(line.line.x2()),
                        num(line.line.y2()), style.lineColour(line.type).name(),
                        num(style.lineWidth(line.type)));
    }
    svg += QStringLiteral("</g>\n");
    for (const FishboneLabel& l : layout.labels)
        svg += label(l, style);
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

QImage fishbonePng(const FishboneLayout& layout, const FishboneStyle& style, qreal scale) {
    // About 64 megapixels: larger images fail to open in common viewers.
    constexpr qreal kMaxPixels = 64e6;
    const qreal area = layout.sceneRect.width() * layout.sceneRect.height();
    if (area * scale * scale > kMaxPixels)
        scale = std::sqrt(kMaxPixels / area);
    const QSize size(int(std::ceil(layout.sceneRect.width() * scale)),
                     int(std::ceil(layout.sceneRect.height() * scale)));
    QImage image(size, QImage::Format_RGB32);
    // The physical size of the diagram at 96 dpi, whatever the scale.
    const int dotsPerMeter = int(std::lround(scale * 96 / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(style.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.translate(-layout.sceneRect.topLeft());
    FishbonePainter::paintFishbone(painter, layout, style);
    painter.end();
    return image;
}

QString saveFishbone(const FishboneLayout& layout, const FishboneStyle& style,
                     FishboneFormat format, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    if (format == FishboneFormat::Svg) {
        const QByteArray bytes = fishboneSvg(layout, style);
        if (file.write(bytes) != bytes.size())
            return tr("cannot write %1: %2").arg(path, file.errorString());
    } else if (!fishbonePng(layout, style).save(&file, "PNG")) {
        return tr("cannot write %1: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace causeway
