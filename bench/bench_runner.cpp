// causeway-bench: runs every performance workload (P1–P8) with its peer in one invocation on
// one machine, from data generated once, and prints a table of medians, ratios and targets;
// writes the same as JSON and as a Markdown table for the README. Started by
// scripts/bench.sh, which builds everything in Release first.
//   causeway-bench [--out DIR] [--runs N] [--scale K] [--only P1,P5,...] [--update-readme F]
// --scale K multiplies the sizes of P1, P5 and P7 (10 for the README's scale notes).
// --update-readme puts the table between F's benchmark-table markers.
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#include <unistd.h>

using namespace causeway::bench;

namespace {

struct Setup {
    QString binaries; // the build directory: bench/, app/ and app/cli/ below it
    QDir out;
    int runs = 5;
    int scale = 1;
    QProcessEnvironment environment;
    QFile* log = nullptr;
};

QString cli(const Setup& s) {
    return s.binaries + QStringLiteral("/app/cli/causeway-cli");
}
QString gui(const Setup& s) {
    return s.binaries + QStringLiteral("/app/gui/causeway");
}
QString benchProgram(const Setup& s, const QString& name) {
    return s.binaries + QStringLiteral("/bench/") + name;
}

void logLine(const Setup& s, const QString& line) {
    s.log->write(line.toUtf8() + '\n');
    s.log->flush();
}

// Runs a program to its end; its output goes to the log (and the "RESULT" lines to results).
// Returns its standard output, or an empty string with problem set.
QByteArray run(const Setup& s, const QString& program, const QStringList& arguments,
               QString* problem, int timeoutMs = 1800000) {
    logLine(s, QStringLiteral("$ %1 %2").arg(program, arguments.join(u' ')));
    QProcess process;
    process.setProcessEnvironment(s.environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *problem = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return {};
    }
    process.waitForFinished(timeoutMs);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    s.log->write(out);
    s.log->write(err);
    s.log->flush();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *problem = QStringLiteral("%1 failed (exit %2): %3")
                       .arg(QFileInfo(program).fileName())
                       .arg(process.exitCode())
                       .arg(QString::fromLocal8Bit((err.trimmed().isEmpty() ? out : err).right(400))
                                .trimmed());
        return {};
    }
    return out;
}

QList<QJsonObject> resultsIn(const QByteArray& output) {
    QList<QJsonObject> results;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("RESULT "))
            results.append(QJsonDocument::fromJson(line.mid(7)).object());
    }
    return results;
}

QJsonObject missing(const QString& id, const QString& workload, const QString& problem) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("workload"), workload},
            {QStringLiteral("pass"), false},
            {QStringLiteral("note"), QStringLiteral("not measured: ") + problem}};
}

// The data, generated once per scale and kept between invocations (generation is slow and
// deterministic): a thousand ordinary postmortems, one with a long timeline, and many small
// ones for full-text search.
struct Data {
    QString corpus;   // 1,000 postmortems
    QString timeline; // one postmortem with 10,000 × scale events
    QString search;   // 10,000 × scale postmortems
};

bool generate(const Setup& s, const QString& path, const QStringList& shape, QString* problem) {
    if (QFileInfo::exists(path + QStringLiteral(".done")))
        return true;
    QFile::remove(path);
    std::printf("generating %s …\n", qPrintable(QFileInfo(path).fileName()));
    std::fflush(stdout);
    Stopwatch watch;
    if (run(s, cli(s),
            QStringList{QStringLiteral("--db"), path, QStringLiteral("generate")} + shape, problem)
            .isEmpty() &&
        !problem->isEmpty())
        return false;
    std::printf("  %.1f s\n", watch.wallMs() / 1000);
    QFile done(path + QStringLiteral(".done"));
    return done.open(QIODevice::WriteOnly);
}

