#pragma once

// The rules for entry names, shared by the zip writer and reader (Zip*.cpp only): a bundle
// never holds a name the reader would refuse.
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace causeway::Zip {

// Strict UTF-8: a name that is not valid UTF-8 has no single meaning. A leading BOM is kept
// as a character so that decoding never drops bytes.
std::optional<QString> decodeUtf8(QByteArrayView bytes);
// An entry name as it can be shown in a message: control characters spelled out, bounded.
QString shown(const QString& name);
// The problem with a path (folders without their trailing slash), or an empty string.
// `number` is the entry's 1-based position, for the names that cannot be shown.
QString pathProblem(const QString& path, int number);
// An archive inside the archive, by its name or by its content.
QString nestedNameProblem(const QString& path);
QString nestedContentProblem(const QString& path, QByteArrayView data);

// Duplicate, case-colliding and file-versus-folder names. Folders are keyed by their path
// without the trailing slash; the parents of every entry count as folders.
class NameRegistry {
public:
    QString add(const QString& path, bool isFolder);

private:
    QString addParent(const QString& parent, const QString& folded);
    static QString collision(const QString& first, const QString& second, bool folders);

    QHash<QString, QString> m_files;   // folded → as written
    QHash<QString, QString> m_folders; // folded → as written, explicit and implied
    QSet<QString> m_explicitFolders;   // folded
};

} // namespace causeway::Zip
