#include "timeline/import/TimeParsing.h"

#include <algorithm>
#include <cmath>

namespace causeway::timeline {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: outside them a time is a parse accident.
constexpr qint64 kMinMs = -2208988800000LL;
constexpr qint64 kMaxMs = 253402300799999LL;

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// Reads up to maxCount ASCII digits at i; returns how many were read.
int readDigits(QStringView s, qsizetype& i, int maxCount, int& value) {
    int count = 0;
    value = 0;
    while (i < s.size() && count < maxCount && isDigit(s[i])) {
        value = value * 10 + (s[i].unicode() - u'0');
        ++i;
        ++count;
    }
    return count;
}

bool expect(QStringView s, qsizetype& i, QChar c) {
    if (i < s.size() && s[i] == c) {
        ++i;
        return true;
    }
    return false;
}

std::optional<QTime> scanTimeOfDay(QStringView s, qsizetype& i) {
    int hour = 0, minute = 0, second = 0, ms = 0;
    if (readDigits(s, i, 2, hour) == 0 || !expect(s, i, u':') || readDigits(s, i, 2, minute) != 2)
        return std::nullopt;
    if (i + 1 < s.size() && s[i] == u':' && isDigit(s[i + 1])) {
        ++i;
        if (readDigits(s, i, 2, second) != 2)
            return std::nullopt;
        if (i + 1 < s.size() && (s[i] == u'.' || s[i] == u',') && isDigit(s[i + 1])) {
            ++i;
            int digits = 0;
            // Milliseconds from the first three digits; finer digits are read and dropped.
            while (i < s.size() && isDigit(s[i])) {
                if (digits < 3)
                    ms = ms * 10 + (s[i].unicode() - u'0');
                ++digits;
                ++i;
                if (digits > 12)
                    return std::nullopt;
            }
            for (int d = digits; d < 3; ++d)
                ms *= 10;
        }
    }
    if (second == 60) { // a leap second: the last millisecond before it is close enough
        second = 59;
        ms = 999;
    }
    const QTime time(hour, minute, second, ms);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::optional<int> scanOffset(QStringView s, qsizetype& i) {
    if (i >= s.size())
        return std::nullopt;
    if (s[i] == u'Z' || s[i] == u'z') {
        ++i;
        return 0;
    }
    if ((s[i] != u'+' && s[i] != u'-' && s[i] != QChar(0x2212)) || i + 1 >= s.size() ||
        !isDigit(s[i + 1]))
        return std::nullopt;
    const int sign = s[i] == u'+' ? 1 : -1;
    qsizetype j = i + 1;
    int hours = 0, minutes = 0;
    if (readDigits(s, j, 2, hours) != 2)
        return std::nullopt;
    const qsizetype beforeMinutes = j;
    expect(s, j, u':');
    if (readDigits(s, j, 2, minutes) != 2) {
        minutes = 0;
        j = beforeMinutes;
    }
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    i = j;
    return sign * (hours * 3600 + minutes * 60);
}

// Instants a wall-clock time can name in zone, earliest first: none in a gap, two in a fold.
// Transitions are months apart, so the offsets a day either side cover every case.
int localCandidates(QDate date, QTime time, const QTimeZone& zone, qint64 (&out)[2]) {
    const QDateTime naive(date, time, Qt::UTC);
    if (!naive.isValid() || !zone.isValid())
        return 0;
    const qint64 naiveMs = naive.toMSecsSinceEpoch();
    if (naiveMs < kMinMs + kDayMs || naiveMs > kMaxMs - kDayMs)
        return 0;
    if (!zone.hasTransitions()) {
        out[0] = naiveMs - qint64(zone.offsetFromUtc(naive)) * 1000;
        return 1;
    }
    int count = 0;
    for (const qint64 probe : {naiveMs - kDayMs, naiveMs + kDayMs}) {
        const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, Qt::UTC));
        const qint64 instant = naiveMs - qint64(offset) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC)) != offset)
            continue;
        if (count == 1 && out[0] == instant)
            continue;
        out[count++] = instant;
    }
    if (count == 2 && out[1] < out[0])
        std::swap(out[0], out[1]);
    return count;
}

