// Opens a postmortem with N timeline events the way the app does (store load, document,
// table and graphical timeline shown and scrolled to the end), and times sqlite3 reading
// the same rows from the same database file, in the same run on the same machine.
// Then times one edit and one scroll in the open timeline: neither may reload the model.
//   bench_timeline_open [N=10000] [RUNS=5] [DB]
// With DB (a database made by `causeway-cli generate`), its postmortem with the most events
// is opened instead of one made here, and N is ignored.
#include "editing/PostmortemDocument.h"
#include "store/Store.h"
#include "timeline/TimelineEvent.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineGraphicsView.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include "BenchSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <tuple>

using namespace causeway;

using namespace causeway::bench;

namespace {

// Fills a new database with one postmortem of n events; returns its id.
QString makeTimeline(const QString& path, int n) {
    OpenOptions options;
    options.deviceId = QStringLiteral("bench");
    options.actor = Actor{QStringLiteral("Bench"), QStringLiteral("bench")};
    auto store = Store::open(path, options);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    const QString id = store.value()
                           ->createPostmortem(QStringLiteral("standard"),
                                              {{QStringLiteral("title"), QStringLiteral("Bench")}})
                           .value();
    QList<TimelineEvent> events;
    const QDateTime start(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    const QStringList sources{QStringLiteral("chat"), QStringLiteral("log"),
                              QStringLiteral("alert"), QStringLiteral("deploy")};
    for (int i = 0; i < n; ++i) {
        TimelineEvent e;
        e.time = start.addMSecs(qint64(i) * 1700);
        e.source = sources.at(i % sources.size());
        e.keyEvent = i % 500 == 0;
        e.description = QStringLiteral("event number %1: checkout latency above %2 ms")
                            .arg(i)
                            .arg(200 + i % 700);
        events.append(e);
    }
    if (auto imported = store.value()->importEvents(id, events, QStringLiteral("bench"));
        !imported || imported->added != n)
        qFatal("could not prepare the timeline");
    return id;
}

// The postmortem of a generated database with the most events, and how many it has.
std::pair<QString, int> largestTimeline(const QString& path) {
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path, QStringLiteral("SELECT root_id, count(*) AS n FROM records WHERE kind = "
                                       "'event' AND deleted = 0 GROUP BY root_id ORDER BY n DESC "
                                       "LIMIT 1")});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0)
        qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
    const QList<QByteArray> parts = sqlite.readAllStandardOutput().trimmed().split('|');
    if (parts.size() != 2)
        qFatal("%s has no timeline events", qPrintable(path));
    return {QString::fromLatin1(parts.at(0)), parts.at(1).toInt()};
}

