#include "report/ReportFonts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QRawFont>

#include <array>
#include <mutex>

namespace causeway::ReportFonts {

namespace {

// Resource paths (resources/ compiled in with prefix "/"). The sans faces are used together
// (headings bold), so a character counts as covered only when every sans face has it.
constexpr std::array<const char*, 3> SansFiles = {
    ":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf", ":/fonts/DejaVuSans-Oblique.ttf"};
constexpr const char* MonoFile = ":/fonts/DejaVuSansMono.ttf";

QByteArray fontData(const char* path) {
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The shipped faces as raw fonts, for coverage questions that must not depend on which
// fonts the machine has installed. One set per thread: QRawFont is not meant to be shared.
struct CoverageFonts {
    QList<QRawFont> sans;
    QRawFont mono;
    CoverageFonts() {
        for (const char* path : SansFiles)
            sans.append(QRawFont(fontData(path), 12));
        mono = QRawFont(fontData(MonoFile), 12);
    }
};

const CoverageFonts& coverageFonts() {
    thread_local const CoverageFonts fonts;
    return fonts;
}

// Characters that are layout, not glyphs: line breaks, tabs and other controls.
bool isLayoutCharacter(char32_t ucs4) {
    return ucs4 < 0x20 || ucs4 == 0x7f || ucs4 == 0x2028 || ucs4 == 0x2029;
}

// Variation selectors only choose a presentation (emoji vs text) of the character before
// them; without a glyph they would print as an empty box, so they are left out.
bool isVariationSelector(char32_t ucs4) {
    return (ucs4 >= 0xfe00 && ucs4 <= 0xfe0f) || (ucs4 >= 0xe0100 && ucs4 <= 0xe01ef);
}

bool hasGlyph(char32_t ucs4, bool mono) {
    if (isLayoutCharacter(ucs4))
        return true;
    // Qt's PDF writer maps glyphs back to text (ToUnicode) only for the Basic Multilingual
    // Plane: an emoji DejaVu has would be drawn but lost to search, copy and text
    // extraction. For an archived record that counts as missing.
    if (ucs4 > 0xffff)
        return false;
    const CoverageFonts& fonts = coverageFonts();
    if (mono)
        return fonts.mono.isValid() && fonts.mono.supportsCharacter(uint(ucs4));
    for (const QRawFont& face : fonts.sans) {
        if (!face.isValid() || !face.supportsCharacter(uint(ucs4)))
            return false;
    }
    return true;
}

QString codePointName(char32_t ucs4) {
    return QStringLiteral("U+%1").arg(uint(ucs4), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool ensureLoaded() {
    static bool loaded = false;
    static std::once_flag once;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return false;
    std::call_once(once, [] {
        bool all = true;
        for (const char* path : SansFiles)
            all = QFontDatabase::addApplicationFont(QString::fromLatin1(path)) >= 0 && all;
        all = QFontDatabase::addApplicationFont(QString::fromLatin1(MonoFile)) >= 0 && all;
        loaded = all;
    });
    return loaded;
}

QString family() {
    return QStringLiteral("DejaVu Sans");
}

QString monoFamily() {
    return QStringLiteral("DejaVu Sans Mono");
}

QFont font(qreal pointSize, bool bold, bool mono) {
    ensureLoaded();
    QFont f(mono ? monoFamily() : family());
    f.setPointSizeF(pointSize);
    // The mono family ships only a regular face: a synthesised bold would not be embedded
    // as drawn.
    f.setBold(bold && !mono);
    f.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    // Unhinted: the same metrics at every resolution, so the layout of a printed page does
    // not depend on the device.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: an "fi" drawn as one glyph is extracted as "ﬁ", and a search of the PDF
    // for "file" (an auditor's, or a test's looking for redacted text) would miss it. Qt
    // turns them off for text with letter spacing; 1/64 px of it changes nothing visible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

bool covers(const QString& text, bool mono) {
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const auto ucs4 = char32_t(codePoint);
        if (!hasGlyph(ucs4, mono) && !isVariationSelector(ucs4))
            return false;
    }
    return true;
}

QString withVisibleGaps(const QString& text, QStringList* missing, bool mono) {
    if (covers(text, mono))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const auto ucs4 = char32_t(codePoint);
        if (hasGlyph(ucs4, mono)) {
            out += QString::fromUcs4(&ucs4, 1);
            continue;
        }
        if (isVariationSelector(ucs4))
            continue;
        const QString name = codePointName(ucs4);
        out += u'[' + name + u']';
        if (missing) {
            const QString description =
                name + QStringLiteral(" (") + QString::fromUcs4(&ucs4, 1) + u')';
            if (!missing->contains(description))
                missing->append(description);
        }
    }
    return out;
}

} // namespace causeway::ReportFonts
