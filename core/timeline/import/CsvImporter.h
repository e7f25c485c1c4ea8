#pragma once

#include "timeline/import/ImportTypes.h"

#include <QStringList>

namespace causeway::timeline {

// Rows of RFC 4180 CSV: quoted fields may hold the delimiter, doubled quotes and newlines.
// Lenient where spreadsheets are sloppy (stray quotes inside unquoted fields are kept).
// maxRows < 0 reads everything; the UI preview asks for a few rows.
QList<QStringList> parseCsv(const QByteArray& data, QChar delimiter, int maxRows = -1);

// The delimiter among , ; tab | that splits the first rows into the most consistent columns.
QChar detectCsvDelimiter(const QByteArray& data);

// Columns by header name (time/timestamp/date/when, end, text/message/description/summary,
// kind/type, source, actor/who/role/team); with no recognised header, by content: the first
// column that reads as times, and the longest text column.
CsvMapping guessMapping(const QList<QStringList>& rows);

// Times are read by parseUserTime in options.zone; unknown kinds become "other", unknown
// sources "manual".
ImportResult importCsv(const QByteArray& data, const ImportOptions& options);

} // namespace causeway::timeline
