#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace causeway {

// The fonts reports are set in: DejaVu Sans (Latin, Greek, Cyrillic and more), shipped in
// the resources so a PDF never depends on what the machine has installed, and embedded in
// every PDF. Needs a QGuiApplication.
namespace ReportFonts {

// Registers the shipped fonts once; false when they cannot be loaded (a broken build).
bool ensureLoaded();
QString family();     // "DejaVu Sans"
QString monoFamily(); // "DejaVu Sans Mono"

// A font of the report family at a point size, with font merging off: a character the font
// lacks must not be drawn from some other installed font (or as a blank box).
QFont font(qreal pointSize, bool bold = false, bool mono = false);

// Whether the shipped fonts have a glyph for every character of text.
bool covers(const QString& text, bool mono = false);

// text with each character the font lacks replaced by a visible "[U+XXXX]", so nothing is
// silently dropped; missing (if given) collects the replaced code points' descriptions.
QString withVisibleGaps(const QString& text, QStringList* missing = nullptr, bool mono = false);

} // namespace ReportFonts
} // namespace causeway