std::optional<QDateTime> checkedUtc(qint64 ms) {
    if (ms < kMinMs || ms > kMaxMs)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

ParsedTime fail(TimeError error) {
    return ParsedTime{std::nullopt, error};
}

ParsedTime parseRelative(QStringView s, const QDateTime& reference) {
    const int sign = s[0] == u'+' ? 1 : -1;
    qsizetype i = 1;
    while (i < s.size() && s[i].isSpace())
        ++i;
    const qsizetype numberStart = i;
    while (i < s.size() && (isDigit(s[i]) || s[i] == u'.'))
        ++i;
    bool ok = false;
    const double amount = s.mid(numberStart, i - numberStart).toDouble(&ok);
    if (!ok || i - numberStart > 12)
        return fail(TimeError::Syntax);
    while (i < s.size() && s[i].isSpace())
        ++i;
    const QString unit = s.mid(i).toString().toLower();
    double unitMs = 0;
    if (unit == u"s" || unit == u"sec" || unit == u"secs" || unit == u"second" ||
        unit == u"seconds")
        unitMs = 1000;
    else if (unit == u"m" || unit == u"min" || unit == u"mins" || unit == u"minute" ||
             unit == u"minutes")
        unitMs = 60 * 1000;
    else if (unit == u"h" || unit == u"hr" || unit == u"hrs" || unit == u"hour" || unit == u"hours")
        unitMs = 3600 * 1000;
    else if (unit == u"d" || unit == u"day" || unit == u"days")
        unitMs = 24 * 3600 * 1000;
    else
        return fail(TimeError::Syntax);
    if (!reference.isValid())
        return fail(TimeError::NoReference);
    const double deltaMs = sign * amount * unitMs;
    if (!std::isfinite(deltaMs) || std::fabs(deltaMs) > 1e13)
        return fail(TimeError::Syntax);
    const auto result =
        checkedUtc(reference.toMSecsSinceEpoch() + static_cast<qint64>(std::llround(deltaMs)));
    return result ? ParsedTime{result, TimeError::None} : fail(TimeError::Syntax);
}

} // namespace

LocalTimeStatus localTimeStatus(QDate date, QTime time, const QTimeZone& zone) {
    qint64 candidates[2] = {0, 0};
    switch (localCandidates(date, time, zone, candidates)) {
    case 0:
        return LocalTimeStatus::Nonexistent;
    case 1:
        return LocalTimeStatus::Unique;
    default:
        return LocalTimeStatus::Ambiguous;
    }
}

std::optional<QDateTime> resolveLocalTime(QDate date, QTime time, const QTimeZone& zone,
                                          AmbiguityPolicy policy) {
    qint64 candidates[2] = {0, 0};
    const int count = localCandidates(date, time, zone, candidates);
    if (count == 0 || (count == 2 && policy == AmbiguityPolicy::Reject))
        return std::nullopt;
    return checkedUtc(count == 2 && policy == AmbiguityPolicy::Later ? candidates[1]
                                                                     : candidates[0]);
}

std::optional<TimeParts> scanDateTime(QStringView text) {
    TimeParts parts;
    qsizetype i = 0;
    int year = 0, month = 0, day = 0;
    if (readDigits(text, i, 4, year) == 4 && expect(text, i, u'-')) {
        if (readDigits(text, i, 2, month) != 2 || !expect(text, i, u'-') ||
            readDigits(text, i, 2, day) != 2)
            return std::nullopt;
        parts.date = QDate(year, month, day);
        if (!parts.date.isValid() || i >= text.size() ||
            (text[i] != u'T' && text[i] != u't' && text[i] != u' '))
            return std::nullopt;
        ++i;
    } else {
        i = 0;
    }
    const auto time = scanTimeOfDay(text, i);
    if (!time)
        return std::nullopt;
    parts.time = *time;
    // Offsets only after a full date: "14:05-14:30" is a span in notes, not UTC-14:30.
    if (parts.date.isValid())
        parts.offsetSeconds = scanOffset(text, i);
    // "14:05x" or "14:05:3" is not a time followed by text.
    if (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u':'))
        return std::nullopt;
    parts.length = i;
    return parts;
}

