#pragma once

class QSqlDatabase;
struct sqlite3;

namespace causeway {

// The SQLite connection behind a Qt SQL connection, for the few paths where the per-row cost
// of QSqlQuery (a QVariant per column, UTF-16 copies) matters: bulk imports and opening a
// postmortem. Null when the driver is not SQLite.
sqlite3* sqliteHandle(QSqlDatabase& db);

} // namespace causeway
