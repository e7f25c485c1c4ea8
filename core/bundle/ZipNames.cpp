#include "bundle/ZipNames.h"

#include "bundle/Zip.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace causeway::Zip {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Zip", text);
}

// Names are bounded so that checking folders and collisions stays linear in the archive size.
constexpr qsizetype kMaxNameBytes = 1024;
constexpr int kMaxDepth = 64;

bool isControl(char16_t c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) ||
           // Bidirectional overrides and isolates: they make "txt.exe" display as "exe.txt".
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Case-insensitive file systems (Windows, macOS) also treat composed and decomposed accents
// as one name, so names are compared in NFC and case-folded.
QString foldName(const QString& name) {
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace

QString shown(const QString& name) {
    QString text;
    for (const QChar c : name) {
        if (text.size() > 120) {
            text += QChar(0x2026);
            break;
        }
        if (isControl(c.unicode()))
            text += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            text += c;
    }
    return text;
}

QString pathProblem(const QString& path, int number) {
    if (path.isEmpty())
        return tr("Entry %1 of the archive has an empty name.").arg(number);
    const QString name = shown(path);
    if (path.contains(QChar(u'\0')))
        return tr("The name of entry “%1” contains a NUL character.").arg(name);
    for (const QChar c : path) {
        if (isControl(c.unicode()))
            return tr("The name of entry “%1” contains a control character.").arg(name);
    }
    if (path.contains(QChar(u'\\')))
        return tr("The name of entry “%1” contains a backslash; zip paths use forward slashes "
                  "only.")
            .arg(name);
    if (path.startsWith(QChar(u'/')))
        return tr("Entry “%1” has an absolute path; entries must be relative.").arg(name);
    if (path.size() >= 2 && path.at(1) == QChar(u':') && path.at(0).unicode() < 0x80 &&
        path.at(0).isLetter())
        return tr("Entry “%1” starts with a drive letter; entries must be relative.").arg(name);
    if (path.toUtf8().size() > kMaxNameBytes)
        return tr("The name of entry “%1” is longer than %2 bytes.").arg(name).arg(kMaxNameBytes);
    const QStringList parts = path.split(QChar(u'/'));
    if (parts.size() > kMaxDepth)
        return tr("Entry “%1” lies more than %2 folders deep.").arg(name).arg(kMaxDepth);
    for (const QString& part : parts) {
        if (part.isEmpty())
            return tr("The name of entry “%1” has an empty folder name (“//”).").arg(name);
        if (part == QStringLiteral(".."))
            return tr("The name of entry “%1” contains “..”, which could place it outside the "
                      "folder it is unpacked into.")
                .arg(name);
        if (part == QStringLiteral("."))
            return tr("The name of entry “%1” contains a “.” folder.").arg(name);
    }
    return {};
}

QString nestedNameProblem(const QString& path) {
    static const char* const kArchiveExtensions[] = {".zip", ".jar", ".causeway", ".age"};
    const QString folded = path.toCaseFolded();
    for (const char* extension : kArchiveExtensions) {
        if (folded.endsWith(QLatin1String(extension)))
            return tr("Entry “%1” is an archive (%2); archives inside archives are not "
                      "accepted.")
                .arg(shown(path), QLatin1String(extension));
    }
    return {};
}

QString nestedContentProblem(const QString& path, QByteArrayView data) {
    if (looksLikeZip(data) || data.startsWith("PK\x07\x08"))
        return tr("Entry “%1” holds a zip archive; archives inside archives are not accepted.")
            .arg(shown(path));
    if (data.startsWith("age-encryption.org/") ||
        data.startsWith("-----BEGIN AGE ENCRYPTED FILE-----"))
        return tr("Entry “%1” holds an age-encrypted archive; archives inside archives are not "
                  "accepted.")
            .arg(shown(path));
    return {};
}

// Strict UTF-8: a name that is not valid UTF-8 has no single meaning. A leading BOM is kept
// as a character so that decoding never drops bytes.
std::optional<QString> decodeUtf8(QByteArrayView bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString NameRegistry::add(const QString& path, bool isFolder) {
    const QString folded = foldName(path);
    // NFC and case folding never produce or remove a '/', so the folded parents are
    // the prefixes of the folded path up to the same slash.
    qsizetype slash = -1;
    qsizetype foldedSlash = -1;
    for (;;) {
        slash = path.indexOf(QChar(u'/'), slash + 1);
        foldedSlash = folded.indexOf(QChar(u'/'), foldedSlash + 1);
        if (slash < 0 || foldedSlash < 0)
            break;
        if (QString problem = addParent(path.left(slash), folded.left(foldedSlash));
            !problem.isEmpty())
            return problem;
    }
    if (m_files.contains(folded)) {
        const QString& other = m_files.value(folded);
        if (other == path)
            return QCoreApplication::translate("causeway::Zip::NameRegistry",
                                               "Entry “%1” appears twice in the archive.")
                .arg(shown(path));
        return collision(other, path, false);
    }
    if (m_folders.contains(folded)) {
        const QString& other = m_folders.value(folded);
        if (isFolder && other != path)
            return collision(other, path, true);
        if (isFolder && m_explicitFolders.contains(folded))
            return QCoreApplication::translate("causeway::Zip::NameRegistry",
                                               "Folder “%1” appears twice in the archive.")
                .arg(shown(path));
        if (!isFolder)
            return QCoreApplication::translate("causeway::Zip::NameRegistry",
                                               "“%1” is both a file and a folder in the archive.")
                .arg(shown(path));
    }
    if (isFolder) {
        m_folders.insert(folded, path);
        m_explicitFolders.insert(folded);
    } else {
        m_files.insert(folded, path);
    }
    return {};
}

QString NameRegistry::addParent(const QString& parent, const QString& folded) {
    if (m_files.contains(folded))
        return QCoreApplication::translate("causeway::Zip::NameRegistry",
                                           "“%1” is both a file and a folder in the archive.")
            .arg(shown(parent));
    const auto found = m_folders.constFind(folded);
    if (found == m_folders.constEnd()) {
        m_folders.insert(folded, parent);
    } else if (found.value() != parent) {
        return collision(found.value(), parent, true);
    }
    return {};
}

QString NameRegistry::collision(const QString& first, const QString& second, bool folders) {
    if (first.toCaseFolded() != second.toCaseFolded())
        return folders ? QCoreApplication::translate(
                             "causeway::Zip::NameRegistry",
                             "Folders “%1” and “%2” differ only in how their accents are "
                             "encoded; they would be merged on many systems.")
                             .arg(shown(first), shown(second))
                       : QCoreApplication::translate(
                             "causeway::Zip::NameRegistry",
                             "Entries “%1” and “%2” differ only in how their accents are "
                             "encoded; they would overwrite each other on many systems.")
                             .arg(shown(first), shown(second));
    return folders ? QCoreApplication::translate(
                         "causeway::Zip::NameRegistry",
                         "Folders “%1” and “%2” differ only in upper and lower case; they "
                         "would be merged on many systems.")
                         .arg(shown(first), shown(second))
                   : QCoreApplication::translate(
                         "causeway::Zip::NameRegistry",
                         "Entries “%1” and “%2” differ only in upper and lower case; they "
                         "would overwrite each other on many systems.")
                         .arg(shown(first), shown(second));
}

} // namespace causeway::Zip
