#include "timeline/import/SyslogImporter.h"

#include "timeline/import/ImportSupport.h"
#include "timeline/import/TimeParsing.h"

namespace causeway::timeline {

namespace {

struct Line {
    QStringView rest;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= rest.size(); }
    // The next space-separated token (empty at the end).
    QStringView token() {
        while (pos < rest.size() && rest[pos] == u' ')
            ++pos;
        const qsizetype start = pos;
        while (pos < rest.size() && rest[pos] != u' ')
            ++pos;
        return rest.sliced(start, pos - start);
    }
    QStringView remainder() {
        if (pos < rest.size() && rest[pos] == u' ')
            ++pos;
        return rest.sliced(std::min(pos, rest.size()));
    }
};

// <PRI>: facility * 8 + severity, 0–191. Returns the severity, or -1 without a PRI.
int readPri(Line& line, bool& malformed) {
    malformed = false;
    if (line.atEnd() || line.rest[0] != u'<')
        return -1;
    const qsizetype close = line.rest.indexOf(u'>');
    bool ok = false;
    const int pri = close > 1 && close <= 4 ? line.rest.sliced(1, close - 1).toInt(&ok) : -1;
    if (!ok || pri < 0 || pri > 191) {
        malformed = true;
        return -1;
    }
    line.pos = close + 1;
    return pri % 8;
}

QString describe(QStringView host, QStringView app, QStringView procid, QStringView message) {
    QString text;
    if (!host.isEmpty() && host != u"-")
        text += host + u' ';
    if (!app.isEmpty() && app != u"-") {
        text += app;
        if (!procid.isEmpty() && procid != u"-")
            text += u'[' + procid + u']';
        text += QStringLiteral(": ");
    }
    return text + message.trimmed();
}

// Structured data: "-" or one or more [id key="value" ...] with \" \] \\ escapes.
bool skipStructuredData(Line& line) {
    while (line.pos < line.rest.size() && line.rest[line.pos] == u' ')
        ++line.pos;
    if (line.pos < line.rest.size() && line.rest[line.pos] == u'-') {
        ++line.pos;
        return true;
    }
    bool any = false;
    while (line.pos < line.rest.size() && line.rest[line.pos] == u'[') {
        bool inQuotes = false;
        ++line.pos;
        for (;; ++line.pos) {
            if (line.pos >= line.rest.size())
                return false;
            const QChar c = line.rest[line.pos];
            if (inQuotes && c == u'\\') {
                ++line.pos;
                continue;
            }
            if (c == u'"')
                inQuotes = !inQuotes;
            else if (c == u']' && !inQuotes)
                break;
        }
        ++line.pos;
        any = true;
    }
    return any;
}

struct Parsed {
    std::optional<QDateTime> time;
    QString text;
    QString reason;
};

Parsed parse5424(Line& line) {
    Parsed p;
    const QStringView stamp = line.token();
    if (stamp == u"-") {
        p.reason = QStringLiteral("RFC 5424 line without a time");
        return p;
    }
    const auto parts = scanDateTime(stamp);
    if (!parts || parts->length != stamp.size() || !parts->date.isValid() ||
        !parts->offsetSeconds) {
        p.reason =
            QStringLiteral("RFC 5424 time is not RFC 3339: \"%1\"").arg(stamp.left(40).toString());
        return p;
    }
    const QDateTime time(parts->date, parts->time, Qt::OffsetFromUTC, *parts->offsetSeconds);
    p.time = fromEpochMillis(time.toMSecsSinceEpoch());
    const QStringView host = line.token();
    const QStringView app = line.token();
    const QStringView procid = line.token();
    line.token(); // msgid
    if (!skipStructuredData(line)) {
        p.time.reset();
        p.reason = QStringLiteral("RFC 5424 structured data is malformed");
        return p;
    }
    QStringView message = line.remainder();
    if (message.startsWith(QChar(0xFEFF)))
        message = message.sliced(1);
    p.text = describe(host, app, procid, message);
    return p;
}

// "app[123]: msg", "app: msg", or a message without a tag.
void splitTag(QStringView rest, QStringView& app, QStringView& procid, QStringView& message) {
    const qsizetype colon = rest.indexOf(QStringLiteral(": "));
    const qsizetype space = rest.indexOf(u' ');
    if (colon <= 0 || (space >= 0 && space < colon) || colon > 64) {
        message = rest;
        return;
    }
    QStringView tag = rest.left(colon);
    message = rest.sliced(colon + 2);
    const qsizetype bracket = tag.indexOf(u'[');
    if (bracket > 0 && tag.endsWith(u']')) {
        procid = tag.sliced(bracket + 1, tag.size() - bracket - 2);
        tag = tag.left(bracket);
    }
    app = tag;
}

int monthNumber(QStringView name) {
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.toString().toLower())) + 1;
}

