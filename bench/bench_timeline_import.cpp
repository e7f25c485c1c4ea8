// Imports N JSON Lines log entries into a postmortem, end to end (read, parse, dedup,
// store, audit, index), and times sqlite3's own `.import` of the same rows as CSV into an
// equivalent table, in the same run on the same machine. Prints both and the ratio.
//   bench_timeline_import [N=100000]
#include "store/Store.h"
#include "timeline/TimelineEvent.h"
#include "timeline/import/Importer.h"
#include "util/AppEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace causeway;

namespace {

void writeInputs(const QString& jsonl, const QString& csv, int n) {
    QFile j(jsonl);
    QFile c(csv);
    if (!j.open(QIODevice::WriteOnly) || !c.open(QIODevice::WriteOnly))
        qFatal("cannot write the inputs");
    const char* levels[] = {"info", "warning", "error", "debug"};
    const QDateTime start(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC);
    c.write("time,level,message\n");
    for (int i = 0; i < n; ++i) {
        const QString time =
            start.addMSecs(qint64(i) * 37).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        const QString message =
            QStringLiteral("request %1 to payments-api took %2 ms (pool wait %3 ms)")
                .arg(i)
                .arg(40 + i % 900)
                .arg(i % 120);
        const char* level = levels[i % 4];
        j.write(QStringLiteral("{\"time\":\"%1\",\"level\":\"%2\",\"message\":\"%3\"}\n")
                    .arg(time, QLatin1String(level), message)
                    .toUtf8());
        c.write(QStringLiteral("%1,%2,\"%3\"\n").arg(time, QLatin1String(level), message).toUtf8());
    }
}

// CPU seconds used so far by this process, or by its finished children: on a busy machine
// the wall clock also counts time spent waiting for a core.
double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    const QString jsonl = dir.filePath(QStringLiteral("log.jsonl"));
    const QString csv = dir.filePath(QStringLiteral("log.csv"));
    writeInputs(jsonl, csv, n);

    // Causeway: file → events → one transaction with audit entries and search index.
    OpenOptions options;
    options.deviceId = QStringLiteral("bench");
    options.actor = Actor{QStringLiteral("Bench"), QStringLiteral("bench")};
    auto store = Store::open(dir.filePath(QStringLiteral("causeway.db")), options);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    const QString id = store.value()
                           ->createPostmortem(QStringLiteral("standard"),
                                              {{QStringLiteral("title"), QStringLiteral("Bench")}})
                           .value();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds(RUSAGE_SELF);
    timeline::ImportOptions importOptions;
    const timeline::ImportResult parsed =
        timeline::importFile(jsonl, timeline::ImportFormat::JsonLines, importOptions);
    const qint64 parseMs = timer.elapsed();
    QList<TimelineEvent> events;
    events.reserve(parsed.events.size());
    for (const auto& e : parsed.events)
        events.append(TimelineEvent::fromImported(e));
    const qint64 convertMs = timer.elapsed();
    const auto imported = store.value()->importEvents(id, events, QStringLiteral("bench"));
    const qint64 causewayMs = timer.elapsed();
    const double causewayCpu = cpuSeconds(RUSAGE_SELF) - cpuStart;
    if (!imported || imported->added != n)
        qFatal("import failed: %s (added %d)", qPrintable(imported.error()),
               imported ? imported->added : -1);

    // sqlite3: the same rows as CSV into an equivalent table (id, time, kind, text).
    const QString sqliteDb = dir.filePath(QStringLiteral("sqlite.db"));
    QProcess create;
    create.start(
        QStringLiteral("sqlite3"),
        {sqliteDb, QStringLiteral("CREATE TABLE events(time TEXT, level TEXT, message TEXT);")});
    create.waitForFinished();
    const double childCpuStart = cpuSeconds(RUSAGE_CHILDREN);
    timer.restart();
    QProcess importer;
    importer.start(QStringLiteral("sqlite3"), {sqliteDb, QStringLiteral(".import --csv --skip 1 ") +
                                                             csv + QStringLiteral(" events")});
    if (!importer.waitForFinished(600000) || importer.exitCode() != 0)
        qFatal("sqlite3 .import failed: %s", importer.readAllStandardError().constData());
    const qint64 sqliteMs = timer.elapsed();
    const double sqliteCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuStart;

