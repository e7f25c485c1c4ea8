// Opens a postmortem with N timeline events the way the app does (store load, document,
// table and graphical timeline shown and scrolled to the end), and times sqlite3 reading
// the same rows from the same database file, in the same run on the same machine.
// Then times one edit and one scroll in the open timeline: neither may reload the model.
//   bench_timeline_open [N=10000]
#include "editing/PostmortemDocument.h"
#include "store/Store.h"
#include "timeline/TimelineEvent.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineGraphicsView.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <sys/resource.h>

using namespace causeway;

namespace {

// CPU milliseconds this process has used: on a busy machine the wall clock also counts time
// spent waiting for a core.
double cpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("causeway.db"));
    QString id;
    {
        OpenOptions options;
        options.deviceId = QStringLiteral("bench");
        options.actor = Actor{QStringLiteral("Bench"), QStringLiteral("bench")};
        auto store = Store::open(path, options);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        id = store.value()
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
    }

    // Causeway: from opening the database to a shown, scrolled timeline.
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    OpenOptions options;
    options.deviceId = QStringLiteral("bench");
    auto store = Store::open(path, options);
    const qint64 openMs = timer.elapsed();
    auto pm = store.value()->loadPostmortem(id);
    const qint64 loadMs = timer.elapsed();
    PostmortemDocument doc(store.value().get(), *pm);
    TimelinePane pane;
    pane.setDocument(&doc);
    const qint64 modelMs = timer.elapsed();
    pane.resize(1366, 768);
    pane.show();
    pane.graphicsView()->rebuildNow();
    pane.table()->scrollToBottom();
    QApplication::processEvents();
    const qint64 shownMs = timer.elapsed();
    const double shownCpu = cpuMs() - cpuStart;
    if (pane.filterModel()->rowCount() != n)
        qFatal("the table shows %d rows, not %d", pane.filterModel()->rowCount(), n);

    // sqlite3: the same rows, read from the same file.
    timer.restart();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path, QStringLiteral("SELECT id, fields, field_revs FROM records WHERE root_id "
                                       "= '%1'")
                            .arg(id)});
    if (!sqlite.waitForFinished(60000) || sqlite.exitCode() != 0)
        qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
    const qint64 sqliteMs = timer.elapsed();
    const qsizetype sqliteRows = sqlite.readAllStandardOutput().count('\n');

    // One edit and one page of scrolling: no model reset, no full redraw.
    QSignalSpy resets(pane.model(), &QAbstractItemModel::modelReset);
    const int layouts = pane.graphicsView()->rebuildCount();
    timer.restart();
    pane.model()->setData(pane.model()->index(n / 2, TimelineModel::DescriptionColumn),
                          QStringLiteral("edited"));
    QApplication::processEvents();
    const qint64 editMs = timer.elapsed();
    timer.restart();
    QScrollBar* bar = pane.table()->verticalScrollBar();
    for (int step = 0; step < 20; ++step) {
        bar->setValue(bar->value() - bar->pageStep());
        pane.table()->viewport()->repaint();
    }
    const qint64 scrollMs = timer.elapsed();
    QTest::qWait(100); // a full layout of the drawing would come on a timer
    const int relayouts = pane.graphicsView()->rebuildCount() - layouts;

    std::printf("workload: open a postmortem with %d timeline events\n", n);
    std::printf("%-34s %8s\n", "", "ms");
    std::printf("%-34s %8lld   (cpu %.0f ms; open db %lld, load %lld, models %lld, show %lld)\n",
                "causeway: open to scrollable", static_cast<long long>(shownMs), shownCpu,
                static_cast<long long>(openMs), static_cast<long long>(loadMs - openMs),
                static_cast<long long>(modelMs - loadMs),
                static_cast<long long>(shownMs - modelMs));
    std::printf("%-34s %8lld   (%lld rows)\n", "sqlite3: read the same rows",
                static_cast<long long>(sqliteMs), static_cast<long long>(sqliteRows));
    std::printf("%-34s %8lld   (model resets: %lld, full layouts of the drawing: %d)\n",
                "causeway: one edit", static_cast<long long>(editMs),
                static_cast<long long>(resets.count()), relayouts);
    std::printf("%-34s %8lld\n", "causeway: 20 pages of scrolling",
                static_cast<long long>(scrollMs));
    std::printf("target: open under 200 ms: %s; edits without reset: %s\n",
                shownMs < 200 ? "PASS" : "MISS",
                resets.isEmpty() && relayouts == 0 ? "PASS" : "MISS");
    return 0;
}
