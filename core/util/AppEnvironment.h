#pragma once

#include "store/Actor.h"

#include <QString>

class QCoreApplication;

namespace causeway::AppEnvironment {

// Names that decide where settings and data live; both executables call this first.
void initialize(QCoreApplication& app);

// --db PATH wins, then the CAUSEWAY_DB environment variable, then
// QStandardPaths::AppDataLocation/causeway.db.
QString databasePath(const QString& commandLineOption = QString());
QString defaultDatabasePath();
QString userTemplateDir();

// A random id made on first start and kept in the settings: it tags every revision this
// installation writes, so merges can order concurrent edits without trusting clocks.
QString deviceId();

// The profile from the settings (display name, role); the OS user when no name is set.
Actor currentActor();

} // namespace causeway::AppEnvironment
