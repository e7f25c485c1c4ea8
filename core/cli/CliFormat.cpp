#include "CliFormat.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "timeline/PhaseMetrics.h"

#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace causeway::cli {

namespace {

// The shortest prefix (at least 8 characters) that still tells every listed id apart, so
// a short id from the table can always be pasted back into `show`.
qsizetype shortIdLength(const QList<PostmortemSummary>& rows) {
    qsizetype length = 8;
    QStringList ids;
    for (const PostmortemSummary& s : rows)
        ids.append(s.id);
    ids.sort();
    for (qsizetype i = 1; i < ids.size(); ++i) {
        const QString& a = ids.at(i - 1);
        const QString& b = ids.at(i);
        qsizetype common = 0;
        while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
            ++common;
        length = std::max(length, common + 1);
    }
    return length;
}

QJsonValue timeOrNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(canonicalTime(t)) : QJsonValue();
}

} // namespace

QString displayTime(const QDateTime& utc, const QString& timeZone) {
    if (!utc.isValid())
        return QString();
    QString text =
        utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
    const QTimeZone zone(timeZone.toUtf8());
    if (!timeZone.isEmpty() && zone.isValid()) {
        const QDateTime local = utc.toTimeZone(zone);
        text += QStringLiteral(" (%1 %2)")
                    .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), timeZone);
    }
    return text;
}

QString displayValue(const TemplateField* field, const QString& key, const QJsonValue& value,
                     const QString& timeZone) {
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& v : value.toArray())
            items.append(v.toString());
        return items.join(QStringLiteral(", "));
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    const QString text = value.toString();
    if (field && field->type == FieldType::Choice)
        return Vocabulary::displayName(key, text);
    if (field && field->type == FieldType::DateTime) {
        const QDateTime time = parseCanonicalTime(text);
        return time.isValid() ? displayTime(time, timeZone) : text;
    }
    return text;
}

QJsonObject summaryJson(const PostmortemSummary& s) {
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("severity"), s.severity},
                       {QStringLiteral("template"), s.templateId},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
                       {QStringLiteral("incidentStart"), timeOrNull(s.incidentStart)},
                       {QStringLiteral("created"), timeOrNull(s.created)},
                       {QStringLiteral("modified"), timeOrNull(s.modified)},
                       {QStringLiteral("deleted"), s.deleted}};
}

void printSummaryTable(QTextStream& out, const QList<PostmortemSummary>& rows) {
    if (rows.isEmpty()) {
        out << QStringLiteral("(no postmortems)\n");
        return;
    }
    const qsizetype idWidth = shortIdLength(rows);
    QList<QStringList> table{{QStringLiteral("ID"), QStringLiteral("STATUS"),
                              QStringLiteral("SEVERITY"), QStringLiteral("INCIDENT START"),
                              QStringLiteral("TITLE")}};
    for (const PostmortemSummary& s : rows) {
        table.append(
            {s.id.left(idWidth), s.status, s.severity.isEmpty() ? QStringLiteral("-") : s.severity,
             s.incidentStart.isValid() ? displayTime(s.incidentStart) : QStringLiteral("-"),
             s.title});
    }
    printColumns(out, table);
}

void printColumns(QTextStream& out, const QList<QStringList>& table) {
    if (table.isEmpty())
        return;
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList& row : table) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList& row : table) {
        QString line;
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            line += row.at(c).leftJustified(widths.value(c) + 2);
        if (!row.isEmpty())
            line += row.last();
        out << line << u'\n';
    }
}

void printSummaryJson(QTextStream& out, const QList<PostmortemSummary>& rows) {
    QJsonArray array;
    for (const PostmortemSummary& s : rows)
        array.append(summaryJson(s));
    out << QString::fromUtf8(canonicalJson(array)) << u'\n';
}

void printPhaseMetrics(QTextStream& out, const Postmortem& pm) {
    PhaseMetricsOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    const PhaseMetrics metrics = computePhaseMetrics(pm, options);
    QStringList parts;
    for (const PhaseDuration& d : metrics.durations)
        parts.append(phaseMetricLabel(d.key) + u' ' +
                     (d.ms ? formatDuration(*d.ms) : QStringLiteral("-")));
    out << parts.join(QStringLiteral(" \u00b7 ")) << u'\n';
    for (const PhaseWarning& w : metrics.warnings)
        out << QStringLiteral("Warning: ") << w.message << u'\n';
}

} // namespace causeway::cli
