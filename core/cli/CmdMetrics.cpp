#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "metrics/Metrics.h"
#include "metrics/MetricsJson.h"
#include "metrics/SimilarIncidents.h"
#include "model/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace causeway::cli {

namespace {

// Reads a yyyy-MM-dd option into date; prints why not and returns false on a bad date.
bool dateOption(Context& ctx, const ParsedArgs& args, const QString& option, QDate& date) {
    if (!args.has(option))
        return true;
    date = QDate::fromString(args.value(option), Qt::ISODate);
    if (date.isValid())
        return true;
    ctx.fail(
        QStringLiteral("%1: \"%2\" is not a date (yyyy-MM-dd)").arg(option, args.value(option)));
    return false;
}

QString number(double v, int decimals = 1) {
    return QString::number(v, 'f', decimals);
}

QString percent(double share) {
    return QString::number(share * 100, 'f', 0) + u'%';
}

QString medianCell(const std::optional<double>& minutes, int n) {
    if (!minutes)
        return QStringLiteral("-");
    return QStringLiteral("%1 (n=%2)").arg(number(*minutes), QString::number(n));
}

void printSummary(QTextStream& out, const MetricsReport& r) {
    const MetricsFilter& f = r.filter;
    QStringList scope;
    if (f.from.isValid() || f.to.isValid())
        scope.append(
            QStringLiteral("incidents started %1 to %2")
                .arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("any time"),
                     f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("now")));
    else
        scope.append(QStringLiteral("all incidents"));
    if (!f.severity.isEmpty())
        scope.append(QStringLiteral("severity ") + f.severity);
    if (!f.service.isEmpty())
        scope.append(QStringLiteral("service ") + f.service);
    if (!f.tag.isEmpty())
        scope.append(QStringLiteral("tag ") + f.tag);
    out << QStringLiteral("Metrics for ") << scope.join(QStringLiteral(", ")) << u'\n' << u'\n';

    out << QStringLiteral("Time to complete a postmortem (incident end -> approved): ");
    if (r.completeN > 0)
        out << QStringLiteral("median %1 days, mean %2 days (n=%3)\n")
                   .arg(number(*r.completeMedianDays), number(*r.completeMeanDays),
                        QString::number(r.completeN));
    else
        out << QStringLiteral("- (n=0)\n");
    out << QStringLiteral("  not yet approved: %1\n").arg(r.notApproved.size());
    for (const PostmortemMetricsRow& row : r.rows) {
        if (r.notApproved.contains(row.id))
            out << QStringLiteral("    %1  %2\n").arg(row.id.left(8), row.title);
    }

    out << QStringLiteral("Actions closed within deadline: ");
    if (r.actionsOnTimeShare)
        out << QStringLiteral("%1 (%2 of %3 on time)")
                   .arg(percent(*r.actionsOnTimeShare), QString::number(r.actionsOnTime),
                        QString::number(r.actionsConsidered));
    else
        out << QStringLiteral("- (n=0)");
    out << QStringLiteral("; %1 won't-do excluded\n").arg(r.actionsWontDoExcluded);

    out << QStringLiteral("Recurrence rate (recurred although the earlier incident's actions were "
                          "all done): ");
    if (r.recurrenceRate)
        out << QStringLiteral("%1 (%2 of %3 incidents)\n")
                   .arg(percent(*r.recurrenceRate), QString::number(r.recurrencesDespiteFixes),
                        QString::number(r.incidents));
    else
        out << QStringLiteral("- (n=0)\n");
    out << QStringLiteral("Confirmed recurrences: %1 of %2 incidents\n")
               .arg(r.confirmedRecurrences)
               .arg(r.incidents);

    out << QStringLiteral("\nMedian minutes per month of incident start:\n");
    if (r.months.isEmpty()) {
        out << QStringLiteral("(no incidents with a start time)\n");
        return;
    }
    QList<QStringList> table{{QStringLiteral("MONTH"), QStringLiteral("INCIDENTS"),
                              QStringLiteral("DETECT"), QStringLiteral("MITIGATE"),
                              QStringLiteral("RESOLVE")}};
    for (const MonthMetrics& m : r.months)
        table.append({m.month.toString(QStringLiteral("yyyy-MM")), QString::number(m.incidents),
                      medianCell(m.detectMedianMinutes, m.detectN),
                      medianCell(m.mitigateMedianMinutes, m.mitigateN),
                      medianCell(m.resolveMedianMinutes, m.resolveN)});
    printColumns(out, table);
}

