#include "timeline/import/CsvImporter.h"

#include "timeline/TimelineEvent.h"
#include "timeline/import/ImportSupport.h"
#include "timeline/import/TimeParsing.h"

#include <array>

namespace causeway::timeline {

namespace {

// A record longer than this is corrupt input (typically a quote that never closes).
constexpr qsizetype kMaxRecordChars = detail::kMaxLineBytes;

QString decode(const QByteArray& data) {
    return QString::fromUtf8(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
}

class CsvReader {
public:
    CsvReader(const QString& text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter) {}

    // The next record and the line it starts on; error is set (and fields empty) when the
    // record could not be read. False at the end of the text.
    bool next(QStringList& fields, int& line, QString& error) {
        fields.clear();
        error.clear();
        const qsizetype n = m_text.size();
        if (m_pos >= n)
            return false;
        line = m_line;
        QString field;
        bool inQuotes = false;
        bool wasQuoted = false;
        const qsizetype start = m_pos;
        while (m_pos < n) {
            const QChar c = m_text[m_pos++];
            if (m_pos - start > kMaxRecordChars) {
                skipLine(inQuotes ? QChar() : c);
                fields.clear();
                error = QStringLiteral("record longer than 1 MiB (a quote that never closes?)");
                return true;
            }
            if (inQuotes) {
                if (c == u'"') {
                    if (m_pos < n && m_text[m_pos] == u'"') {
                        field += u'"';
                        ++m_pos;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == u'\n')
                        ++m_line;
                    field += c;
                }
            } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
                inQuotes = wasQuoted = true;
            } else if (c == m_delimiter) {
                fields.append(field);
                field.clear();
                wasQuoted = false;
            } else if (c == u'\n') {
                ++m_line;
                break;
            } else if (c != u'\r') {
                field += c;
            }
        }
        fields.append(field);
        if (inQuotes) {
            fields.clear();
            error = QStringLiteral("a quoted field is not closed before the end of the file");
        }
        return true;
    }

    qsizetype position() const { return m_pos; }

private:
    void skipLine(QChar last) {
        if (last == u'\n') {
            ++m_line;
            return;
        }
        const qsizetype end = m_text.indexOf(u'\n', m_pos);
        m_pos = end < 0 ? m_text.size() : end + 1;
        ++m_line;
    }

    const QString& m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool isBlank(const QStringList& fields) {
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString normalizeName(const QString& name) {
    QString n = name.trimmed().toLower();
    n.replace(u'_', u' ');
    n.replace(u'-', u' ');
    return n.simplified();
}

int roleOf(const QString& header) {
    // Roles in CsvMapping order: time, end, text, kind, source, actor.
    static const std::array<QStringList, 6> names{
        QStringList{QStringLiteral("time"), QStringLiteral("timestamp"), QStringLiteral("date"),
                    QStringLiteral("when"), QStringLiteral("datetime"), QStringLiteral("date time"),
                    QStringLiteral("start"), QStringLiteral("start time"),
                    QStringLiteral("started"), QStringLiteral("at")},
        QStringList{QStringLiteral("end"), QStringLiteral("end time"), QStringLiteral("ended"),
                    QStringLiteral("until"), QStringLiteral("finish"), QStringLiteral("stop")},
        QStringList{QStringLiteral("text"), QStringLiteral("message"),
                    QStringLiteral("description"), QStringLiteral("summary"),
                    QStringLiteral("event"), QStringLiteral("what"), QStringLiteral("details"),
                    QStringLiteral("note"), QStringLiteral("notes")},
        QStringList{QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("category"),
                    QStringLiteral("event type")},
        QStringList{QStringLiteral("source"), QStringLiteral("origin")},
        QStringList{QStringLiteral("actor"), QStringLiteral("who"), QStringLiteral("role"),
                    QStringLiteral("team"), QStringLiteral("user"), QStringLiteral("author"),
                    QStringLiteral("owner")},
    };
    const QString n = normalizeName(header);
    for (int role = 0; role < int(names.size()); ++role) {
        if (names[size_t(role)].contains(n))
            return role;
    }
    // "time (UTC)", "timestamp utc"
    for (int role = 0; role < int(names.size()); ++role) {
        for (const QString& name : names[size_t(role)]) {
            if (n.startsWith(name + u' ') || n.startsWith(name + u'('))
                return role;
        }
    }
    return -1;
}

int& roleColumn(CsvMapping& m, int role) {
    switch (role) {
    case 0:
        return m.time;
    case 1:
        return m.end;
    case 2:
        return m.text;
    case 3:
        return m.kind;
    case 4:
        return m.source;
    default:
        return m.actor;
    }
}

QString cell(const QStringList& fields, int column) {
    return column >= 0 && column < fields.size() ? fields[column].trimmed() : QString();
}

QString vocabularyKey(const QString& value, const QStringList& vocabulary, const QString& empty,
                      const QString& unknown) {
    if (value.isEmpty())
        return empty;
    QString key = value.trimmed().toLower();
    key.replace(u' ', u'_');
    key.replace(u'-', u'_');
    return vocabulary.contains(key) ? key : unknown;
}

QString columnName(const QStringList& header, int column) {
    const QString name = column < header.size() ? header[column].trimmed() : QString();
    return name.isEmpty() ? QStringLiteral("column %1").arg(column + 1)
                          : QStringLiteral("column \"%1\"").arg(name);
}

} // namespace

QList<QStringList> parseCsv(const QByteArray& data, QChar delimiter, int maxRows) {
    const QString text = decode(data);
    CsvReader reader(text, delimiter);
    QList<QStringList> rows;
    QStringList fields;
    int line = 0;
    QString error;
    while ((maxRows < 0 || rows.size() < maxRows) && reader.next(fields, line, error)) {
        if (error.isEmpty() && !isBlank(fields))
            rows.append(fields);
    }
    return rows;
}

QChar detectCsvDelimiter(const QByteArray& data) {
    const QByteArray head = data.left(64 * 1024);
    QChar best = u',';
    qsizetype bestScore = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        const QList<QStringList> rows = parseCsv(head, candidate, 20);
        if (rows.isEmpty() || rows.first().size() < 2)
            continue;
        const qsizetype columns = rows.first().size();
        qsizetype consistent = 0;
        for (const QStringList& row : rows)
            consistent += row.size() == columns ? 1 : 0;
        // Consistency first; more columns break ties ("a;b,c" lines split better on ;).
        const qsizetype score = consistent * 1000 + std::min<qsizetype>(columns, 999);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

CsvMapping guessMapping(const QList<QStringList>& rows) {
    CsvMapping m;
    m.hasHeader = false;
    if (rows.isEmpty())
        return m;
    const QStringList& header = rows.first();
    for (int column = 0; column < header.size(); ++column) {
        const int role = roleOf(header[column]);
        if (role >= 0 && roleColumn(m, role) < 0) {
            roleColumn(m, role) = column;
            m.hasHeader = true;
        }
    }
    if (m.hasHeader)
        return m;

    // No header: the first column whose cells read as times, and the longest other column.
    const QDateTime anyDay(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC);
    const qsizetype sample = std::min<qsizetype>(rows.size(), 20);
    int columns = 0;
    for (qsizetype r = 0; r < sample; ++r)
        columns = std::max(columns, int(rows[r].size()));
    qsizetype longest = -1;
    for (int column = 0; column < columns; ++column) {
        qsizetype times = 0;
        qsizetype length = 0;
        for (qsizetype r = 0; r < sample; ++r) {
            const QString value = cell(rows[r], column);
            length += value.size();
            if (parseUserTime(value, QTimeZone::utc(), anyDay, AmbiguityPolicy::Earlier))
                ++times;
        }
        if (m.time < 0 && times * 2 > sample)
            m.time = column;
        else if (length > longest) {
            longest = length;
            m.text = column;
        }
    }
    if (m.text == m.time)
        m.text = -1;
    return m;
}

ImportResult importCsv(const QByteArray& data, const ImportOptions& options) {
    ImportResult result;
    const bool given = options.csvMapping.has_value();
    const QChar delimiter = given && !options.csvMapping->delimiter.isNull()
                                ? options.csvMapping->delimiter
                                : detectCsvDelimiter(data);
    const CsvMapping mapping =
        given ? *options.csvMapping : guessMapping(parseCsv(data.left(64 * 1024), delimiter, 20));
    if (mapping.time < 0) {
        result.error = QStringLiteral("no time column: name one in the column mapping");
        return result;
    }
    if (mapping.text < 0) {
        result.error = QStringLiteral("no text column: name one in the column mapping");
        return result;
    }

    const QString text = decode(data);
    CsvReader reader(text, delimiter);
    detail::Progress progress(options, text.size());
    const QStringList kinds = EventVocabulary::kinds();
    const QStringList sources = EventVocabulary::sources();
    QStringList header;
    bool first = true;
    QStringList fields;
    int line = 0;
    QString error;
    while (reader.next(fields, line, error)) {
        if (!progress.step(reader.position())) {
            result.cancelled = true;
            return result;
        }
        if (!error.isEmpty()) {
            result.problems.append(detail::problem(line, error));
            continue;
        }
        if (isBlank(fields))
            continue;
        if (first && mapping.hasHeader) {
            first = false;
            header = fields;
            continue;
        }
        first = false;

        ImportedEvent event;
        event.line = line;
        const QString timeText = cell(fields, mapping.time);
        const ParsedTime time = parseUserTimeDetailed(timeText, options.zone, options.reference);
        if (!time.time) {
            result.problems.append(detail::problem(
                line, timeText.isEmpty()
                          ? QStringLiteral("no time in %1").arg(columnName(header, mapping.time))
                          : QStringLiteral("%1 in %2: \"%3\"")
                                .arg(describeTimeError(time.error),
                                     columnName(header, mapping.time), timeText.left(80))));
            continue;
        }
        event.time = *time.time;
        const QString endText = cell(fields, mapping.end);
        if (!endText.isEmpty()) {
            const ParsedTime end = parseUserTimeDetailed(endText, options.zone, event.time);
            if (!end.time || *end.time < event.time) {
                result.problems.append(detail::problem(
                    line, end.time ? QStringLiteral("the end is before the start")
                                   : QStringLiteral("%1 in %2: \"%3\"")
                                         .arg(describeTimeError(end.error),
                                              columnName(header, mapping.end), endText.left(80))));
                continue;
            }
            event.end = *end.time;
        }
        event.text = cell(fields, mapping.text);
        if (event.text.isEmpty()) {
            result.problems.append(detail::problem(
                line, QStringLiteral("no text in %1").arg(columnName(header, mapping.text))));
            continue;
        }
        event.kind = vocabularyKey(cell(fields, mapping.kind), kinds, QStringLiteral("observation"),
                                   QStringLiteral("other"));
        event.source = vocabularyKey(cell(fields, mapping.source), sources,
                                     QStringLiteral("manual"), QStringLiteral("manual"));
        event.actor = cell(fields, mapping.actor);
        result.events.append(event);
    }
    return result;
}

} // namespace causeway::timeline
