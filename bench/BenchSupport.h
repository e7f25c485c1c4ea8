#pragma once

// What every benchmark program measures with and prints about the machine: wall and CPU
// time per run with their medians, and the processors and load the figures were taken on.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace causeway::bench {

// CPU seconds used so far by this process, or by its finished children (zip, minisign, age):
// on a busy machine the wall clock also counts waiting for a core.
inline double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing {
    QList<double> wallMs;
    QList<double> cpuMs;
    static double median(const QList<double>& values) {
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.at(v.size() / 2);
    }
    double wall() const { return median(wallMs); }
    double cpu() const { return median(cpuMs); }
    double min() const {
        return wallMs.isEmpty() ? 0 : *std::min_element(wallMs.begin(), wallMs.end());
    }
    double max() const {
        return wallMs.isEmpty() ? 0 : *std::max_element(wallMs.begin(), wallMs.end());
    }
};

// Measures one stretch of wall and CPU time into a Timing.
class Stopwatch {
public:
    explicit Stopwatch(bool children = false)
        : m_children(children) {
        m_cpu = cpu();
        m_timer.start();
    }
    double wallMs() const { return double(m_timer.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return (cpu() - m_cpu) * 1000; }
    void stopInto(Timing& t) const {
        t.wallMs.append(wallMs());
        t.cpuMs.append((cpu() - m_cpu) * 1000);
    }

private:
    double cpu() const {
        return cpuSeconds(RUSAGE_SELF) + (m_children ? cpuSeconds(RUSAGE_CHILDREN) : 0.0);
    }
    bool m_children;
    double m_cpu = 0;
    QElapsedTimer m_timer;
};

inline QString cpuModel() {
    // /proc files report no size, so they are read to the end rather than tested for it.
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return QStringLiteral("unknown");
}

// As nproc counts: the processors this process may run on.
inline int processors() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return CPU_COUNT(&set);
    return int(sysconf(_SC_NPROCESSORS_ONLN));
}

inline QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

// One workload's outcome, printed as a line "RESULT {json}" that the runner (causeway-bench)
// collects into its table; the programs print their detailed figures as text beside it.
struct WorkloadResult {
    QString id;       // P1 … P8, the names for the workloads
    QString workload; // what was measured, in a few words
    QString unit = QStringLiteral("ms");
    double ours = 0;  // Causeway's median
    double peer = -1; // the peer's median; negative when the workload has no peer
    QString peerName;
    double ratio = -1; // as the target reads it: ours / peer, or peer / ours for "x faster"
    QString target;    // as the issue states it, e.g. "<= 2.0x"
    bool pass = false;
    QString note; // why it misses, or what the figure includes
};

inline QJsonObject toJson(const WorkloadResult& r) {
    QJsonObject o{{QStringLiteral("id"), r.id},         {QStringLiteral("workload"), r.workload},
                  {QStringLiteral("unit"), r.unit},     {QStringLiteral("ours"), r.ours},
                  {QStringLiteral("target"), r.target}, {QStringLiteral("pass"), r.pass}};
    if (r.peer >= 0) {
        o.insert(QStringLiteral("peer"), r.peer);
        o.insert(QStringLiteral("peerName"), r.peerName);
    }
    if (r.ratio >= 0)
        o.insert(QStringLiteral("ratio"), r.ratio);
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    return o;
}

inline void printResult(const WorkloadResult& r) {
    std::printf("RESULT %s\n", QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace causeway::bench