    // sqlite3 again, storing the rows the way Causeway does: the same records table with its
    // primary key and indexes, the fields as JSON, and a full-text index row per event. It
    // shows how much of the difference above is the storage work itself (no audit entry, no
    // duplicate check).
    const QString sameDb = dir.filePath(QStringLiteral("same.db"));
    const QString sameSql = dir.filePath(QStringLiteral("same.sql"));
    {
        QFile script(sameSql);
        if (!script.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(sameSql));
        script.write(
            "CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, parent_id TEXT "
            "REFERENCES records(id), root_id TEXT NOT NULL, created_utc TEXT NOT NULL, "
            "modified_utc TEXT NOT NULL, rev_counter INTEGER NOT NULL CHECK (rev_counter > 0), "
            "rev_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, "
            "1)), fields TEXT NOT NULL DEFAULT '{}', field_revs TEXT NOT NULL DEFAULT '{}');\n"
            "CREATE INDEX records_root_kind ON records(root_id, kind);\n"
            "CREATE VIRTUAL TABLE search_index USING fts5(record_id UNINDEXED, postmortem_id "
            "UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');\n"
            "INSERT INTO records(id, kind, root_id, created_utc, modified_utc, rev_counter, "
            "rev_device) VALUES ('pm', 'postmortem', 'pm', 'now', 'now', 1, 'bench');\n"
            "CREATE TEMP TABLE staged(time TEXT, level TEXT, message TEXT);\n"
            ".import --csv --skip 1 ");
        script.write(csv.toUtf8());
        script.write(
            " staged\n"
            "BEGIN;\n"
            "INSERT INTO records(id, kind, parent_id, root_id, created_utc, modified_utc, "
            "rev_counter, rev_device, fields, field_revs) SELECT lower(hex(randomblob(16))), "
            "'event', 'pm', 'pm', 'now', 'now', 2, 'bench', json_object('description', message, "
            "'kind', level, 'source', 'log', 'time', time), '{\"*\":[2,\"bench\",\"now\"]}' "
            "FROM staged;\n"
            "INSERT INTO search_index(rowid, record_id, postmortem_id, title, body) SELECT "
            "rowid, id, 'pm', '', json_extract(fields, '$.description') FROM records WHERE "
            "kind = 'event';\n"
            "COMMIT;\n");
    }
    const double sameCpuStart = cpuSeconds(RUSAGE_CHILDREN);
    timer.restart();
    QProcess same;
    same.setStandardInputFile(sameSql);
    same.start(QStringLiteral("sqlite3"), {sameDb});
    if (!same.waitForFinished(600000) || same.exitCode() != 0)
        qFatal("sqlite3 (same tables) failed: %s", same.readAllStandardError().constData());
    const qint64 sameMs = timer.elapsed();
    const double sameCpu = cpuSeconds(RUSAGE_CHILDREN) - sameCpuStart;

    std::printf("workload: import %d JSON Lines into a postmortem\n", n);
    std::printf("%-30s %9s %12s %9s\n", "", "wall ms", "lines/s", "cpu ms");
    std::printf("%-30s %9lld %12.0f %9.0f   (parse %lld ms, to events %lld ms, store %lld ms)\n",
                "causeway (end to end)", static_cast<long long>(causewayMs),
                n * 1000.0 / std::max<qint64>(causewayMs, 1), causewayCpu * 1000,
                static_cast<long long>(parseMs), static_cast<long long>(convertMs - parseMs),
                static_cast<long long>(causewayMs - convertMs));
    std::printf("%-30s %9lld %12.0f %9.0f\n", "sqlite3 .import (csv)",
                static_cast<long long>(sqliteMs), n * 1000.0 / std::max<qint64>(sqliteMs, 1),
                sqliteCpu * 1000);
    std::printf("%-30s %9lld %12.0f %9.0f   (indexes and full-text index as Causeway's)\n",
                "sqlite3 .import, same tables", static_cast<long long>(sameMs),
                n * 1000.0 / std::max<qint64>(sameMs, 1), sameCpu * 1000);
    const double ratio = double(causewayMs) / double(std::max<qint64>(sqliteMs, 1));
    const double cpuRatio = causewayCpu / std::max(sqliteCpu, 1e-3);
    std::printf("ratio to .import: wall %.2fx, cpu %.2fx (target <= 2.00x): %s\n", ratio, cpuRatio,
                ratio <= 2.0 ? "PASS" : "MISS");
    std::printf("ratio to same tables: wall %.2fx, cpu %.2fx\n",
                double(causewayMs) / double(std::max<qint64>(sameMs, 1)),
                causewayCpu / std::max(sameCpu, 1e-3));
    return 0;
}
