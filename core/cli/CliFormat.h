#pragma once

#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace causeway {
struct TemplateField;
}

namespace causeway::cli {

// A UTC time for people: "2024-03-12 13:41 UTC", plus the local time in timeZone if given.
QString displayTime(const QDateTime& utc, const QString& timeZone = QString());

// A field value as one or more lines of text; "" when the field is empty. Times are shown
// in UTC and, when timeZone is set, in that zone too.
QString displayValue(const TemplateField* field, const QString& key, const QJsonValue& value,
                     const QString& timeZone = QString());

// The machine form of a postmortem summary (list/search --json).
QJsonObject summaryJson(const PostmortemSummary& s);

// The table of list and search: short id, status, severity, incident start, title.
// Prints rows as left-aligned columns two spaces apart; the last column is not padded.
void printColumns(QTextStream& out, const QList<QStringList>& table);
void printSummaryTable(QTextStream& out, const QList<PostmortemSummary>& rows);

// Summaries as canonical JSON plus newline: stable bytes that scripts can diff.
void printSummaryJson(QTextStream& out, const QList<PostmortemSummary>& rows);

// The durations of a postmortem on one line ("Detect 12m · Acknowledge 3m · Mitigate - …"),
// then one "Warning: …" line per sanity warning. Phases in the future count from now.
void printPhaseMetrics(QTextStream& out, const Postmortem& pm);

} // namespace causeway::cli
