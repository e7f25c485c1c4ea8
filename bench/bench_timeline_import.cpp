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
    timeline::ImportOptions importOptions;
    const timeline::ImportResult parsed =
        timeline::importFile(jsonl, timeline::ImportFormat::JsonLines, importOptions);
    const qint64 parseMs = timer.elapsed();
    QList<TimelineEvent> events;
    events.reserve(parsed.events.size());
    for (const auto& e : parsed.events)
        events.append(TimelineEvent::fromImported(e));
    const auto imported = store.value()->importEvents(id, events, QStringLiteral("bench"));
    const qint64 causewayMs = timer.elapsed();
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
    timer.restart();
    QProcess importer;
    importer.start(QStringLiteral("sqlite3"), {sqliteDb, QStringLiteral(".import --csv --skip 1 ") +
                                                             csv + QStringLiteral(" events")});
    if (!importer.waitForFinished(600000) || importer.exitCode() != 0)
        qFatal("sqlite3 .import failed: %s", importer.readAllStandardError().constData());
    const qint64 sqliteMs = timer.elapsed();

    std::printf("workload: import %d JSON Lines into a postmortem\n", n);
    std::printf("%-28s %10s %14s\n", "", "ms", "lines/s");
    std::printf("%-28s %10lld %14.0f   (parse %lld ms)\n", "causeway (end to end)",
                static_cast<long long>(causewayMs), n * 1000.0 / std::max<qint64>(causewayMs, 1),
                static_cast<long long>(parseMs));
    std::printf("%-28s %10lld %14.0f\n", "sqlite3 .import (csv)", static_cast<long long>(sqliteMs),
                n * 1000.0 / std::max<qint64>(sqliteMs, 1));
    const double ratio = double(causewayMs) / double(std::max<qint64>(sqliteMs, 1));
    std::printf("ratio %.2fx (target <= 2.00x): %s\n", ratio, ratio <= 2.0 ? "PASS" : "MISS");
    return 0;
}
