#include "timeline/import/NotesImporter.h"

#include "timeline/import/ImportSupport.h"
#include "timeline/import/TimeParsing.h"

namespace causeway::timeline {

namespace {

constexpr qint64 kRollOverMs = 6 * 3600 * 1000;

// Where the time of a note line starts: after list bullets and an opening bracket.
qsizetype skipBullet(QStringView line, bool& bracket) {
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    if (i + 1 < line.size() && (line[i] == u'-' || line[i] == u'*' || line[i] == QChar(0x2022)) &&
        line[i + 1].isSpace()) {
        i += 2;
        while (i < line.size() && line[i].isSpace())
            ++i;
    }
    bracket = i < line.size() && line[i] == u'[';
    return bracket ? i + 1 : i;
}

// The separator between a time and its text: spaces, then optionally one of - – — : | and
// spaces again.
QStringView afterSeparator(QStringView rest, bool bracket) {
    if (bracket) {
        if (!rest.startsWith(u']'))
            return {};
        rest = rest.sliced(1);
    }
    rest = rest.trimmed();
    if (!rest.isEmpty() && (rest[0] == u'-' || rest[0] == QChar(0x2013) ||
                            rest[0] == QChar(0x2014) || rest[0] == u':' || rest[0] == u'|'))
        rest = rest.sliced(1).trimmed();
    return rest;
}

// "14:05-14:30 text" or "14:05 – 14:30 text": the end of a span, consumed from after.
std::optional<QTime> spanEnd(QStringView& after) {
    qsizetype i = 0;
    while (i < after.size() && after[i] == u' ')
        ++i;
    if (i >= after.size() || (after[i] != u'-' && after[i] != QChar(0x2013)))
        return std::nullopt;
    ++i;
    while (i < after.size() && after[i] == u' ')
        ++i;
    const auto end = scanDateTime(after.sliced(i));
    if (!end || end->date.isValid())
        return std::nullopt;
    after = after.sliced(i + end->length);
    return end->time;
}

// "2026-03-03" alone on a line, possibly as a Markdown heading.
QDate dateHeading(QStringView line) {
    QStringView s = line.trimmed();
    while (s.startsWith(u'#'))
        s = s.sliced(1);
    s = s.trimmed();
    if (s.size() != 10)
        return {};
    return QDate::fromString(s.toString(), Qt::ISODate);
}

} // namespace

ImportResult importNotes(const QByteArray& data, const ImportOptions& options) {
    ImportResult result;
    detail::ImportLines lines(data, options, result);
    QDate day =
        options.reference.isValid() ? options.reference.toTimeZone(options.zone).date() : QDate();
    // Wall-clock time of the previous event, to notice midnight.
    QDateTime previousLocal;
    // What continuation lines belong to: nothing yet, the last event, or an unreadable line.
    enum class Last { Nothing, Event, Problem } last = Last::Nothing;
    QByteArrayView bytes;
    while (lines.next(bytes)) {
        const int number = lines.lineNumber();
        const QString text = detail::decodeLine(bytes);
        const QStringView line(text);
        if (line.trimmed().isEmpty())
            continue;
        if (const QDate heading = dateHeading(line); heading.isValid()) {
            day = heading;
            previousLocal = QDateTime();
            continue;
        }
        bool bracket = false;
        const qsizetype start = skipBullet(line, bracket);
        const auto parts = scanDateTime(line.sliced(start));
        if (!parts) {
            if (last == Last::Nothing)
                result.problems.append(
                    detail::problem(number, QStringLiteral("text before the first time")));
            else if (last == Last::Event)
                result.events.last().text += u'\n' + line.trimmed();
            continue;
        }
        QStringView after = line.sliced(start + parts->length);
        const std::optional<QTime> until = spanEnd(after);
        const QStringView rest = afterSeparator(after, bracket);
        if (rest.isEmpty()) {
            result.problems.append(detail::problem(number, QStringLiteral("a time without text")));
            last = Last::Problem; // its continuation lines must not land on another event
            continue;
        }
        QDate date = parts->date;
        if (date.isValid()) {
            day = date;
        } else {
            if (!day.isValid()) {
                result.problems.append(
                    detail::problem(number, describeTimeError(TimeError::NoReference)));
                last = Last::Problem;
                continue;
            }
            date = day;
            const QDateTime local(date, parts->time, Qt::UTC);
            if (previousLocal.isValid() && local.msecsTo(previousLocal) > kRollOverMs) {
                date = date.addDays(1);
                day = date;
            }
        }
        std::optional<QDateTime> time;
        TimeError error = TimeError::None;
        if (parts->offsetSeconds) {
            time = fromEpochMillis(
                QDateTime(date, parts->time, Qt::OffsetFromUTC, *parts->offsetSeconds)
                    .toMSecsSinceEpoch());
        } else {
            switch (localTimeStatus(date, parts->time, options.zone)) {
            case LocalTimeStatus::Nonexistent:
                error = TimeError::Nonexistent;
                break;
            case LocalTimeStatus::Ambiguous:
                error = TimeError::Ambiguous;
                break;
            case LocalTimeStatus::Unique:
                time = resolveLocalTime(date, parts->time, options.zone);
                break;
            }
        }
        previousLocal = QDateTime(date, parts->time, Qt::UTC);
        if (!time) {
            result.problems.append(detail::problem(
                number, describeTimeError(error == TimeError::None ? TimeError::Syntax : error)));
            last = Last::Problem;
            continue;
        }
        ImportedEvent event;
        event.time = *time;
        if (until) {
            // The end is read like the start (same offset or zone); a span past midnight ends
            // the next day. An end that lands in a gap, or still before the start, is dropped.
            const QDate endDate = *until < parts->time ? date.addDays(1) : date;
            const std::optional<QDateTime> end =
                parts->offsetSeconds
                    ? fromEpochMillis(
                          QDateTime(endDate, *until, Qt::OffsetFromUTC, *parts->offsetSeconds)
                              .toMSecsSinceEpoch())
                    : resolveLocalTime(endDate, *until, options.zone, AmbiguityPolicy::Later);
            if (end && *end >= event.time)
                event.end = *end;
        }
        event.text = rest.toString();
        event.kind = QStringLiteral("observation");
        event.source = QStringLiteral("meeting_notes");
        event.line = number;
        result.events.append(event);
        last = Last::Event;
    }
    return result;
}

} // namespace causeway::timeline
