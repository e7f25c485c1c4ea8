#pragma once

#include "util/Result.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace causeway {

// An open SQLite connection with Causeway's settings, migrated to the latest schema.
struct DatabaseConnection {
    QSqlDatabase db;
    QString connectionName;
    std::unique_ptr<QLockFile> lock; // held while this process edits the database
    bool readOnly = false;
    QString readOnlyReason;
    int schemaVersion = 0;
    QString backupPath; // the copy made before the last migration, if any

    DatabaseConnection() = default;
    DatabaseConnection(const DatabaseConnection&) = delete;
    DatabaseConnection& operator=(const DatabaseConnection&) = delete;
    ~DatabaseConnection();
};

namespace Database {

int latestSchemaVersion();

// Opens path (creating it when missing unless readOnly). Refuses, with a message that
// names the file and the problem, a file that is not SQLite, not Causeway's, or written by
// a newer Causeway; such a file is never altered. With exclusive, a second process on the
// same file gets a read-only connection instead.
Result<std::unique_ptr<DatabaseConnection>> open(const QString& path, bool exclusive,
                                                 bool readOnly);

// Splits an SQL script into statements (trigger bodies stay whole).
QStringList splitStatements(const QString& script);

// A message for a failed query that a user can act on ("the disk is full", ...).
QString describeError(const QSqlError& error);

} // namespace Database
} // namespace causeway
