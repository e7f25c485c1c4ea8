#include "timeline/PhaseMetrics.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "timeline/Phases.h"
#include "timeline/TimelineEvent.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cstdlib>

namespace causeway {

namespace {

const QString kImpactStart = QStringLiteral("phase_impact_start");
const QString kDetected = QStringLiteral("phase_detected");
const QString kAcknowledged = QStringLiteral("phase_acknowledged");
const QString kMitigated = QStringLiteral("phase_mitigated");
const QString kImpactEnd = QStringLiteral("phase_impact_end");
const QString kResolved = QStringLiteral("phase_resolved");

// Markers a little ahead of this machine's clock are clock skew between machines, not a
// typo: only later ones are "in the future".
constexpr qint64 kFutureToleranceMs = 60 * 1000;

struct Definition {
    QString key;
    QString from;
    QString to;
    const char* label;
    const char* name;
    // The ordering warning that already says this duration is negative, if any.
    const char* orderCode;
};

const QList<Definition>& definitions() {
    static const QList<Definition> defs{
        {PhaseMetricKey::TimeToDetect, Field::IncidentStart, kDetected,
         QT_TRANSLATE_NOOP("PhaseMetrics", "Detect"),
         QT_TRANSLATE_NOOP("PhaseMetrics", "Time to detect"), "detected_before_start"},
        {PhaseMetricKey::TimeToAcknowledge, kDetected, kAcknowledged,
         QT_TRANSLATE_NOOP("PhaseMetrics", "Acknowledge"),
         QT_TRANSLATE_NOOP("PhaseMetrics", "Time to acknowledge"), "acknowledged_before_detected"},
        {PhaseMetricKey::TimeToMitigate, Field::IncidentStart, kMitigated,
         QT_TRANSLATE_NOOP("PhaseMetrics", "Mitigate"),
         QT_TRANSLATE_NOOP("PhaseMetrics", "Time to mitigate"), nullptr},
        {PhaseMetricKey::TimeToResolve, Field::IncidentStart, kResolved,
         QT_TRANSLATE_NOOP("PhaseMetrics", "Resolve"),
         QT_TRANSLATE_NOOP("PhaseMetrics", "Time to resolve"), nullptr},
        {PhaseMetricKey::CustomerImpact, kImpactStart, kImpactEnd,
         QT_TRANSLATE_NOOP("PhaseMetrics", "Customer impact"),
         QT_TRANSLATE_NOOP("PhaseMetrics", "Customer impact duration"),
         "impact_end_before_impact_start"},
    };
    return defs;
}

const Definition* definition(const QString& key) {
    for (const Definition& d : definitions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QString text(const char* source, bool translated) {
    return translated ? QCoreApplication::translate("PhaseMetrics", source)
                      : QString::fromUtf8(source);
}

// Times in messages are UTC: the same in every export, whatever the reader's zone.
QString messageTime(const QDateTime& t) {
    const QDateTime utc = t.toUTC();
    const bool seconds = utc.time().second() != 0 || utc.time().msec() != 0;
    return utc.toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                : QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

// A message argument: plain text, or a phase or metric key named in the message's language.
struct Arg {
    enum Type { Text, Phase, Metric } type;
    QString value;
};

Arg phase(const QString& key) {
    return {Arg::Phase, key};
}
Arg metric(const QString& key) {
    return {Arg::Metric, key};
}
Arg plain(const QString& value) {
    return {Arg::Text, value};
}

QString render(const char* format, const QList<Arg>& args, bool translated) {
    QString out = text(format, translated);
    for (const Arg& a : args) {
        switch (a.type) {
        case Arg::Text:
            out = out.arg(a.value);
            break;
        case Arg::Phase:
            out = out.arg(Phases::displayName(a.value, translated));
            break;
        case Arg::Metric:
            out = out.arg(text(definition(a.value)->name, translated));
            break;
        }
    }
    return out;
}

class Checker {
public:
    Checker(const Record& root, PhaseMetrics& out)
        : m_root(root)
        , m_out(out) {}

    QDateTime time(const QString& key) const { return parseCanonicalTime(m_root.text(key)); }

    void warn(const QString& code, const char* format, const QList<Arg>& args) {
        m_out.warnings.append({code, render(format, args, false), render(format, args, true)});
    }

    // Warns when the marker `later` is before the marker `earlier`.
    void order(const QString& code, const QString& earlier, const QString& later,
               const char* format) {
        const QDateTime a = time(earlier);
        const QDateTime b = time(later);
        if (a.isValid() && b.isValid() && b < a)
            warn(code, format,
                 {phase(later), plain(messageTime(b)), phase(earlier), plain(messageTime(a))});
    }

private:
    const Record& m_root;
    PhaseMetrics& m_out;
};

} // namespace

std::optional<qint64> PhaseMetrics::duration(const QString& key) const {
    for (const PhaseDuration& d : durations) {
        if (d.key == key)
            return d.ms;
    }
    return std::nullopt;
}

bool PhaseMetrics::hasWarning(const QString& code) const {
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [&](const PhaseWarning& w) { return w.code == code; });
}

PhaseMetrics computePhaseMetrics(const Record& root, const QList<QDateTime>& eventTimes,
                                 const PhaseMetricsOptions& options) {
    PhaseMetrics m;
    Checker check(root, m);
    for (const Definition& d : definitions()) {
        PhaseDuration duration{d.key, d.from, d.to, std::nullopt};
        const QDateTime from = check.time(d.from);
        const QDateTime to = check.time(d.to);
        if (from.isValid() && to.isValid())
            duration.ms = from.msecsTo(to);
        m.durations.append(duration);
    }

    // Markers out of order, each named once: the specific warning when there is one.
    check.order(QStringLiteral("detected_before_start"), Field::IncidentStart, kDetected,
                QT_TRANSLATE_NOOP("PhaseMetrics", "%1 (%2) is before %3 (%4)."));
    check.order(QStringLiteral("acknowledged_before_detected"), kDetected, kAcknowledged,
                QT_TRANSLATE_NOOP("PhaseMetrics", "%1 (%2) is before %3 (%4)."));
    // Arguments swapped: the message names the marker that is too late first.
    {
        const QDateTime mitigated = check.time(kMitigated);
        const QDateTime resolved = check.time(kResolved);
        if (mitigated.isValid() && resolved.isValid() && resolved < mitigated)
            check.warn(QStringLiteral("mitigated_after_resolved"),
                       QT_TRANSLATE_NOOP("PhaseMetrics", "%1 (%2) is after %3 (%4)."),
                       {phase(kMitigated), plain(messageTime(mitigated)), phase(kResolved),
                        plain(messageTime(resolved))});
    }
    check.order(QStringLiteral("impact_end_before_impact_start"), kImpactStart, kImpactEnd,
                QT_TRANSLATE_NOOP("PhaseMetrics", "%1 (%2) is before %3 (%4)."));

    for (const PhaseDuration& d : std::as_const(m.durations)) {
        if (!d.ms)
            continue;
        const Definition* def = definition(d.key);
        if (*d.ms < 0 && !def->orderCode) {
            check.warn(QStringLiteral("negative_duration"),
                       QT_TRANSLATE_NOOP("PhaseMetrics", "%1 is negative (%2): %3 (%4) is "
                                                         "before %5 (%6)."),
                       {metric(d.key), plain(formatDuration(*d.ms)), phase(d.to),
                        plain(messageTime(check.time(d.to))), phase(d.from),
                        plain(messageTime(check.time(d.from)))});
        } else if (*d.ms > options.implausibleMs) {
            check.warn(QStringLiteral("implausible_duration"),
                       QT_TRANSLATE_NOOP("PhaseMetrics", "%1 is %2, longer than %3 days: check "
                                                         "the dates of %4 and %5."),
                       {metric(d.key), plain(formatDuration(*d.ms)),
                        plain(QString::number(options.implausibleMs / (24 * 3600 * 1000))),
                        phase(d.from), phase(d.to)});
        }
    }

    // Events outside the incident window: often a wrong date or zone in an import.
    const QDateTime start = check.time(Field::IncidentStart);
    const QDateTime resolved = check.time(kResolved);
    int before = 0;
    int after = 0;
    QDateTime firstBefore;
    QDateTime firstAfter;
    for (const QDateTime& t : eventTimes) {
        if (!t.isValid())
            continue;
        if (start.isValid() && t < start) {
            ++before;
            if (!firstBefore.isValid() || t < firstBefore)
                firstBefore = t;
        }
        if (resolved.isValid() && t > resolved) {
            ++after;
            if (!firstAfter.isValid() || t < firstAfter)
                firstAfter = t;
        }
    }
    if (before == 1)
        check.warn(QStringLiteral("events_before_start"),
                   QT_TRANSLATE_NOOP("PhaseMetrics", "1 event is before %1 (%2), at %3."),
                   {phase(Field::IncidentStart), plain(messageTime(start)),
                    plain(messageTime(firstBefore))});
    else if (before > 1)
        check.warn(
            QStringLiteral("events_before_start"),
            QT_TRANSLATE_NOOP("PhaseMetrics", "%1 events are before %2 (%3), the first at %4."),
            {plain(QString::number(before)), phase(Field::IncidentStart), plain(messageTime(start)),
             plain(messageTime(firstBefore))});
    if (after == 1)
        check.warn(
            QStringLiteral("events_after_resolved"),
            QT_TRANSLATE_NOOP("PhaseMetrics", "1 event is after %1 (%2), at %3."),
            {phase(kResolved), plain(messageTime(resolved)), plain(messageTime(firstAfter))});
    else if (after > 1)
        check.warn(QStringLiteral("events_after_resolved"),
                   QT_TRANSLATE_NOOP("PhaseMetrics",
                                     "%1 events are after %2 (%3), the first of them at %4."),
                   {plain(QString::number(after)), phase(kResolved), plain(messageTime(resolved)),
                    plain(messageTime(firstAfter))});

    if (options.now.isValid()) {
        const QDateTime limit = options.now.addMSecs(kFutureToleranceMs);
        for (const QString& key : Phases::markerKeys()) {
            const QDateTime t = check.time(key);
            if (t.isValid() && t > limit)
                check.warn(QStringLiteral("phase_in_future"),
                           QT_TRANSLATE_NOOP("PhaseMetrics", "%1 (%2) is in the future."),
                           {phase(key), plain(messageTime(t))});
        }
    }
    return m;
}

PhaseMetrics computePhaseMetrics(const Postmortem& pm, const PhaseMetricsOptions& options) {
    QList<QDateTime> times;
    for (const Record& r : pm.children) {
        if (r.kind == Kind::Event && !r.deleted)
            times.append(parseCanonicalTime(r.text(EventField::Time)));
    }
    return computePhaseMetrics(pm.root, times, options);
}

QJsonObject phaseMetricsJson(const PhaseMetrics& metrics) {
    QJsonObject durations;
    for (const PhaseDuration& d : metrics.durations) {
        if (!d.ms) {
            durations.insert(d.key, QJsonValue::Null);
            continue;
        }
        durations.insert(d.key, QJsonObject{{QStringLiteral("from"), d.from},
                                            {QStringLiteral("to"), d.to},
                                            {QStringLiteral("ms"), double(*d.ms)},
                                            {QStringLiteral("iso8601"), isoDuration(*d.ms)}});
    }
    QJsonArray warnings;
    for (const PhaseWarning& w : metrics.warnings)
        warnings.append(
            QJsonObject{{QStringLiteral("code"), w.code}, {QStringLiteral("message"), w.message}});
    return QJsonObject{{QStringLiteral("durations"), durations},
                       {QStringLiteral("warnings"), warnings}};
}

QString formatDuration(qint64 ms) {
    const QString sign = ms < 0 ? QStringLiteral("\u2212") : QString();
    const qint64 s = std::llabs(ms) / 1000;
    const qint64 days = s / 86400;
    const qint64 hours = s % 86400 / 3600;
    const qint64 minutes = s % 3600 / 60;
    const auto two = [](qint64 n) {
        return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    };
    if (days > 0)
        return sign + QStringLiteral("%1d %2h").arg(days).arg(two(hours));
    if (hours > 0)
        return sign + QStringLiteral("%1h %2m").arg(hours).arg(two(minutes));
    if (minutes > 0)
        return sign + QStringLiteral("%1m").arg(minutes);
    return sign + QStringLiteral("%1s").arg(s);
}

QString isoDuration(qint64 ms) {
    QString out = ms < 0 ? QStringLiteral("-P") : QStringLiteral("P");
    const qint64 abs = std::llabs(ms);
    const qint64 days = abs / 86400000;
    const qint64 hours = abs % 86400000 / 3600000;
    const qint64 minutes = abs % 3600000 / 60000;
    const qint64 seconds = abs % 60000 / 1000;
    const qint64 millis = abs % 1000;
    if (days > 0)
        out += QString::number(days) + u'D';
    if (hours == 0 && minutes == 0 && seconds == 0 && millis == 0)
        return days > 0 ? out : QStringLiteral("PT0S");
    out += u'T';
    if (hours > 0)
        out += QString::number(hours) + u'H';
    if (minutes > 0)
        out += QString::number(minutes) + u'M';
    if (seconds > 0 || millis > 0) {
        out += QString::number(seconds);
        if (millis > 0) {
            QString fraction = QStringLiteral("%1").arg(millis, 3, 10, QLatin1Char('0'));
            while (fraction.endsWith(u'0'))
                fraction.chop(1);
            out += u'.' + fraction;
        }
        out += u'S';
    }
    return out;
}

QString phaseMetricLabel(const QString& key) {
    const Definition* d = definition(key);
    return d ? text(d->label, true) : key;
}

QString phaseMetricName(const QString& key) {
    const Definition* d = definition(key);
    return d ? text(d->name, true) : key;
}

} // namespace causeway
