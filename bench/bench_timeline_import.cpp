// Imports N JSON Lines log entries into a postmortem, end to end (read, parse, dedup,
// store, audit, index), and times sqlite3's own `.import` of the same rows as CSV in the
// same run on the same machine: into tables equivalent to Causeway's (a record per event with
// its id, revision and fields as JSON, the same primary key and index, and a full-text index
// row), which the target is measured against, and for reference into a bare three-column
// table. Prints all three and the ratios.
//   bench_timeline_import [N=100000] [RUNS=3]
#include "store/Store.h"
#include "timeline/TimelineEvent.h"
#include "timeline/import/Importer.h"
#include "util/AppEnvironment.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace causeway;
using namespace causeway::bench;

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

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    QTemporaryDir dir;
    const QString jsonl = dir.filePath(QStringLiteral("log.jsonl"));
    const QString csv = dir.filePath(QStringLiteral("log.csv"));
    writeInputs(jsonl, csv, n);
    std::printf("machine: %d processors (nproc), %s; load average %s\n", processors(),
                qPrintable(cpuModel()), qPrintable(loadAverage()));

    // Causeway: file → events → one transaction with audit entries and search index, into a
    // new database each run.
    Timing causeway, parse, convert, storeTiming;
    for (int run = 0; run < runs; ++run) {
        OpenOptions options;
        options.deviceId = QStringLiteral("bench");
        options.actor = Actor{QStringLiteral("Bench"), QStringLiteral("bench")};
        const QString dbPath = dir.filePath(QStringLiteral("causeway-%1.db").arg(run));
        auto store = Store::open(dbPath, options);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        const QString id =
            store.value()
                ->createPostmortem(QStringLiteral("standard"),
                                   {{QStringLiteral("title"), QStringLiteral("Bench")}})
                .value();
        Stopwatch watch;
        Stopwatch step;
        timeline::ImportOptions importOptions;
        const timeline::ImportResult parsed =
            timeline::importFile(jsonl, timeline::ImportFormat::JsonLines, importOptions);
        step.stopInto(parse);
        Stopwatch step2;
        QList<TimelineEvent> events;
        events.reserve(parsed.events.size());
        for (const auto& e : parsed.events)
            events.append(TimelineEvent::fromImported(e));
        step2.stopInto(convert);
        Stopwatch step3;
        const auto imported = store.value()->importEvents(id, events, QStringLiteral("bench"));
        step3.stopInto(storeTiming);
        watch.stopInto(causeway);
        if (!imported || imported->added != n)
            qFatal("import failed: %s (added %d)", qPrintable(imported.error()),
                   imported ? imported->added : -1);
        store.value().reset();
        QFile::remove(dbPath);
    }

    // sqlite3: the same rows as CSV into an equivalent table (time, level, message).
    Timing sqlite3;
    for (int run = 0; run < runs; ++run) {
        const QString sqliteDb = dir.filePath(QStringLiteral("sqlite-%1.db").arg(run));
        QProcess create;
        create.start(QStringLiteral("sqlite3"),
                     {sqliteDb,
                      QStringLiteral("CREATE TABLE events(time TEXT, level TEXT, message TEXT);")});
        create.waitForFinished();
        Stopwatch watch(true);
        QProcess importer;
        importer.start(QStringLiteral("sqlite3"),
                       {sqliteDb, QStringLiteral(".import --csv --skip 1 ") + csv +
                                      QStringLiteral(" events")});
        if (!importer.waitForFinished(600000) || importer.exitCode() != 0)
            qFatal("sqlite3 .import failed: %s", importer.readAllStandardError().constData());
        watch.stopInto(sqlite3);
        QFile::remove(sqliteDb);
    }

    // sqlite3 again, storing the rows the way Causeway does: the same records table with its
    // primary key and indexes, the fields as JSON, and a full-text index row per event. It
    // shows how much of the difference above is the storage work itself (no audit entry, no
    // duplicate check).
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
    Timing same;
    for (int run = 0; run < runs; ++run) {
        const QString sameDb = dir.filePath(QStringLiteral("same-%1.db").arg(run));
        Stopwatch watch(true);
        QProcess process;
        process.setStandardInputFile(sameSql);
        process.start(QStringLiteral("sqlite3"), {sameDb});
        if (!process.waitForFinished(600000) || process.exitCode() != 0)
            qFatal("sqlite3 (same tables) failed: %s", process.readAllStandardError().constData());
        watch.stopInto(same);
        QFile::remove(sameDb);
    }

    std::printf("workload: import %d JSON Lines into a postmortem (%d runs, medians)\n", n, runs);
    std::printf("%-30s %9s %9s %9s %12s %9s\n", "", "wall ms", "min ms", "max ms", "lines/s",
                "cpu ms");
    const auto row = [n](const char* label, const Timing& t, const QString& extra) {
        std::printf("%-30s %9.0f %9.0f %9.0f %12.0f %9.0f   %s\n", label, t.wall(), t.min(),
                    t.max(), n * 1000.0 / std::max(t.wall(), 1.0), t.cpu(), qPrintable(extra));
    };
    row("causeway (end to end)", causeway,
        QStringLiteral("(parse %1 ms, to events %2 ms, store %3 ms)")
            .arg(qRound(parse.wall()))
            .arg(qRound(convert.wall()))
            .arg(qRound(storeTiming.wall())));
    row("sqlite3 .import (csv)", sqlite3, QString());
    row("sqlite3 .import, same tables", same,
        QStringLiteral("(indexes and full-text index as Causeway's)"));
    const double bareRatio = causeway.wall() / std::max(sqlite3.wall(), 1.0);
    const double sameRatio = causeway.wall() / std::max(same.wall(), 1.0);
    std::printf("ratio to .import into the same tables: wall %.2fx, cpu %.2fx (target <= 2.00x): "
                "%s\n",
                sameRatio, causeway.cpu() / std::max(same.cpu(), 1e-3),
                sameRatio <= 2.0 ? "PASS" : "MISS");
    std::printf("ratio to .import into a bare table (no key, index, JSON or full-text index): "
                "wall %.2fx, cpu %.2fx\n",
                bareRatio, causeway.cpu() / std::max(sqlite3.cpu(), 1e-3));
    WorkloadResult r;
    r.id = QStringLiteral("P2");
    r.workload = QStringLiteral("import %1 JSON Lines").arg(n);
    r.ours = causeway.wall();
    r.peer = same.wall();
    r.peerName = QStringLiteral("sqlite3 .import of the same rows (CSV) into tables equivalent to "
                                "Causeway's (primary key, index, fields as JSON, full-text index)");
    r.ratio = sameRatio;
    r.target = QStringLiteral("<= 2.0x");
    r.pass = sameRatio <= 2.0;
    r.note = QStringLiteral("for reference, sqlite3 .import into a bare three-column table (no "
                            "key, index, JSON or full-text index): %1 ms, ratio %2x")
                 .arg(qRound(sqlite3.wall()))
                 .arg(bareRatio, 0, 'f', 2);
    printResult(r);
    return 0;
}
