#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace causeway {

DatabaseConnection::~DatabaseConnection() {
    if (db.isValid()) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
}

namespace Database {

namespace {

// The numbered migration scripts compiled into the resources; index i holds version i+1.
QStringList migrationResources() {
    return {QStringLiteral(":/schema/001_initial.sql"),
            QStringLiteral(":/schema/002_record_fields_json.sql"),
            QStringLiteral(":/schema/003_attachments.sql"),
            QStringLiteral(":/schema/004_bulk_import.sql"),
            QStringLiteral(":/schema/005_sync.sql")};
}

bool isSqliteFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}

Status exec(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Status::failure(describeError(q.lastError()));
    return {};
}

Result<int> userVersion(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Result<int>::failure(describeError(q.lastError()));
    return q.value(0).toInt();
}

Status migrate(DatabaseConnection& c, const QString& path, int from) {
    const QStringList scripts = migrationResources();
    if (from > 0) {
        // A copy of the database as it was, in case a migration goes wrong in a way
        // the transaction cannot undo (for example a bug in the script itself).
        c.backupPath =
            path +
            QStringLiteral(".before-schema-%1-%2.bak")
                .arg(from + 1)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QSqlQuery q(c.db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(c.backupPath);
        if (!q.exec())
            return Status::failure(QStringLiteral("Could not back up the database before "
                                                  "upgrading it: ") +
                                   describeError(q.lastError()));
    }
    for (int version = from + 1; version <= scripts.size(); ++version) {
        QFile f(scripts.at(version - 1));
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("The schema script %1 is missing from this "
                                                  "build.")
                                       .arg(f.fileName()));
        const QString script = QString::fromUtf8(f.readAll());
        if (auto s = exec(c.db, QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        Status outcome;
        for (const QString& statement : splitStatements(script)) {
            outcome = exec(c.db, statement);
            if (!outcome)
                break;
        }
        if (outcome)
            outcome = exec(c.db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (outcome)
            outcome = exec(c.db, QStringLiteral("COMMIT"));
        if (!outcome) {
            exec(c.db, QStringLiteral("ROLLBACK"));
            return Status::failure(QStringLiteral("Upgrading the database to schema %1 failed "
                                                  "and was rolled back: %2")
                                       .arg(version)
                                       .arg(outcome.error()));
        }
        c.schemaVersion = version;
    }
    return {};
}

} // namespace

int latestSchemaVersion() {
    return static_cast<int>(migrationResources().size());
}

QString describeError(const QSqlError& error) {
    const QString native = error.nativeErrorCode();
    // SQLite primary result codes (the low byte of extended codes).
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 13: // SQLITE_FULL
        return QStringLiteral("the disk is full (or the database reached its size limit); "
                              "nothing was written");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QStringLiteral("the database is busy in another program; try again");
    case 8: // SQLITE_READONLY
        return QStringLiteral("the database is read-only");
    case 10: // SQLITE_IOERR
        return QStringLiteral("the disk reported an input/output error: ") + error.text();
    case 11: // SQLITE_CORRUPT
        return QStringLiteral("the database file is damaged: ") + error.text();
    case 26: // SQLITE_NOTADB
        return QStringLiteral("the file is not an SQLite database");
    default:
        break;
    }
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

QStringList splitStatements(const QString& script) {
    QStringList out;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QStringLiteral("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (current.isEmpty() &&
            line.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + u'\n';
        const bool ends = inTrigger ? line.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(u';');
        if (ends) {
            out.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

Result<std::unique_ptr<DatabaseConnection>> open(const QString& path, bool exclusive,
                                                 bool readOnly) {
    using R = Result<std::unique_ptr<DatabaseConnection>>;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists()) {
        if (info.isDir())
            return R::failure(shown + QStringLiteral(" is a folder, not a database file."));
        if (!info.isReadable())
            return R::failure(shown + QStringLiteral(" cannot be read (permission denied)."));
        if (info.size() > 0 && !isSqliteFile(path))
            return R::failure(shown + QStringLiteral(" is not a Causeway database: it is not an "
                                                     "SQLite file. It was not changed."));
    } else {
        if (readOnly)
            return R::failure(shown + QStringLiteral(" does not exist."));
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            return R::failure(QStringLiteral("Cannot create the folder ") +
                              QDir::toNativeSeparators(dir) + QStringLiteral(" for the database."));
        if (!QFileInfo(dir).isWritable())
            return R::failure(QStringLiteral("Cannot create the database: the folder ") +
                              QDir::toNativeSeparators(dir) + QStringLiteral(" is not writable."));
    }

    auto c = std::make_unique<DatabaseConnection>();
    c->readOnly = readOnly;
    if (!readOnly && info.exists() && !info.isWritable()) {
        c->readOnly = true;
        c->readOnlyReason = QStringLiteral("the file is not writable");
    }
    if (exclusive && !c->readOnly) {
        c->lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        c->lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!c->lock->tryLock(200)) {
            qint64 pid = 0;
            QString host;
            QString app;
            c->lock->getLockInfo(&pid, &host, &app);
            c->lock.reset();
            c->readOnly = true;
            c->readOnlyReason =
                QStringLiteral("it is open in another Causeway window (process %1)").arg(pid);
        }
    }

    // SQLite's memory statistics (unused here) take a global mutex on every allocation, and a
    // bulk import allocates a few times per row. Only possible before SQLite's first use in
    // the process; later it is refused, harmlessly.
    static const int memoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(memoryStatistics)
    c->connectionName = QStringLiteral("causeway-") + QUuid::createUuid().toString(QUuid::Id128);
    c->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->connectionName);
    if (!c->db.isValid())
        return R::failure(QStringLiteral("The Qt SQLite driver (QSQLITE) is not installed."));
    c->db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (c->readOnly && info.exists())
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    c->db.setConnectOptions(options);
    if (!c->db.open())
        return R::failure(QStringLiteral("Cannot open ") + shown + QStringLiteral(": ") +
                          describeError(c->db.lastError()));

    // Reading the schema is the first access to the file's content: a damaged or
    // encrypted file fails here, before anything is written.
    QSqlQuery probe(c->db);
    if (!probe.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return R::failure(shown + QStringLiteral(" cannot be read as a database: ") +
                          describeError(probe.lastError()) +
                          QStringLiteral(". It was not changed."));
    QStringList tables;
    while (probe.next())
        tables.append(probe.value(0).toString());
    probe.finish();

    auto version = userVersion(c->db);
    if (!version)
        return R::failure(shown + QStringLiteral(": ") + version.error());
    const int latest = latestSchemaVersion();
    if (version.value() > latest)
        return R::failure(shown + QStringLiteral(" was written by a newer version of Causeway "
                                                 "(schema %1; this version understands up to "
                                                 "%2). It was not opened or changed; please "
                                                 "update Causeway.")
                                      .arg(version.value())
                                      .arg(latest));
    if (version.value() == 0 && !tables.isEmpty())
        return R::failure(shown + QStringLiteral(" is an SQLite database of another program, not "
                                                 "a Causeway database. It was not changed."));
    c->schemaVersion = version.value();

    if (!c->readOnly) {
        // WAL lets the list keep reading while an autosave writes; FULL sync makes every
        // committed edit durable even on power loss, which an audit trail promises.
        for (const QString& pragma : {QStringLiteral("PRAGMA journal_mode = WAL"),
                                      QStringLiteral("PRAGMA synchronous = FULL"),
                                      QStringLiteral("PRAGMA foreign_keys = ON"),
                                      // A timeline import of 100,000 events thrashes the
                                      // default 2 MiB page cache.
                                      QStringLiteral("PRAGMA cache_size = -65536")}) {
            if (auto s = exec(c->db, pragma); !s)
                return R::failure(shown + QStringLiteral(": ") + s.error());
        }
        if (c->schemaVersion < latest) {
            if (auto s = migrate(*c, path, c->schemaVersion); !s)
                return R::failure(shown + QStringLiteral(": ") + s.error());
        }
    } else {
        exec(c->db, QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(c->db, QStringLiteral("PRAGMA query_only = ON"));
        if (c->schemaVersion < latest)
            return R::failure(shown + QStringLiteral(" needs an upgrade, which a read-only "
                                                     "database cannot get."));
    }
    return R(std::move(c));
}

} // namespace Database
} // namespace causeway
