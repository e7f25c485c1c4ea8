#pragma once

#include "model/Record.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace causeway {

class Store;

// The follow-up metrics of issue #5 and the rows behind every figure, so a table or a JSON
// export can show exactly which postmortems and actions a number was computed from.
//
// Definitions (the CLI help of `metrics` repeats them):
//  - The period (from/to, inclusive, UTC dates) selects incidents by their incident start.
//    Severity, service (one of impact_services) and tag select postmortems for every metric.
//  - Time to complete a postmortem: incident end -> approval, where the approval is the `at`
//    of the latest review record with to == "approved". Median and mean in days over the
//    incidents of the period that have been approved and have an incident end; those not yet
//    approved are listed.
//  - Share of actions closed within deadline: among the actions whose due date falls in the
//    period (no end: up to today) and which are either closed or already past due (due before
//    today), "done" with closed_on <= due counts as on time. Won't-do actions are excluded
//    from both numerator and denominator. Done without a closed_on date counts as late.
//  - Recurrence rate: the share of incidents of the period confirmed as a recurrence
//    (recurrence_of names an earlier postmortem) of an earlier incident whose actions were all
//    done at the time of the new incident (at least one done action, every action that is not
//    won't-do done with closed_on <= the new incident's start date): the fixes did not
//    prevent it. The plain count of confirmed recurrences is reported as well.
//  - Time to detect / mitigate / resolve per month: the phase durations (PhaseMetrics) of the
//    incidents of the period, grouped by the UTC month of incident start; median minutes per
//    month. Missing and negative durations (markers out of order) are left out.
struct MetricsFilter {
    QDate from; // invalid: no lower bound
    QDate to;   // invalid: no upper bound
    QString severity;
    QString service;
    QString tag;

    // Severity, service and tag (case-insensitive for service and tag).
    bool acceptsAttributes(const Postmortem& pm) const;
    // Whether a date falls in [from, to].
    bool inPeriod(const QDate& day) const;
    // An incident of the period: attributes match and the incident start is in the period
    // (with no period, postmortems without an incident start count too).
    bool acceptsIncident(const Postmortem& pm) const;
};

// Median of values; nullopt when empty. An even count gives the mean of the middle two.
std::optional<double> median(QList<double> values);
std::optional<double> mean(const QList<double>& values);

// The approval time of a postmortem: the `at` of its latest live review record with
// to == "approved" (Workflow::approvedAt), also when it was reopened since; invalid when
// never approved.
QDateTime approvalTime(const Postmortem& pm);

// One postmortem of the period with the numbers it contributes.
struct PostmortemMetricsRow {
    QString id;
    QString title;
    QString severity;
    QDateTime incidentStart; // UTC, invalid when not set
    QDateTime incidentEnd;
    QDateTime approvedAt; // invalid: not approved
    std::optional<double> daysToComplete;
    int actionsConsidered = 0; // its actions in the on-time share's denominator
    int actionsOnTime = 0;
    QStringList recurrenceOf;       // ids of earlier postmortems confirmed
    QStringList recurrenceOfTitles; // the same, as titles
    bool recurrenceDespiteFixes = false;
    std::optional<qint64> timeToDetectMs;
    std::optional<qint64> timeToMitigateMs;
    std::optional<qint64> timeToResolveMs;
};

// One action in the on-time share (won't-do ones are listed as excluded).
struct ActionMetricsRow {
    enum class Outcome { OnTime, Late, Overdue, Excluded };
    QString postmortemId;
    QString postmortemTitle;
    QString actionId;
    QString title;
    QDate due;
    QString status;
    QDate closedOn;
    Outcome outcome = Outcome::Late;
};
QString outcomeKey(ActionMetricsRow::Outcome outcome); // on_time, late, overdue, excluded

// Medians of one month (first day of the month, UTC).
struct MonthMetrics {
    QDate month;
    int incidents = 0;
    int detectN = 0;
    int mitigateN = 0;
    int resolveN = 0;
    std::optional<double> detectMedianMinutes;
    std::optional<double> mitigateMedianMinutes;
    std::optional<double> resolveMedianMinutes;
};

struct MetricsReport {
    MetricsFilter filter;
    QDate today;

    // Time to complete.
    int completeN = 0;
    std::optional<double> completeMedianDays;
    std::optional<double> completeMeanDays;
    QStringList notApproved; // ids, incidents of the period without an approval

    // Actions closed within deadline.
    int actionsConsidered = 0; // the denominator
    int actionsOnTime = 0;
    int actionsWontDoExcluded = 0;
    std::optional<double> actionsOnTimeShare; // 0..1

    // Recurrence.
    int incidents = 0; // the denominator
    int confirmedRecurrences = 0;
    int recurrencesDespiteFixes = 0;
    std::optional<double> recurrenceRate; // 0..1

    QList<MonthMetrics> months; // every month of the range, oldest first, gaps included
    QList<PostmortemMetricsRow> rows;
    QList<ActionMetricsRow> actions;
};

// Pure: all inputs given. all: every postmortem not in the trash (recurrence links may name
// postmortems outside the filter). today: "past due" and the open end of the action period.
MetricsReport computeMetrics(const QList<Postmortem>& all, const MetricsFilter& filter,
                             const QDate& today);

// Every postmortem not in the trash, fully loaded.
QList<Postmortem> loadActivePostmortems(const Store& store);

} // namespace causeway
