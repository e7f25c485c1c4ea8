#include "metrics/Metrics.h"

#include "review/Workflow.h"

#include "actions/Action.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "store/Store.h"
#include "timeline/PhaseMetrics.h"

#include <QHash>

#include <algorithm>

namespace causeway {

namespace {

constexpr double kMsPerDay = 24.0 * 60 * 60 * 1000;
constexpr double kMsPerMinute = 60.0 * 1000;

QDateTime timeField(const Record& r, const QString& key) {
    return parseCanonicalTime(r.text(key));
}

bool containsText(const QStringList& list, const QString& wanted) {
    return std::any_of(list.cbegin(), list.cend(), [&](const QString& s) {
        return s.trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

// Whether every fix of an earlier incident was in place when the new one started: at least
// one done action, and every action that is not won't-do done on or before that day.
bool fixesDoneBefore(const Postmortem& earlier, const QDate& newIncidentDay) {
    int done = 0;
    for (const Action& a : postmortemActions(earlier)) {
        if (a.status == u"wont_do")
            continue;
        if (a.status != u"done" || !a.closedOn.isValid() || a.closedOn > newIncidentDay)
            return false;
        ++done;
    }
    return done > 0;
}

std::optional<qint64> nonNegative(const PhaseMetrics& m, const QString& key) {
    const std::optional<qint64> ms = m.duration(key);
    if (!ms || *ms < 0)
        return std::nullopt;
    return ms;
}

QDate monthOf(const QDateTime& t) {
    const QDate d = t.toUTC().date();
    return QDate(d.year(), d.month(), 1);
}

std::optional<double> medianMinutes(const QList<qint64>& ms) {
    QList<double> minutes;
    minutes.reserve(ms.size());
    for (qint64 v : ms)
        minutes.append(double(v) / kMsPerMinute);
    return median(minutes);
}

} // namespace

bool MetricsFilter::acceptsAttributes(const Postmortem& pm) const {
    if (!severity.trimmed().isEmpty() &&
        pm.root.text(Field::Severity).compare(severity.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    if (!service.trimmed().isEmpty() && !containsText(pm.root.list(Field::ImpactServices), service))
        return false;
    if (!tag.trimmed().isEmpty() && !containsText(pm.root.list(Field::Tags), tag))
        return false;
    return true;
}

bool MetricsFilter::inPeriod(const QDate& day) const {
    if (!day.isValid())
        return !from.isValid() && !to.isValid();
    return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

bool MetricsFilter::acceptsIncident(const Postmortem& pm) const {
    if (!acceptsAttributes(pm))
        return false;
    return inPeriod(timeField(pm.root, Field::IncidentStart).toUTC().date());
}

std::optional<double> median(QList<double> values) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(mid);
    return (values.at(mid - 1) + values.at(mid)) / 2.0;
}

std::optional<double> mean(const QList<double>& values) {
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

QDateTime approvalTime(const Postmortem& pm) {
    return Workflow::approvedAt(pm);
}

QString outcomeKey(ActionMetricsRow::Outcome outcome) {
    switch (outcome) {
    case ActionMetricsRow::Outcome::OnTime:
        return QStringLiteral("on_time");
    case ActionMetricsRow::Outcome::Late:
        return QStringLiteral("late");
    case ActionMetricsRow::Outcome::Overdue:
        return QStringLiteral("overdue");
    case ActionMetricsRow::Outcome::Excluded:
        return QStringLiteral("excluded");
    }
    return QString();
}

MetricsReport computeMetrics(const QList<Postmortem>& all, const MetricsFilter& filter,
                             const QDate& today) {
    MetricsReport report;
    report.filter = filter;
    report.today = today;

    QHash<QString, const Postmortem*> byId;
    for (const Postmortem& pm : all)
        byId.insert(pm.id(), &pm);

    // Actions: by due date, from every postmortem whose attributes match.
    const QDate actionsTo = filter.to.isValid() ? filter.to : today;
    QHash<QString, QPair<int, int>> actionsByPostmortem; // considered, on time
    for (const Postmortem& pm : all) {
        if (!filter.acceptsAttributes(pm))
            continue;
        for (const Action& a : postmortemActions(pm)) {
            if (!a.due.isValid() || (filter.from.isValid() && a.due < filter.from) ||
                a.due > actionsTo)
                continue;
            if (!a.isClosed() && !(a.due < today))
                continue; // still open and not yet due: nothing to judge
            ActionMetricsRow row;
            row.postmortemId = pm.id();
            row.postmortemTitle = pm.title();
            row.actionId = a.id;
            row.title = a.title;
            row.due = a.due;
            row.status = a.status;
            row.closedOn = a.closedOn;
            if (a.status == u"wont_do") {
                row.outcome = ActionMetricsRow::Outcome::Excluded;
                ++report.actionsWontDoExcluded;
            } else {
                if (a.status == u"done")
                    row.outcome = a.closedOn.isValid() && a.closedOn <= a.due
                                      ? ActionMetricsRow::Outcome::OnTime
                                      : ActionMetricsRow::Outcome::Late;
                else
                    row.outcome = ActionMetricsRow::Outcome::Overdue;
                ++report.actionsConsidered;
                auto& counts = actionsByPostmortem[pm.id()];
                ++counts.first;
                if (row.outcome == ActionMetricsRow::Outcome::OnTime) {
                    ++report.actionsOnTime;
                    ++counts.second;
                }
            }
            report.actions.append(row);
        }
    }
    if (report.actionsConsidered > 0)
        report.actionsOnTimeShare = double(report.actionsOnTime) / report.actionsConsidered;

    // Incidents of the period.
    QList<double> completeDays;
    QMap<QDate, QList<qint64>> detect, mitigate, resolve;
    QMap<QDate, int> incidentsByMonth;
    for (const Postmortem& pm : all) {
        if (!filter.acceptsIncident(pm))
            continue;
        PostmortemMetricsRow row;
        row.id = pm.id();
        row.title = pm.title();
        row.severity = pm.root.text(Field::Severity);
        row.incidentStart = timeField(pm.root, Field::IncidentStart);
        row.incidentEnd = timeField(pm.root, Field::IncidentEnd);
        row.approvedAt = approvalTime(pm);
        ++report.incidents;

        if (row.approvedAt.isValid() && row.incidentEnd.isValid()) {
            row.daysToComplete = double(row.incidentEnd.msecsTo(row.approvedAt)) / kMsPerDay;
            completeDays.append(*row.daysToComplete);
        }

        const auto counts = actionsByPostmortem.value(pm.id());
        row.actionsConsidered = counts.first;
        row.actionsOnTime = counts.second;

        for (const QString& earlierId : pm.root.list(ReviewRootField::RecurrenceOf)) {
            const Postmortem* earlier = byId.value(earlierId);
            if (!earlier || earlierId == pm.id())
                continue; // trashed or unknown: not a confirmed recurrence of anything here
            const QDateTime earlierStart = timeField(earlier->root, Field::IncidentStart);
            if (row.incidentStart.isValid() && earlierStart.isValid() &&
                earlierStart >= row.incidentStart)
                continue; // not an earlier incident
            row.recurrenceOf.append(earlierId);
            row.recurrenceOfTitles.append(earlier->title());
            if (row.incidentStart.isValid() &&
                fixesDoneBefore(*earlier, row.incidentStart.toUTC().date()))
                row.recurrenceDespiteFixes = true;
        }
        if (!row.recurrenceOf.isEmpty())
            ++report.confirmedRecurrences;
        if (row.recurrenceDespiteFixes)
            ++report.recurrencesDespiteFixes;

        const PhaseMetrics phases = computePhaseMetrics(pm);
        row.timeToDetectMs = nonNegative(phases, PhaseMetricKey::TimeToDetect);
        row.timeToMitigateMs = nonNegative(phases, PhaseMetricKey::TimeToMitigate);
        row.timeToResolveMs = nonNegative(phases, PhaseMetricKey::TimeToResolve);
        if (row.incidentStart.isValid()) {
            const QDate month = monthOf(row.incidentStart);
            ++incidentsByMonth[month];
            if (row.timeToDetectMs)
                detect[month].append(*row.timeToDetectMs);
            if (row.timeToMitigateMs)
                mitigate[month].append(*row.timeToMitigateMs);
            if (row.timeToResolveMs)
                resolve[month].append(*row.timeToResolveMs);
        }
        report.rows.append(row);
    }
    report.completeN = int(completeDays.size());
    report.completeMedianDays = median(completeDays);
    report.completeMeanDays = mean(completeDays);
    if (report.incidents > 0)
        report.recurrenceRate = double(report.recurrencesDespiteFixes) / report.incidents;

    std::sort(report.rows.begin(), report.rows.end(),
              [](const PostmortemMetricsRow& a, const PostmortemMetricsRow& b) {
                  if (a.incidentStart != b.incidentStart)
                      return a.incidentStart < b.incidentStart;
                  return a.id < b.id;
              });
    for (const PostmortemMetricsRow& row : report.rows) {
        if (!row.approvedAt.isValid())
            report.notApproved.append(row.id); // in incident order
    }

    // Every month of the range, so that a month without incidents shows as a gap rather
    // than disappearing from the chart.
    QDate first =
        filter.from.isValid() ? QDate(filter.from.year(), filter.from.month(), 1) : QDate();
    QDate last = filter.to.isValid() ? QDate(filter.to.year(), filter.to.month(), 1) : QDate();
    if (!incidentsByMonth.isEmpty()) {
        if (!first.isValid())
            first = incidentsByMonth.firstKey();
        if (!last.isValid())
            last = incidentsByMonth.lastKey();
    }
    if (first.isValid() && last.isValid()) {
        for (QDate m = first; m <= last; m = m.addMonths(1)) {
            MonthMetrics mm;
            mm.month = m;
            mm.incidents = incidentsByMonth.value(m);
            mm.detectN = int(detect.value(m).size());
            mm.mitigateN = int(mitigate.value(m).size());
            mm.resolveN = int(resolve.value(m).size());
            mm.detectMedianMinutes = medianMinutes(detect.value(m));
            mm.mitigateMedianMinutes = medianMinutes(mitigate.value(m));
            mm.resolveMedianMinutes = medianMinutes(resolve.value(m));
            report.months.append(mm);
        }
    }
    return report;
}

QList<Postmortem> loadActivePostmortems(const Store& store) {
    QList<Postmortem> out;
    for (const PostmortemSummary& s : store.listPostmortems(ListScope::Active)) {
        if (std::optional<Postmortem> pm = store.loadPostmortem(s.id))
            out.append(std::move(*pm));
    }
    return out;
}

} // namespace causeway
