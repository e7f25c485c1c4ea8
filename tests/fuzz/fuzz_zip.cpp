// Zip::read on arbitrary bytes, with small limits. Besides crashes and sanitizer reports, an
// archive that is accepted must obey the limits and the path rules, and must survive a round
// trip through the writer; a refusal must say why. Anything else aborts.
#include "bundle/Zip.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdlib>

namespace {

bool pathIsSafe(const QString& path) {
    if (path.isEmpty() || path.startsWith(QChar(u'/')) || path.endsWith(QChar(u'/')) ||
        path.contains(QChar(u'\\')))
        return false;
    // A drive letter is an ASCII letter and a colon ("C:"); another character before a colon
    // ("日:") names no drive, and no entry is ever written to the file system by its name.
    if (path.size() >= 2 && path.at(1) == QChar(u':') && path.at(0).unicode() < 0x80 &&
        path.at(0).isLetter())
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    for (const QString& part : path.split(QChar(u'/'))) {
        if (part.isEmpty() || part == QStringLiteral(".") || part == QStringLiteral(".."))
            return false;
    }
    const QString folded = path.toCaseFolded();
    for (const char* extension : {".zip", ".jar", ".causeway", ".age"}) {
        if (folded.endsWith(QLatin1String(extension)))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace causeway;
    Zip::Limits limits;
    limits.maxEntries = 64;
    limits.maxEntrySize = 1 << 20;
    limits.maxTotalSize = 4 << 20;
    limits.maxRatio = 100;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto read = Zip::read(input, limits);
    if (!read.ok()) {
        if (read.error().isEmpty())
            std::abort();
        return 0;
    }
    const QList<Zip::Entry>& entries = read.value();
    if (entries.size() > limits.maxEntries)
        std::abort();
    qint64 total = 0;
    QSet<QString> folded;
    for (const Zip::Entry& entry : entries) {
        if (entry.data.size() > limits.maxEntrySize || !pathIsSafe(entry.path))
            std::abort();
        if (Zip::looksLikeZip(entry.data) || entry.data.startsWith("age-encryption.org/"))
            std::abort();
        total += entry.data.size();
        const QString key = entry.path.toCaseFolded();
        if (folded.contains(key))
            std::abort();
        folded.insert(key);
    }
    if (total > limits.maxTotalSize)
        std::abort();
    // Stored, so the ratio stays 1: whatever was accepted is written and read back the same.
    const auto written = Zip::write(entries, {0});
    if (!written.ok())
        std::abort();
    const auto reread = Zip::read(written.value(), limits);
    if (!reread.ok() || reread->size() != entries.size())
        std::abort();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (reread->at(i).path != entries.at(i).path || reread->at(i).data != entries.at(i).data)
            std::abort();
    }
    return 0;
}
