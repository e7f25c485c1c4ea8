#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace causeway::timeline {

enum class ImportFormat { Auto, Csv, JsonLines, Slack, Syslog, Notes };

// One event read from a file, before it becomes a record.
struct ImportedEvent {
    QDateTime time; // UTC
    QDateTime end;  // UTC; invalid for an instant
    QString kind;   // an EventVocabulary::kinds() key
    QString source; // an EventVocabulary::sources() key
    QString actor;
    QString text;
    int line = 0; // 1-based line (or message index for Slack) in the input, for messages
};

struct ImportProblem {
    int line = 0;
    QString reason; // names the problem: "line 12: no time in column \"when\""
};

// CSV column mapping: the column index (0-based) of each role, -1 when absent.
struct CsvMapping {
    int time = -1;
    int end = -1;
    int text = -1;
    int kind = -1;
    int source = -1;
    int actor = -1;
    QChar delimiter;       // null = detect
    bool hasHeader = true; // detected when mapping is guessed
};

struct ImportOptions {
    // Zone of zone-less times in the input (CSV, notes, RFC 3164 syslog).
    QTimeZone zone = QTimeZone::utc();
    // The incident's start: gives the year of RFC 3164 lines and the date of "14:05" notes.
    QDateTime reference;
    std::optional<CsvMapping> csvMapping; // guessed from the header when empty
    // The channel to read from a Slack export of several channels (see slackChannels()).
    QString slackChannel;
    // Called now and then with the share done (0–100); returning false cancels the import.
    std::function<bool(int percent)> progress;
};

struct ImportResult {
    QList<ImportedEvent> events;
    QList<ImportProblem> problems; // unreadable lines, with their numbers and reasons
    bool cancelled = false;
    QString error; // the whole input was unusable (not a zip, not a Slack export, ...)
};

} // namespace causeway::timeline
