#include "timeline/import/Importer.h"

#include "timeline/import/CsvImporter.h"
#include "timeline/import/ImportSupport.h"
#include "timeline/import/JsonLinesImporter.h"
#include "timeline/import/NotesImporter.h"
#include "timeline/import/SlackImporter.h"
#include "timeline/import/SyslogImporter.h"
#include "timeline/import/TimeParsing.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace causeway::timeline {

namespace {

constexpr qint64 kMaxImportBytes = 1024LL * 1024 * 1024;

bool looksLikeSyslog(QByteArrayView line) {
    static const QByteArrayList months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (line.startsWith('<')) {
        const qsizetype close = line.indexOf('>');
        return close > 1 && close <= 4;
    }
    for (const QByteArray& month : months) {
        if (line.startsWith(QByteArray(month + ' ')))
            return true;
    }
    return false;
}

bool startsWithTime(QByteArrayView line) {
    const QString text =
        QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 64))).trimmed();
    QStringView s(text);
    if (s.startsWith(u"- ") || s.startsWith(u"* ") || s.startsWith(u'['))
        s = s.sliced(s.startsWith(u'[') ? 1 : 2).trimmed();
    return scanDateTime(s).has_value();
}

} // namespace

ImportFormat detectFormat(const QString& path, const QByteArray& head) {
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (info.isDir() || suffix == u"zip" || head.startsWith("PK\x03\x04"))
        return ImportFormat::Slack;
    if (suffix == u"csv" || suffix == u"tsv")
        return ImportFormat::Csv;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return ImportFormat::JsonLines;

    // By content: look at the first few non-blank lines.
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('['))
        return ImportFormat::Slack;
    if (trimmed.startsWith('{'))
        return ImportFormat::JsonLines;
    detail::LineReader lines(head);
    QByteArrayView line;
    int seen = 0, syslog = 0, timed = 0;
    while (seen < 10 && lines.next(line)) {
        if (line.trimmed().isEmpty())
            continue;
        ++seen;
        syslog += looksLikeSyslog(line) ? 1 : 0;
        timed += startsWithTime(line) ? 1 : 0;
    }
    if (seen == 0)
        return ImportFormat::Auto;
    if (syslog * 2 > seen)
        return ImportFormat::Syslog;
    if (suffix == u"txt" || suffix == u"md")
        return ImportFormat::Notes;
    // Every sampled row split into the same number (>= 2) of columns: CSV, even when its first
    // column holds times like notes do.
    QList<QStringList> rows = parseCsv(head, detectCsvDelimiter(head), 10);
    if (rows.size() > 2 && rows.size() < 10 && !head.endsWith('\n'))
        rows.removeLast(); // cut off where the head ends
    const bool consistent = rows.size() >= 2 && rows.first().size() >= 2 &&
                            std::all_of(rows.begin(), rows.end(), [&rows](const QStringList& row) {
                                return row.size() == rows.first().size();
                            });
    if (consistent)
        return ImportFormat::Csv;
    if (timed * 2 > seen)
        return ImportFormat::Notes;
    if (!rows.isEmpty() && rows.first().size() >= 2)
        return ImportFormat::Csv;
    return ImportFormat::Auto;
}

ImportResult importBytes(const QByteArray& data, ImportFormat format,
                         const ImportOptions& options) {
    switch (format) {
    case ImportFormat::Csv:
        return importCsv(data, options);
    case ImportFormat::JsonLines:
        return importJsonLines(data, options);
    case ImportFormat::Slack:
        return importSlackDay(data, options);
    case ImportFormat::Syslog:
        return importSyslog(data, options);
    case ImportFormat::Notes:
        return importNotes(data, options);
    case ImportFormat::Auto:
        break;
    }
    ImportResult result;
    result.error = QStringLiteral("unknown format: choose csv, jsonl, slack, syslog or notes");
    return result;
}

ImportResult importFile(const QString& path, ImportFormat format, const ImportOptions& options) {
    ImportResult result;
    const QFileInfo info(path);
    if (info.isDir() || format == ImportFormat::Slack)
        return importSlack(path, options);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > kMaxImportBytes) {
        result.error = QStringLiteral("%1 is larger than 1 GiB").arg(path);
        return result;
    }
    const QByteArray head = file.peek(64 * 1024);
    if (format == ImportFormat::Auto)
        format = detectFormat(path, head);
    if (format == ImportFormat::Slack) {
        file.close();
        return importSlack(path, options);
    }
    if (format == ImportFormat::Auto) {
        result.error = QStringLiteral("cannot tell the format of %1: choose csv, jsonl, slack, "
                                      "syslog or notes")
                           .arg(path);
        return result;
    }
    return importBytes(file.readAll(), format, options);
}

} // namespace causeway::timeline
