#pragma once

// Plumbing shared by the importers: line splitting with a size cap, progress and cancel,
// problems with line numbers, and log levels mapped to event kinds.

#include "timeline/import/ImportTypes.h"

#include <QByteArrayView>

namespace causeway::timeline::detail {

// A longer line is reported as a problem: no real log or note has one, a corrupt file may.
constexpr qsizetype kMaxLineBytes = 1024 * 1024;
constexpr int kProgressEvery = 1000;

// Calls options.progress every kProgressEvery steps and remembers a cancel.
class Progress {
public:
    Progress(const ImportOptions& options, qsizetype total);
    // One line or record done, position bytes (or items) of total read; false once cancelled.
    bool step(qsizetype position);
    bool cancelled() const { return m_cancelled; }

private:
    const ImportOptions& m_options;
    qsizetype m_total;
    int m_count = 0;
    bool m_cancelled = false;
};

// Splits bytes into lines (LF or CRLF), numbered from 1.
class LineReader {
public:
    explicit LineReader(QByteArrayView data);
    bool next(QByteArrayView& line);
    int lineNumber() const { return m_line; }
    qsizetype position() const { return m_pos; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_line = 0;
};

// The line loop every line-based importer shares: reports progress, skips over-long lines as
// problems, and stops early on cancel (setting result.cancelled).
class ImportLines {
public:
    ImportLines(QByteArrayView data, const ImportOptions& options, ImportResult& result);
    // The next line of acceptable length; false at the end or once cancelled.
    bool next(QByteArrayView& line);
    int lineNumber() const { return m_lines.lineNumber(); }

private:
    LineReader m_lines;
    Progress m_progress;
    ImportResult& m_result;
};

ImportProblem problem(int line, const QString& reason);
ImportProblem lineTooLong(int line);

// Text of a line: UTF-8, without a leading byte-order mark.
QString decodeLine(QByteArrayView line);

// Log severities as event kinds: emergency, alert, critical and error become "alert" (someone
// was or should have been paged); warning, notice, info, debug and anything unknown become
// "observation". Syslog numbers 0–7 and the names used by common loggers are understood.
QString kindForSyslogSeverity(int severity);
QString kindForLevelName(const QString& level);

} // namespace causeway::timeline::detail
