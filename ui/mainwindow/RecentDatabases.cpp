#include "mainwindow/RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace causeway::RecentDatabases {

namespace {
const QString kKey = QStringLiteral("recent/databases");

void store(const QStringList& paths) {
    QSettings().setValue(kKey, paths);
}
} // namespace

QStringList list() {
    return QSettings().value(kKey).toStringList();
}

void add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaximum)
        paths.removeLast();
    store(paths);
}

void remove(const QString& path) {
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

} // namespace causeway::RecentDatabases