ParsedTime parseUserTimeDetailed(const QString& text, const QTimeZone& zone,
                                 const QDateTime& reference, AmbiguityPolicy policy) {
    const QStringView s = QStringView(text).trimmed();
    if (s.isEmpty() || s.size() > 100)
        return fail(TimeError::Syntax);
    if (s[0] == u'+' || s[0] == u'-')
        return parseRelative(s, reference);
    const auto parts = scanDateTime(s);
    if (!parts || parts->length != s.size())
        return fail(TimeError::Syntax);
    if (parts->offsetSeconds) {
        QDate date = parts->date;
        if (!date.isValid()) {
            if (!reference.isValid())
                return fail(TimeError::NoReference);
            date = reference.toOffsetFromUtc(*parts->offsetSeconds).date();
        }
        const QDateTime local(date, parts->time, Qt::OffsetFromUTC, *parts->offsetSeconds);
        const auto result = checkedUtc(local.toMSecsSinceEpoch());
        return result ? ParsedTime{result, TimeError::None} : fail(TimeError::Syntax);
    }
    QDate date = parts->date;
    if (!date.isValid()) {
        if (!reference.isValid())
            return fail(TimeError::NoReference);
        date = reference.toTimeZone(zone).date();
    }
    switch (localTimeStatus(date, parts->time, zone)) {
    case LocalTimeStatus::Nonexistent:
        return fail(TimeError::Nonexistent);
    case LocalTimeStatus::Ambiguous:
        if (policy == AmbiguityPolicy::Reject)
            return fail(TimeError::Ambiguous);
        break;
    case LocalTimeStatus::Unique:
        break;
    }
    const auto result = resolveLocalTime(date, parts->time, zone, policy);
    return result ? ParsedTime{result, TimeError::None} : fail(TimeError::Syntax);
}

std::optional<QDateTime> parseUserTime(const QString& text, const QTimeZone& zone,
                                       const QDateTime& reference, AmbiguityPolicy policy) {
    return parseUserTimeDetailed(text, zone, reference, policy).time;
}

QString describeTimeError(TimeError error) {
    switch (error) {
    case TimeError::None:
        return {};
    case TimeError::Syntax:
        return QStringLiteral("not a time (expected 14:05, 2026-03-02 14:05, ISO 8601 or +5m)");
    case TimeError::NoReference:
        return QStringLiteral("the time has no date and no incident start was given");
    case TimeError::Nonexistent:
        return QStringLiteral("this local time does not exist (daylight-saving gap)");
    case TimeError::Ambiguous:
        return QStringLiteral("this local time occurs twice (daylight-saving change): "
                              "add a UTC offset");
    }
    return {};
}

std::optional<QDateTime> fromEpochMillis(qint64 ms) {
    return checkedUtc(ms);
}

std::optional<QDateTime> fromEpochMicros(qint64 us) {
    if (us < kMinMs * 1000 || us > kMaxMs * 1000)
        return std::nullopt;
    // Floor, so that -1 µs is still before the epoch.
    return checkedUtc(us >= 0 ? us / 1000 : (us - 999) / 1000);
}

std::optional<QDateTime> fromEpochSecondsText(QStringView text) {
    const QStringView s = text.trimmed();
    qsizetype i = 0;
    qint64 seconds = 0;
    int digits = 0;
    while (i < s.size() && isDigit(s[i])) {
        seconds = seconds * 10 + (s[i].unicode() - u'0');
        ++i;
        if (++digits > 12)
            return std::nullopt;
    }
    if (digits == 0)
        return std::nullopt;
    qint64 ms = 0;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        int fraction = 0;
        while (i < s.size() && isDigit(s[i])) {
            if (fraction < 3)
                ms = ms * 10 + (s[i].unicode() - u'0');
            ++i;
            if (++fraction > 12)
                return std::nullopt;
        }
        for (int d = fraction; d < 3; ++d)
            ms *= 10;
    }
    if (i != s.size())
        return std::nullopt;
    return checkedUtc(seconds * 1000 + ms);
}

std::optional<QDateTime> fromEpochNumber(double value) {
    if (!std::isfinite(value) || value < 0 || value > 1e20)
        return std::nullopt;
    double ms = 0;
    if (value < 1e11) // seconds until the year 5138
        ms = value * 1000;
    else if (value < 1e14)
        ms = value;
    else if (value < 1e17)
        ms = value / 1000;
    else
        ms = value / 1e6;
    return checkedUtc(static_cast<qint64>(std::floor(ms)));
}

} // namespace causeway::timeline