// P6 and P7 run the app itself: its start to the first painted window, against the minimal
// Qt program, and its peak memory with the long timeline open. Wall time is taken from the
// process start to its exit right after the first paint, the same for both.
QList<QJsonObject> startAndMemory(const Setup& s, const Data& data, bool wantStart,
                                  bool wantMemory) {
    QList<QJsonObject> results;
    auto timeStarts = [&s](const QString& program, const QStringList& arguments, Timing& timing,
                           long* peakKiB, QString* problem) {
        for (int i = 0; i < s.runs + 1; ++i) {
            Stopwatch watch(true);
            const QByteArray out = run(s, program, arguments, problem, 120000);
            if (!problem->isEmpty())
                return false;
            // The first start warms the file cache for both programs alike; it is not counted.
            if (i > 0)
                watch.stopInto(timing);
            const QRegularExpression probe(QStringLiteral("peak-rss-kib (\\d+)"));
            const auto match = probe.match(QString::fromLatin1(out));
            if (!match.hasMatch()) {
                *problem = QStringLiteral("%1 did not report its first paint")
                               .arg(QFileInfo(program).fileName());
                return false;
            }
            *peakKiB = std::max(*peakKiB, match.captured(1).toLong());
        }
        return true;
    };
    if (wantStart) {
        Timing ours, peer;
        long ourPeak = 0, peerPeak = 0;
        QString problem;
        const QString workload = QStringLiteral("start to first painted window, 1,000 postmortems");
        if (!timeStarts(gui(s),
                        {QStringLiteral("--db"), data.corpus, QStringLiteral("--exit-after-paint"),
                         QStringLiteral("start")},
                        ours, &ourPeak, &problem) ||
            !timeStarts(benchProgram(s, QStringLiteral("bench_minimal_window")), {}, peer,
                        &peerPeak, &problem)) {
            results.append(missing(QStringLiteral("P6"), workload, problem));
        } else {
            WorkloadResult r;
            r.id = QStringLiteral("P6");
            r.workload = workload;
            r.ours = ours.wall();
            r.peer = peer.wall();
            r.peerName = QStringLiteral("minimal Qt Widgets window");
            r.ratio = r.ours / std::max(r.peer, 1.0);
            r.target = QStringLiteral("<= 1.5x");
            r.pass = r.ratio <= 1.5;
            r.note = QStringLiteral("process start to exit after the first paint");
            results.append(toJson(r));
        }
    }
    if (wantMemory) {
        Timing opened;
        long peak = 0;
        QString problem;
        const QString workload = QStringLiteral("peak memory, %1 events open").arg(10000 * s.scale);
        if (!timeStarts(gui(s),
                        {QStringLiteral("--db"), data.timeline,
                         QStringLiteral("--exit-after-paint"), QStringLiteral("timeline")},
                        opened, &peak, &problem)) {
            results.append(missing(QStringLiteral("P7"), workload, problem));
        } else {
            WorkloadResult r;
            r.id = QStringLiteral("P7");
            r.workload = workload;
            r.unit = QStringLiteral("MiB");
            r.ours = double(peak) / 1024;
            r.target = QStringLiteral("< 150 MiB");
            r.pass = r.ours < 150;
            r.note = QStringLiteral("the app's peak resident set with the timeline tab painted; "
                                    "start to exit %1 ms")
                         .arg(qRound(opened.wall()));
            results.append(toJson(r));
        }
    }
    return results;
}

QString number(double value, const QString& unit) {
    if (unit == u"MiB")
        return QStringLiteral("%1 MiB").arg(value, 0, 'f', 1);
    if (value >= 10000)
        return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 1);
    if (value >= 100)
        return QStringLiteral("%1 ms").arg(qRound(value));
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value >= 10 ? 1 : 2);
}

struct Row {
    QString id, workload, ours, peer, peerName, ratio, target, result;
};

