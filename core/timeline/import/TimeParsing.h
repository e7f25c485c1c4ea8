#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace causeway::timeline {

// Whether a wall-clock time names one instant in a zone. Around daylight-saving changes a
// local time can be missing (spring gap) or occur twice (autumn fold); the user decides then.
enum class LocalTimeStatus { Unique, Ambiguous, Nonexistent };
enum class AmbiguityPolicy { Reject, Earlier, Later };

LocalTimeStatus localTimeStatus(QDate date, QTime time, const QTimeZone& zone);

// The instant of a wall-clock time in zone; nullopt in a gap, or in a fold under Reject.
std::optional<QDateTime> resolveLocalTime(QDate date, QTime time, const QTimeZone& zone,
                                          AmbiguityPolicy policy = AmbiguityPolicy::Reject);

// The pieces of a date-time written at the start of a text, before any zone is applied.
struct TimeParts {
    QDate date; // invalid when the text gave only a time of day
    QTime time;
    std::optional<int> offsetSeconds; // set when the text named Z or a UTC offset
    qsizetype length = 0;             // characters consumed
};

// Reads `14:05`, `14:05:30.250`, `2026-03-02 14:05`, `2026-03-02T14:05:30.123+01:00`, `...Z`
// at the start of text. Stops at the first character that does not belong to the time.
std::optional<TimeParts> scanDateTime(QStringView text);

enum class TimeError { None, Syntax, NoReference, Nonexistent, Ambiguous };

struct ParsedTime {
    std::optional<QDateTime> time; // UTC
    TimeError error = TimeError::None;
};

// One place that turns user and file times into UTC instants. Accepts what scanDateTime
// reads (the whole text, surrounding spaces aside) and relative `+5m`, `-30s`, `+1h`, `+2d`
// counted from reference. Zone-less times are wall-clock times in zone; a bare time of day
// takes the date of reference in zone.
ParsedTime parseUserTimeDetailed(const QString& text, const QTimeZone& zone,
                                 const QDateTime& reference,
                                 AmbiguityPolicy policy = AmbiguityPolicy::Reject);
std::optional<QDateTime> parseUserTime(const QString& text, const QTimeZone& zone,
                                       const QDateTime& reference,
                                       AmbiguityPolicy policy = AmbiguityPolicy::Reject);

// A sentence naming the error, for import problems and editor messages.
QString describeTimeError(TimeError error);

// Epoch helpers; all return UTC and nullopt outside years 1900–9999.
std::optional<QDateTime> fromEpochMillis(qint64 ms);
std::optional<QDateTime> fromEpochMicros(qint64 us);
// "1772460330.123456" (Slack ts, Python time.time()): exact decimal, no float rounding.
std::optional<QDateTime> fromEpochSecondsText(QStringView text);
// A JSON number whose unit is guessed from its size: seconds, ms, µs or ns since 1970.
std::optional<QDateTime> fromEpochNumber(double value);

} // namespace causeway::timeline