struct OpenSplit {
    double openDb = 0, load = 0, models = 0, show = 0;
};

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    QTemporaryDir dir;
    QString path;
    QString id;
    if (argc > 3) {
        path = QString::fromLocal8Bit(argv[3]);
        std::tie(id, n) = largestTimeline(path);
    } else {
        path = dir.filePath(QStringLiteral("causeway.db"));
        id = makeTimeline(path, n);
    }
    std::printf("machine: %d processors (nproc), %s; load average %s\n", processors(),
                qPrintable(cpuModel()), qPrintable(loadAverage()));

    // Causeway: from opening the database to a shown, scrolled timeline, as often as asked;
    // the last pane stays open for the edit and scrolling checks below.
    Timing causeway;
    OpenSplit split;
    std::unique_ptr<Store> store;
    std::unique_ptr<PostmortemDocument> doc;
    std::unique_ptr<TimelinePane> pane;
    for (int run = 0; run < runs; ++run) {
        pane.reset();
        doc.reset();
        store.reset();
        Stopwatch watch;
        OpenOptions options;
        options.deviceId = QStringLiteral("bench");
        auto opened = Store::open(path, options);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        store = std::move(opened).value();
        split.openDb = watch.wallMs();
        auto pm = store->loadPostmortem(id);
        if (!pm)
            qFatal("no postmortem %s", qPrintable(id));
        split.load = watch.wallMs() - split.openDb;
        doc = std::make_unique<PostmortemDocument>(store.get(), *pm);
        pane = std::make_unique<TimelinePane>();
        pane->setDocument(doc.get());
        split.models = watch.wallMs() - split.openDb - split.load;
        pane->resize(1366, 768);
        pane->show();
        pane->graphicsView()->rebuildNow();
        pane->table()->scrollToBottom();
        QApplication::processEvents();
        watch.stopInto(causeway);
        split.show = causeway.wallMs.last() - split.openDb - split.load - split.models;
        if (pane->filterModel()->rowCount() != n)
            qFatal("the table shows %d rows, not %d", pane->filterModel()->rowCount(), n);
    }

    // sqlite3: the same rows, read from the same file.
    Timing sqlite3;
    qsizetype sqliteRows = 0;
    for (int run = 0; run < runs; ++run) {
        Stopwatch watch(true);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {path, QStringLiteral("SELECT id, fields, field_revs FROM records WHERE "
                                           "root_id = '%1' AND kind = 'event'")
                                .arg(id)});
        if (!sqlite.waitForFinished(60000) || sqlite.exitCode() != 0)
            qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
        sqliteRows = sqlite.readAllStandardOutput().count('\n');
        watch.stopInto(sqlite3);
    }

    // One edit and one page of scrolling: no model reset, no full redraw.
    QSignalSpy resets(pane->model(), &QAbstractItemModel::modelReset);
    const int layouts = pane->graphicsView()->rebuildCount();
    QElapsedTimer timer;
    timer.start();
    pane->model()->setData(pane->model()->index(n / 2, TimelineModel::DescriptionColumn),
                           QStringLiteral("edited"));
    QApplication::processEvents();
    const qint64 editMs = timer.elapsed();
    timer.restart();
    QScrollBar* bar = pane->table()->verticalScrollBar();
    for (int step = 0; step < 20; ++step) {
        bar->setValue(bar->value() - bar->pageStep());
        pane->table()->viewport()->repaint();
    }
    const qint64 scrollMs = timer.elapsed();
    QTest::qWait(100); // a full layout of the drawing would come on a timer
    const int relayouts = pane->graphicsView()->rebuildCount() - layouts;

    std::printf("workload: open a postmortem with %d timeline events (%d runs, medians)\n", n,
                runs);
    std::printf("%-34s %8s %8s %8s %8s\n", "", "wall ms", "min ms", "max ms", "cpu ms");
    std::printf("%-34s %8.0f %8.0f %8.0f %8.0f   (last run: open db %.0f, load %.0f, models "
                "%.0f, show %.0f)\n",
                "causeway: open to scrollable", causeway.wall(), causeway.min(), causeway.max(),
                causeway.cpu(), split.openDb, split.load, split.models, split.show);
    std::printf("%-34s %8.0f %8.0f %8.0f %8.0f   (%lld rows)\n", "sqlite3: read the same rows",
                sqlite3.wall(), sqlite3.min(), sqlite3.max(), sqlite3.cpu(),
                static_cast<long long>(sqliteRows));
    std::printf("%-34s %8lld   (model resets: %lld, full layouts of the drawing: %d)\n",
                "causeway: one edit", static_cast<long long>(editMs),
                static_cast<long long>(resets.count()), relayouts);
    std::printf("%-34s %8lld\n", "causeway: 20 pages of scrolling",
                static_cast<long long>(scrollMs));
    const double ratio = causeway.wall() / std::max(sqlite3.wall(), 1.0);
    const bool pass = ratio <= 3.0 && causeway.wall() < 200;
    std::printf("ratio causeway / sqlite3: %.2fx (target <= 3.00x and under 200 ms): %s; edits "
                "without reset: %s\n",
                ratio, pass ? "PASS" : "MISS",
                resets.isEmpty() && relayouts == 0 ? "PASS" : "MISS");
    WorkloadResult result;
    result.id = QStringLiteral("P1");
    result.workload =
        QStringLiteral("open a postmortem with %1 events, timeline ready to scroll").arg(n);
    result.ours = causeway.wall();
    result.peer = sqlite3.wall();
    result.peerName = QStringLiteral("sqlite3 SELECT of the same rows");
    result.ratio = ratio;
    result.target = QStringLiteral("<= 3.0x and < 200 ms");
    result.pass = pass;
    printResult(result);
    return 0;
}
