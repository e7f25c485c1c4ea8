#pragma once

#include "causes/FishboneLayout.h"

#include <QByteArray>
#include <QImage>

#include <optional>

namespace causeway {

struct FishboneStyle;
struct Template;

enum class FishboneFormat { Svg, Png };

// "svg" or "png" (any case), from an option or a file suffix.
std::optional<FishboneFormat> fishboneFormat(const QString& name);

// The postmortem's fishbone laid out with the style's fonts (needs a QGuiApplication).
FishboneLayout fishboneLayoutOf(const Postmortem& pm, const Template* tmpl,
                                const FishboneStyle& style);

// SVG 1.1 written directly, so the bytes depend only on the layout and the style: every
// text line is a <tspan> (searchable, selectable), fonts are named, colours are opaque.
QByteArray fishboneSvg(const FishboneLayout& layout, const FishboneStyle& style);

// The diagram as an opaque image, scale pixels per scene unit. Very large diagrams get a
// smaller scale so the image stays within what viewers open.
QImage fishbonePng(const FishboneLayout& layout, const FishboneStyle& style, qreal scale = 2);

// Writes the diagram to path through a temporary file, so a failure never leaves half a
// file. Returns the reason on failure, empty on success.
QString saveFishbone(const FishboneLayout& layout, const FishboneStyle& style,
                     FishboneFormat format, const QString& path);

} // namespace causeway
