#pragma once

#include <QStringList>

namespace causeway::RecentDatabases {

constexpr int kMaximum = 8;

// Most recent first, absolute paths, from QSettings.
QStringList list();
void add(const QString& path);
void remove(const QString& path);

} // namespace causeway::RecentDatabases
