// Full-text search over every postmortem of a generated database (P5): varied queries drawn
// from the postmortems' own words (single words, word pairs, prefixes, non-ASCII words, words
// that occur nowhere) through Store::search as the list's search box runs it, beside `grep -ril` of
// the query's first word over the postmortems' JSON export (the same bytes as `causeway-cli show
// --json`), in the same run. The peer is given the easier job: one word, no ranking, no prefix
// rules.
//   bench_search DB [QUERIES=200]
#include "store/Store.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <numeric>

using namespace causeway;
using namespace causeway::bench;

namespace {

// Words of a text as a person would type them: letters only, at least four of them.
QStringList wordsOf(const QString& text) {
    static const QRegularExpression word(QStringLiteral("[\\p{L}]{4,}"));
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    return words;
}

bool isAscii(const QString& s) {
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 128; });
}

struct Query {
    QString text;
    QString firstWord; // what the peer looks for
};

QList<Query> makeQueries(const QList<QStringList>& documents, int count) {
    QRandomGenerator rng(20261127);
    QList<Query> queries;
    while (queries.size() < count) {
        const QStringList& words = documents.at(rng.bounded(int(documents.size())));
        if (words.size() < 3)
            continue;
        const QString a = words.at(rng.bounded(int(words.size())));
        const QString b = words.at(rng.bounded(int(words.size())));
        const int kind = int(queries.size() % 20);
        if (kind < 8) { // one word
            queries.append({a, a});
        } else if (kind < 12) { // two words of the same postmortem
            queries.append({a + u' ' + b, a});
        } else if (kind < 15) { // what is typed so far: a prefix
            queries.append({a.left(4), a.left(4)});
        } else if (kind < 18) { // a word with letters beyond ASCII, when this postmortem has one
            QString other;
            for (const QString& w : words) {
                if (!isAscii(w)) {
                    other = w;
                    break;
                }
            }
            if (other.isEmpty())
                continue;
            queries.append({other, other});
        } else { // nothing to find
            const QString none = QStringLiteral("zq%1xv").arg(rng.bounded(100000));
            queries.append({none, none});
        }
    }
    return queries;
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? 0
               : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_search DB [QUERIES=200]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int queryCount = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
    OpenOptions options;
    options.deviceId = QStringLiteral("bench");
    options.readOnly = true;
    auto opened = Store::open(path, options);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Store& store = *opened.value();
    const QList<PostmortemSummary> all = store.listPostmortems();

    // The peer's input, made once next to the database: one JSON file per postmortem.
    const QString exportDir = path + QStringLiteral(".json");
    if (!QFileInfo::exists(exportDir + QStringLiteral("/.done"))) {
        QDir(exportDir).removeRecursively();
        QDir().mkpath(exportDir);
        for (const PostmortemSummary& pm : all) {
            const auto exported = store.exportPostmortem(pm.id);
            QFile file(exportDir + u'/' + pm.id + QStringLiteral(".json"));
            if (!exported || !file.open(QIODevice::WriteOnly))
                qFatal("cannot export %s", qPrintable(pm.id));
            file.write(exported.value());
        }
        QFile done(exportDir + QStringLiteral("/.done"));
        if (!done.open(QIODevice::WriteOnly))
            qFatal("cannot write in %s", qPrintable(exportDir));
    }

    // Queries from the words of a sample of the postmortems.
    QList<QStringList> documents;
    QRandomGenerator pick(7);
    for (int i = 0; i < std::min<int>(300, int(all.size())); ++i) {
        QFile file(exportDir + u'/' + all.at(pick.bounded(int(all.size()))).id +
                   QStringLiteral(".json"));
        if (file.open(QIODevice::ReadOnly))
            documents.append(wordsOf(QString::fromUtf8(file.readAll())));
    }
    const QList<Query> queries = makeQueries(documents, queryCount);

    // Causeway, as the search box of the list runs it (matches in no order, the list sorts
    // them) and as `causeway-cli search` runs it (best match first). A first pass warms the
    // page cache, as a user's second search would; then every query is timed.
    for (const Query& q : queries)
        (void)store.search(q.text, ListScope::Active, Store::SearchOrder::Unranked);
    QList<double> ours, ranked;
    QList<qsizetype> hitsPerQuery;
    qsizetype ourHits = 0;
    for (const Query& q : queries) {
        Stopwatch watch;
        const auto found = store.search(q.text, ListScope::Active, Store::SearchOrder::Unranked);
        ours.append(watch.wallMs());
        if (!found)
            qFatal("search \"%s\" failed: %s", qPrintable(q.text), qPrintable(found.error()));
        ourHits += found->size();
        hitsPerQuery.append(found->size());
        Stopwatch rankedWatch;
        const auto best = store.search(q.text, ListScope::Active, Store::SearchOrder::BestFirst);
        ranked.append(rankedWatch.wallMs());
        if (!best || best->size() != found->size())
            qFatal("search \"%s\": ranked and unranked results differ", qPrintable(q.text));
    }

    // grep -ril over the export, after a warming pass of its own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    auto grep = [&](const QString& word, qsizetype* hits) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("grep"),
                      {QStringLiteral("-rilF"), QStringLiteral("--"), word, exportDir});
        if (!process.waitForFinished(120000) || process.exitCode() > 1)
            qFatal("grep failed: %s", process.readAllStandardError().constData());
        if (hits)
            *hits += process.readAllStandardOutput().count('\n');
    };
    grep(queries.first().firstWord, nullptr);
    QList<double> peer;
    qsizetype peerHits = 0;
    for (const Query& q : queries) {
        Stopwatch watch;
        grep(q.firstWord, &peerHits);
        peer.append(watch.wallMs());
    }

    const double oursMedian = percentile(ours, 0.5), oursP95 = percentile(ours, 0.95);
    const double peerMedian = percentile(peer, 0.5), peerP95 = percentile(peer, 0.95);
    const double ratio = peerMedian / std::max(oursMedian, 0.001);
    std::printf("machine: %d processors (nproc), %s; load average %s\n", processors(),
                qPrintable(cpuModel()), qPrintable(loadAverage()));
    std::printf("workload: %d queries over %lld postmortems (%s)\n", int(queries.size()),
                static_cast<long long>(all.size()), qPrintable(path));
    std::printf("%-34s %9s %9s %9s %9s\n", "", "median ms", "p95 ms", "max ms", "hits");
    std::printf("%-34s %9.2f %9.2f %9.2f %9lld\n", "causeway: search box (unranked)", oursMedian,
                oursP95, percentile(ours, 1.0), static_cast<long long>(ourHits));
    std::printf("%-34s %9.2f %9.2f %9.2f %9lld\n", "causeway: best match first (CLI)",
                percentile(ranked, 0.5), percentile(ranked, 0.95), percentile(ranked, 1.0),
                static_cast<long long>(ourHits));
    std::printf("%-34s %9.2f %9.2f %9.2f %9lld\n", "grep -rilF (first word) over JSON", peerMedian,
                peerP95, percentile(peer, 1.0), static_cast<long long>(peerHits));
    // The slowest queries, to see what costs.
    QList<int> slowest(queries.size());
    std::iota(slowest.begin(), slowest.end(), 0);
    std::sort(slowest.begin(), slowest.end(), [&ours](int a, int b) { return ours[a] > ours[b]; });
    for (int i = 0; i < std::min<int>(5, int(slowest.size())); ++i) {
        const int q = slowest.at(i);
        std::printf("  slow: %8.2f ms  %6lld hits  \"%s\"\n", ours.at(q),
                    static_cast<long long>(hitsPerQuery.at(q)), qPrintable(queries.at(q).text));
    }
    const bool pass = ratio >= 20 && oursP95 < 20;
    std::printf("ratio grep / causeway: %.1fx (target >= 20x faster, p95 < 20 ms): %s\n", ratio,
                pass ? "PASS" : "MISS");
    WorkloadResult r;
    r.id = QStringLiteral("P5");
    r.workload = QStringLiteral("full-text search, %1 postmortems, %2 queries")
                     .arg(all.size())
                     .arg(queries.size());
    r.ours = oursMedian;
    r.peer = peerMedian;
    r.peerName = QStringLiteral("grep -ril over the JSON export");
    r.ratio = ratio;
    r.target = QStringLiteral(">= 20x faster, p95 < 20 ms");
    r.pass = pass;
    r.note = QStringLiteral("the list's search box; p95: causeway %1 ms, grep %2 ms; best match "
                            "first (causeway-cli search): median %3 ms, p95 %4 ms")
                 .arg(oursP95, 0, 'f', 2)
                 .arg(peerP95, 0, 'f', 1)
                 .arg(percentile(ranked, 0.5), 0, 'f', 2)
                 .arg(percentile(ranked, 0.95), 0, 'f', 1);
    printResult(r);
    return 0;
}
