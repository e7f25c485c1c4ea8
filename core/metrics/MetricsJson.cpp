#include "metrics/MetricsJson.h"

#include "model/CanonicalJson.h"

#include <QJsonArray>

#include <cmath>

namespace causeway {

namespace {

QJsonValue orNull(const std::optional<double>& v) {
    // Rounded so that the JSON does not carry floating-point noise (0.30000000000000004).
    return v ? QJsonValue(std::round(*v * 1e6) / 1e6) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<qint64>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(canonicalTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString& s) {
    return s.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.trimmed());
}

} // namespace

QJsonObject metricsJson(const MetricsReport& r) {
    const QJsonObject filter{{QStringLiteral("from"), orNull(r.filter.from)},
                             {QStringLiteral("to"), orNull(r.filter.to)},
                             {QStringLiteral("severity"), orNull(r.filter.severity)},
                             {QStringLiteral("service"), orNull(r.filter.service)},
                             {QStringLiteral("tag"), orNull(r.filter.tag)}};
    const QJsonObject complete{
        {QStringLiteral("n"), r.completeN},
        {QStringLiteral("medianDays"), orNull(r.completeMedianDays)},
        {QStringLiteral("meanDays"), orNull(r.completeMeanDays)},
        {QStringLiteral("notApproved"), QJsonArray::fromStringList(r.notApproved)}};
    const QJsonObject actions{{QStringLiteral("n"), r.actionsConsidered},
                              {QStringLiteral("onTime"), r.actionsOnTime},
                              {QStringLiteral("wontDoExcluded"), r.actionsWontDoExcluded},
                              {QStringLiteral("share"), orNull(r.actionsOnTimeShare)}};
    const QJsonObject recurrence{{QStringLiteral("n"), r.incidents},
                                 {QStringLiteral("confirmed"), r.confirmedRecurrences},
                                 {QStringLiteral("despiteFixes"), r.recurrencesDespiteFixes},
                                 {QStringLiteral("rate"), orNull(r.recurrenceRate)}};
    QJsonArray months;
    for (const MonthMetrics& m : r.months) {
        months.append(QJsonObject{
            {QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("incidents"), m.incidents},
            {QStringLiteral("timeToDetect"),
             QJsonObject{{QStringLiteral("n"), m.detectN},
                         {QStringLiteral("medianMinutes"), orNull(m.detectMedianMinutes)}}},
            {QStringLiteral("timeToMitigate"),
             QJsonObject{{QStringLiteral("n"), m.mitigateN},
                         {QStringLiteral("medianMinutes"), orNull(m.mitigateMedianMinutes)}}},
            {QStringLiteral("timeToResolve"),
             QJsonObject{{QStringLiteral("n"), m.resolveN},
                         {QStringLiteral("medianMinutes"), orNull(m.resolveMedianMinutes)}}}});
    }
    QJsonArray rows;
    for (const PostmortemMetricsRow& row : r.rows) {
        rows.append(QJsonObject{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("title"), row.title},
            {QStringLiteral("severity"), orNull(row.severity)},
            {QStringLiteral("incidentStart"), orNull(row.incidentStart)},
            {QStringLiteral("incidentEnd"), orNull(row.incidentEnd)},
            {QStringLiteral("approvedAt"), orNull(row.approvedAt)},
            {QStringLiteral("daysToComplete"), orNull(row.daysToComplete)},
            {QStringLiteral("actionsConsidered"), row.actionsConsidered},
            {QStringLiteral("actionsOnTime"), row.actionsOnTime},
            {QStringLiteral("recurrenceOf"), QJsonArray::fromStringList(row.recurrenceOf)},
            {QStringLiteral("recurrenceDespiteFixes"), row.recurrenceDespiteFixes},
            {QStringLiteral("timeToDetectMs"), orNull(row.timeToDetectMs)},
            {QStringLiteral("timeToMitigateMs"), orNull(row.timeToMitigateMs)},
            {QStringLiteral("timeToResolveMs"), orNull(row.timeToResolveMs)}});
    }
    QJsonArray actionRows;
    for (const ActionMetricsRow& a : r.actions) {
        actionRows.append(QJsonObject{{QStringLiteral("postmortemId"), a.postmortemId},
                                      {QStringLiteral("postmortemTitle"), a.postmortemTitle},
                                      {QStringLiteral("id"), a.actionId},
                                      {QStringLiteral("title"), a.title},
                                      {QStringLiteral("due"), orNull(a.due)},
                                      {QStringLiteral("status"), a.status},
                                      {QStringLiteral("closedOn"), orNull(a.closedOn)},
                                      {QStringLiteral("outcome"), outcomeKey(a.outcome)}});
    }
    return QJsonObject{
        {QStringLiteral("filter"), filter},           {QStringLiteral("today"), orNull(r.today)},
        {QStringLiteral("timeToComplete"), complete}, {QStringLiteral("actionsOnTime"), actions},
        {QStringLiteral("recurrence"), recurrence},   {QStringLiteral("months"), months},
        {QStringLiteral("postmortems"), rows},        {QStringLiteral("actions"), actionRows}};
}

} // namespace causeway
