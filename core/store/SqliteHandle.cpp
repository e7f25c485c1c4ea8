#include "store/SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace causeway {

// Qt's SQLite driver hands out its connection handle. Causeway links the same SQLite library
// the driver uses (the system one on Linux distributions), so the handle is valid for the C
// API.
sqlite3* sqliteHandle(QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace causeway