Row rowOf(const QJsonObject& r) {
    const QString unit = r.value(QStringLiteral("unit")).toString(QStringLiteral("ms"));
    Row row;
    row.id = r.value(QStringLiteral("id")).toString();
    row.workload = r.value(QStringLiteral("workload")).toString();
    row.ours = r.contains(QStringLiteral("ours"))
                   ? number(r.value(QStringLiteral("ours")).toDouble(), unit)
                   : QStringLiteral("–");
    row.peer = r.contains(QStringLiteral("peer"))
                   ? number(r.value(QStringLiteral("peer")).toDouble(), unit)
                   : QStringLiteral("–");
    row.peerName = r.value(QStringLiteral("peerName")).toString(QStringLiteral("–"));
    row.ratio =
        r.contains(QStringLiteral("ratio"))
            ? QStringLiteral("%1x").arg(r.value(QStringLiteral("ratio")).toDouble(), 0, 'f', 2)
            : QStringLiteral("–");
    row.target = r.value(QStringLiteral("target")).toString();
    row.result =
        r.value(QStringLiteral("pass")).toBool() ? QStringLiteral("pass") : QStringLiteral("MISS");
    return row;
}

void printTable(const QList<QJsonObject>& results) {
    std::printf("\n%-3s %-52s %10s %10s %8s %-22s %s\n", "", "workload", "causeway", "peer",
                "ratio", "target", "result");
    for (const QJsonObject& r : results) {
        const Row row = rowOf(r);
        std::printf("%-3s %-52s %10s %10s %8s %-22s %s\n", qPrintable(row.id),
                    qPrintable(row.workload.left(52)), qPrintable(row.ours), qPrintable(row.peer),
                    qPrintable(row.ratio), qPrintable(row.target), qPrintable(row.result));
        if (r.contains(QStringLiteral("peerName")))
            std::printf("%-3s   peer: %s\n", "", qPrintable(row.peerName));
        if (r.contains(QStringLiteral("note")))
            std::printf("%-3s   %s\n", "", qPrintable(r.value(QStringLiteral("note")).toString()));
    }
}

QString markdownTable(const QList<QJsonObject>& results, const QString& machine) {
    QString md = QStringLiteral("| | Workload | Causeway | Peer | Peer median | Ratio | Target | "
                                "Result |\n|---|---|---|---|---|---|---|---|\n");
    for (const QJsonObject& r : results) {
        const Row row = rowOf(r);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(row.id, row.workload, row.ours, row.peerName, row.peer, row.ratio,
                       row.target.toHtmlEscaped(), row.result);
    }
    md += u'\n';
    for (const QJsonObject& r : results) {
        const QString note = r.value(QStringLiteral("note")).toString();
        if (!note.isEmpty())
            md += QStringLiteral("- %1: %2\n").arg(r.value(QStringLiteral("id")).toString(), note);
    }
    md += QStringLiteral("\n") + machine + QStringLiteral("\n");
    return md;
}