int runMetrics(Context& ctx, const ParsedArgs& args) {
    MetricsFilter filter;
    QDate today = QDate::currentDate();
    if (!dateOption(ctx, args, QStringLiteral("--from"), filter.from) ||
        !dateOption(ctx, args, QStringLiteral("--to"), filter.to) ||
        !dateOption(ctx, args, QStringLiteral("--today"), today))
        return ExitUsage;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return ctx.fail(
            QStringLiteral("--from %1 is after --to %2")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    filter.severity = args.value(QStringLiteral("--severity")).trimmed();
    filter.service = args.value(QStringLiteral("--service")).trimmed();
    filter.tag = args.value(QStringLiteral("--tag")).trimmed();
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const MetricsReport report = computeMetrics(loadActivePostmortems(*store), filter, today);
    if (args.has(QStringLiteral("--json")))
        ctx.out() << QString::fromUtf8(canonicalJson(metricsJson(report))) << u'\n';
    else
        printSummary(ctx.out(), report);
    return ExitOk;
}

int runSimilar(Context& ctx, const ParsedArgs& args) {
    int limit = 5;
    if (args.has(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.fail(QStringLiteral("--limit: \"%1\" is not a positive number")
                                .arg(args.value(QStringLiteral("--limit"))));
    }
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const std::optional<QString> id = ctx.resolveId(*store, args.positional.first());
    if (!id)
        return ExitUsage;
    const std::optional<Postmortem> pm = store->loadPostmortem(*id);
    if (!pm)
        return ctx.fail(QStringLiteral("postmortem %1 could not be loaded").arg(*id));
    const auto similar = findSimilarIncidents(*store, *pm, limit);
    if (!similar) {
        ctx.err() << QStringLiteral("causeway-cli: ") << similar.error() << u'\n';
        return ExitProblems;
    }
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const SimilarIncident& s : similar.value()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("title"), s.title},
                {QStringLiteral("incidentStart"), s.incidentStart.isValid()
                                                      ? QJsonValue(canonicalTime(s.incidentStart))
                                                      : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("score"), std::round(s.score * 1000) / 1000},
                {QStringLiteral("textScore"), std::round(s.textScore * 1000) / 1000},
                {QStringLiteral("sharedTags"), QJsonArray::fromStringList(s.sharedTags)},
                {QStringLiteral("sharedServices"), QJsonArray::fromStringList(s.sharedServices)},
                {QStringLiteral("sharedCauseCategories"),
                 QJsonArray::fromStringList(s.sharedCategories)},
                {QStringLiteral("confirmedRecurrence"), s.confirmed},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons())}});
        }
        ctx.out() << QString::fromUtf8(canonicalJson(array)) << u'\n';
        return ExitOk;
    }
    if (similar.value().isEmpty()) {
        ctx.out() << QStringLiteral("(no similar earlier postmortems)\n");
        return ExitOk;
    }
    QList<QStringList> table{{QStringLiteral("SCORE"), QStringLiteral("ID"),
                              QStringLiteral("STARTED"), QStringLiteral("TITLE / REASONS")}};
    for (const SimilarIncident& s : similar.value()) {
        QString title = s.title;
        if (s.confirmed)
            title += QStringLiteral(" [confirmed recurrence]");
        table.append({number(s.score, 2), s.id.left(8),
                      s.incidentStart.isValid()
                          ? s.incidentStart.toUTC().date().toString(Qt::ISODate)
                          : QStringLiteral("-"),
                      title + QStringLiteral(" -- ") + s.reasons().join(QStringLiteral("; "))});
    }
    printColumns(ctx.out(), table);
    return ExitOk;
}

} // namespace

QList<CommandSpec> metricsCommands() {
    return {
        {QStringLiteral("metrics"),
         QStringLiteral("metrics [--from DATE] [--to DATE] [--severity S] [--service S] "
                        "[--tag T] [--json]"),
         QString(),
         QStringLiteral("Follow-up metrics: time to complete, actions on time, recurrence"),
         QStringLiteral(
             "Computes the follow-up metrics over the postmortems not in the trash.\n"
             "--from/--to DATE  the period (yyyy-MM-dd, inclusive, UTC), on incident start\n"
             "--severity S      only postmortems of this severity (SEV1 ... SEV4)\n"
             "--service S       only postmortems with S among their impacted services\n"
             "--tag T           only postmortems tagged T\n"
             "--today DATE      count \"past due\" from DATE instead of today\n"
             "--json            everything, with the rows behind every figure\n"
             "\n"
             "Definitions:\n"
             "Time to complete: incident end -> approval (the latest review step to\n"
             "  \"approved\"); median and mean in days over the approved incidents of the\n"
             "  period; those not yet approved are listed.\n"
             "Actions closed within deadline: among actions due in the period (with no --to:\n"
             "  up to today) that are closed or already past due, the share done with\n"
             "  closed_on <= due. Won't-do actions are excluded from numerator and denominator;\n"
             "  done without a closed_on date counts as late.\n"
             "Recurrence rate: the share of the period's incidents confirmed as a recurrence\n"
             "  (recurrence_of) of an earlier incident whose actions were all done (closed_on\n"
             "  <= the new incident's start; won't-do ignored; at least one done) - the fixes\n"
             "  did not prevent it. Confirmed recurrences counts every confirmed link.\n"
             "Time to detect / mitigate / resolve: median minutes per month of incident start,\n"
             "  from the phase markers; missing or negative durations are left out.\n"
             "Each figure shows its n. Exits 2 on a bad date."),
         {QStringLiteral("--json")},
         {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--severity"),
          QStringLiteral("--service"), QStringLiteral("--tag"), QStringLiteral("--today")},
         0,
         0,
         &runMetrics},
        {QStringLiteral("similar"),
         QStringLiteral("similar ID [--limit N] [--json]"),
         QStringLiteral("an ID"),
         QStringLiteral("Earlier postmortems similar to one, with reasons"),
         QStringLiteral(
             "Ranks earlier postmortems (incident start before this one's) not in the trash by\n"
             "similarity: full-text relevance (FTS5 bm25 over title and text) plus shared tags,\n"
             "impacted services and cause categories. Each suggestion says why it was chosen.\n"
             "--limit N  at most N suggestions (default 5)\n"
             "--json     an array of {id, title, incidentStart, score, textScore, sharedTags,\n"
             "           sharedServices, sharedCauseCategories, confirmedRecurrence, reasons}"),
         {QStringLiteral("--json")},
         {QStringLiteral("--limit")},
         1,
         1,
         &runSimilar}};
}

} // namespace causeway::cli