Parsed parse3164(Line& line, const ImportOptions& options) {
    Parsed p;
    // rsyslog writes RFC 3339 times in the RFC 3164 layout.
    const qsizetype start = line.pos;
    const QStringView first = line.token();
    if (const auto parts = scanDateTime(first);
        parts && parts->length == first.size() && parts->date.isValid()) {
        if (parts->offsetSeconds) {
            p.time = fromEpochMillis(
                QDateTime(parts->date, parts->time, Qt::OffsetFromUTC, *parts->offsetSeconds)
                    .toMSecsSinceEpoch());
        } else {
            p.time = resolveLocalTime(parts->date, parts->time, options.zone);
            if (!p.time)
                p.reason =
                    describeTimeError(localTimeStatus(parts->date, parts->time, options.zone) ==
                                              LocalTimeStatus::Ambiguous
                                          ? TimeError::Ambiguous
                                          : TimeError::Nonexistent);
        }
    } else {
        line.pos = start;
        const int month = monthNumber(line.token());
        bool dayOk = false;
        const int day = line.token().toInt(&dayOk);
        const QStringView clock = line.token();
        const auto clockParts = scanDateTime(clock);
        if (month == 0 || !dayOk || !clockParts || clockParts->length != clock.size() ||
            clockParts->date.isValid()) {
            p.reason = QStringLiteral("no syslog time (\"Oct 11 22:14:15\", RFC 3339 or RFC 5424)");
            return p;
        }
        if (!options.reference.isValid()) {
            p.reason = QStringLiteral("RFC 3164 times have no year and no incident start was "
                                      "given");
            return p;
        }
        const QDate reference = options.reference.toTimeZone(options.zone).date();
        int year = reference.year();
        if (month - reference.month() > 6)
            --year;
        else if (reference.month() - month > 6)
            ++year;
        const QDate date(year, month, day);
        if (!date.isValid()) {
            p.reason = QStringLiteral("no such date: %1-%2-%3").arg(year).arg(month).arg(day);
            return p;
        }
        p.time = resolveLocalTime(date, clockParts->time, options.zone);
        if (!p.time)
            p.reason = describeTimeError(localTimeStatus(date, clockParts->time, options.zone) ==
                                                 LocalTimeStatus::Ambiguous
                                             ? TimeError::Ambiguous
                                             : TimeError::Nonexistent);
    }
    if (!p.time) {
        if (p.reason.isEmpty())
            p.reason = QStringLiteral("time out of range");
        return p;
    }
    const QStringView host = line.token();
    QStringView app, procid, message;
    splitTag(line.remainder(), app, procid, message);
    p.text = describe(host, app, procid, message);
    return p;
}

} // namespace

ImportResult importSyslog(const QByteArray& data, const ImportOptions& options) {
    ImportResult result;
    detail::ImportLines lines(data, options, result);
    QByteArrayView bytes;
    while (lines.next(bytes)) {
        const int number = lines.lineNumber();
        const QString text = detail::decodeLine(bytes);
        if (text.trimmed().isEmpty())
            continue;
        Line line{QStringView(text)};
        bool badPri = false;
        const int severity = readPri(line, badPri);
        if (badPri) {
            result.problems.append(detail::problem(number, QStringLiteral("malformed <PRI>")));
            continue;
        }
        // RFC 5424 puts its version, "1", right after the PRI.
        const bool is5424 = severity >= 0 && line.rest.sliced(line.pos).startsWith(u"1 ");
        if (is5424)
            line.pos += 2;
        const Parsed parsed = is5424 ? parse5424(line) : parse3164(line, options);
        if (!parsed.time) {
            result.problems.append(detail::problem(number, parsed.reason));
            continue;
        }
        if (parsed.text.isEmpty()) {
            result.problems.append(detail::problem(number, QStringLiteral("no message")));
            continue;
        }
        ImportedEvent event;
        event.time = *parsed.time;
        event.text = parsed.text;
        event.kind = detail::kindForSyslogSeverity(severity);
        event.source = QStringLiteral("log");
        event.line = number;
        result.events.append(event);
    }
    return result;
}

} // namespace causeway::timeline