// Replaces what lies between the README's markers with the table.
bool updateReadme(const QString& path, const QString& table, QString* problem) {
    static const QString begin = QStringLiteral("<!-- benchmark-table:begin -->\n");
    static const QString end = QStringLiteral("<!-- benchmark-table:end -->");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from) {
        *problem = QStringLiteral("%1 has no benchmark-table markers").arg(path);
        return false;
    }
    text.replace(from + begin.size(), to - from - begin.size(), table);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        *problem = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs Causeway's performance workloads beside their peers and prints the table."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Results and generated data go to <dir>."),
                                       QStringLiteral("dir"), QStringLiteral("bench-results"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per workload (medians of them)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Multiplies the sizes of P1, P5 and P7."),
                                         QStringLiteral("k"), QStringLiteral("1"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only these workloads, e.g. P1,P5."),
                                        QStringLiteral("list"));
    const QCommandLineOption readmeOption(
        QStringLiteral("update-readme"),
        QStringLiteral("Put the table between the benchmark-table markers of <file>."),
        QStringLiteral("file"));
    parser.addOptions({outOption, runsOption, scaleOption, onlyOption, readmeOption});
    parser.process(app);

    Setup s;
    s.binaries =
        QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/..")).absolutePath();
    s.runs = std::max(1, parser.value(runsOption).toInt());
    s.scale = std::max(1, parser.value(scaleOption).toInt());
    QDir().mkpath(parser.value(outOption));
    s.out = QDir(QFileInfo(parser.value(outOption)).absoluteFilePath());
    const QStringList only = parser.value(onlyOption).toUpper().split(u',', Qt::SkipEmptyParts);
    auto wanted = [&only](const char* id) {
        return only.isEmpty() || only.contains(QString::fromLatin1(id));
    };
    QFile log(s.out.filePath(QStringLiteral("log.txt")));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "causeway-bench: cannot write %s\n", qPrintable(log.fileName()));
        return 2;
    }
    s.log = &log;

    // Every program runs offscreen, with settings and data folders of its own: the user's
    // own settings and database are never read or written.
    QTemporaryDir home;
    s.environment = QProcessEnvironment::systemEnvironment();
    if (!s.environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        s.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = home.filePath(QString::fromLatin1(variable));
        QDir().mkpath(dir);
        s.environment.insert(QString::fromLatin1(variable), dir);
    }

    const QString machine =
        QStringLiteral("Measured on %1 processors (nproc), %2; load average before: %3; %4 runs "
                       "per workload, medians; scale %5.")
            .arg(processors())
            .arg(cpuModel(), loadAverage())
            .arg(s.runs)
            .arg(s.scale);
    std::printf("%s\nlog: %s\n", qPrintable(machine), qPrintable(log.fileName()));
    std::fflush(stdout);

    const QString dataDir = s.out.filePath(QStringLiteral("data-scale%1").arg(s.scale));
    QDir().mkpath(dataDir);
    Data data;
    data.corpus = dataDir + QStringLiteral("/corpus.db");
    data.timeline = dataDir + QStringLiteral("/timeline.db");
    data.search = dataDir + QStringLiteral("/search.db");
    QString problem;
    const QString runs = QString::number(s.runs);
    QList<QJsonObject> results;
    // The previous workload's files (databases of hundreds of megabytes) are written back by
    // the kernel after it exits: flushed here, so the writeback does not take a core from the
    // next workload's measurement.
    const auto settle = [] {
        ::sync();
        QThread::msleep(1000);
    };
    auto collect = [&](const char* id, const QString& workload, const QString& program,
                       const QStringList& arguments) {
        if (!wanted(id))
            return;
        settle();
        QString failure;
        const QList<QJsonObject> got =
            resultsIn(run(s, benchProgram(s, program), arguments, &failure));
        if (!failure.isEmpty() || got.isEmpty()) {
            results.append(
                missing(QString::fromLatin1(id), workload,
                        failure.isEmpty() ? QStringLiteral("no result printed") : failure));
            return;
        }
        results.append(got);
    };
    auto progress = [&wanted](const char* id, const char* what) {
        if (!wanted(id))
            return;
        std::printf("%s %s …\n", id, what);
        std::fflush(stdout);
    };

    if ((wanted("P1") || wanted("P7")) &&
        !generate(s, data.timeline,
                  {QStringLiteral("--postmortems"), QStringLiteral("1"), QStringLiteral("--events"),
                   QString::number(10000 * s.scale), QStringLiteral("--seed"), QStringLiteral("2")},
                  &problem))
        qFatal("%s", qPrintable(problem));
    if (wanted("P6") && !generate(s, data.corpus,
                                  {QStringLiteral("--postmortems"), QStringLiteral("1000"),
                                   QStringLiteral("--seed"), QStringLiteral("1")},
                                  &problem))
        qFatal("%s", qPrintable(problem));
    if (wanted("P5") &&
        !generate(s, data.search,
                  {QStringLiteral("--postmortems"), QString::number(10000 * s.scale),
                   QStringLiteral("--events"), QStringLiteral("10"), QStringLiteral("--causes"),
                   QStringLiteral("3"), QStringLiteral("--actions"), QStringLiteral("2"),
                   QStringLiteral("--seed"), QStringLiteral("3")},
                  &problem))
        qFatal("%s", qPrintable(problem));

    progress("P1", "open a long timeline");
    collect("P1", QStringLiteral("open a postmortem with 10,000 events"),
            QStringLiteral("bench_timeline_open"), {QStringLiteral("0"), runs, data.timeline});
    progress("P2", "import JSON Lines");
    collect("P2", QStringLiteral("import 100,000 JSON Lines"),
            QStringLiteral("bench_timeline_import"), {QStringLiteral("100000"), runs});
    progress("P3", "PDF of a 100-page report");
    collect("P3", QStringLiteral("PDF of a 100-page report"), QStringLiteral("bench_report_export"),
            {QStringLiteral("2000"), runs});
    if (wanted("P4") || wanted("P8")) {
        // Two ways to encrypt a bundle: to the team's X25519 recipients, and with a passphrase
        // (scrypt). The merge (P8) is measured by the passphrase run.
        progress("P4", "export bundles to a recipient");
        collect("P4", QStringLiteral("export+sign+encrypt 1,000 postmortems, X25519 recipient"),
                QStringLiteral("bench_bundle"),
                {QStringLiteral("1000"), runs, QStringLiteral("--recipient")});
        if (!results.isEmpty() && results.last().value(QStringLiteral("id")).toString() == u"P8")
            results.removeLast();
        progress(wanted("P4") ? "P4" : "P8", "export bundles with a passphrase, merge");
        collect(wanted("P4") ? "P4" : "P8",
                QStringLiteral("export+sign+encrypt 1,000 postmortems, passphrase"),
                QStringLiteral("bench_bundle"), {QStringLiteral("1000"), runs});
    }
    progress("P5", "full-text search");
    collect("P5", QStringLiteral("full-text search"), QStringLiteral("bench_search"),
            {data.search, QStringLiteral("200")});
    if (wanted("P6") || wanted("P7")) {
        progress(wanted("P6") ? "P6" : "P7", "start-up and memory");
        settle();
        results.append(startAndMemory(s, data, wanted("P6"), wanted("P7")));
    }

    std::stable_sort(results.begin(), results.end(),
                     [](const QJsonObject& a, const QJsonObject& b) {
                         return a.value(QStringLiteral("id")).toString() <
                                b.value(QStringLiteral("id")).toString();
                     });
    results.erase(std::remove_if(results.begin(), results.end(),
                                 [&wanted](const QJsonObject& r) {
                                     return !wanted(
                                         qPrintable(r.value(QStringLiteral("id")).toString()));
                                 }),
                  results.end());
    printTable(results);

    QJsonArray array;
    for (const QJsonObject& r : results)
        array.append(r);
    QFile json(s.out.filePath(QStringLiteral("results.json")));
    QFile md(s.out.filePath(QStringLiteral("results.md")));
    if (!json.open(QIODevice::WriteOnly) || !md.open(QIODevice::WriteOnly))
        qFatal("cannot write the results in %s", qPrintable(s.out.path()));
    json.write(QJsonDocument(QJsonObject{{QStringLiteral("machine"), machine},
                                         {QStringLiteral("runs"), s.runs},
                                         {QStringLiteral("scale"), s.scale},
                                         {QStringLiteral("results"), array}})
                   .toJson());
    const QString table = markdownTable(results, machine);
    md.write(table.toUtf8());
    std::printf("\nwritten: %s, %s\n", qPrintable(json.fileName()), qPrintable(md.fileName()));
    if (parser.isSet(readmeOption)) {
        QString readmeProblem;
        if (!updateReadme(parser.value(readmeOption), table, &readmeProblem)) {
            std::fprintf(stderr, "causeway-bench: %s\n", qPrintable(readmeProblem));
            return 2;
        }
        std::printf("table written into %s\n", qPrintable(parser.value(readmeOption)));
    }
    const bool allPass = std::all_of(results.begin(), results.end(), [](const QJsonObject& r) {
        return r.value(QStringLiteral("pass")).toBool();
    });
    return allPass ? 0 : 1;
}
