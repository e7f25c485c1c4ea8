#include "timeline/import/ImportSupport.h"

#include <algorithm>

namespace causeway::timeline::detail {

Progress::Progress(const ImportOptions& options, qsizetype total)
    : m_options(options)
    , m_total(std::max<qsizetype>(total, 1)) {}

bool Progress::step(qsizetype position) {
    if (m_cancelled)
        return false;
    if (++m_count % kProgressEvery != 0 || !m_options.progress)
        return true;
    const int percent =
        static_cast<int>(std::clamp<qsizetype>(position * 100 / m_total, qsizetype(0), 100));
    m_cancelled = !m_options.progress(percent);
    return !m_cancelled;
}

LineReader::LineReader(QByteArrayView data)
    : m_data(data) {}

bool LineReader::next(QByteArrayView& line) {
    if (m_pos >= m_data.size())
        return false;
    qsizetype end = m_data.indexOf('\n', m_pos);
    const qsizetype next = end < 0 ? m_data.size() : end + 1;
    if (end < 0)
        end = m_data.size();
    line = m_data.sliced(m_pos, end - m_pos);
    if (line.endsWith('\r'))
        line.chop(1);
    m_pos = next;
    ++m_line;
    return true;
}

ImportProblem problem(int line, const QString& reason) {
    return ImportProblem{line, QStringLiteral("line %1: %2").arg(line).arg(reason)};
}

ImportProblem lineTooLong(int line) {
    return problem(line, QStringLiteral("longer than 1 MiB; skipped"));
}

ImportLines::ImportLines(QByteArrayView data, const ImportOptions& options, ImportResult& result)
    : m_lines(data)
    , m_progress(options, data.size())
    , m_result(result) {}

bool ImportLines::next(QByteArrayView& line) {
    while (m_lines.next(line)) {
        if (!m_progress.step(m_lines.position())) {
            m_result.cancelled = true;
            return false;
        }
        if (line.size() <= kMaxLineBytes)
            return true;
        m_result.problems.append(lineTooLong(m_lines.lineNumber()));
    }
    return false;
}

QString decodeLine(QByteArrayView line) {
    if (line.startsWith("\xEF\xBB\xBF"))
        line = line.sliced(3);
    return QString::fromUtf8(line);
}

QString kindForSyslogSeverity(int severity) {
    return severity >= 0 && severity <= 3 ? QStringLiteral("alert") : QStringLiteral("observation");
}

QString kindForLevelName(const QString& level) {
    const QString l = level.trimmed().toLower();
    bool isNumber = false;
    const int number = l.toInt(&isNumber);
    if (isNumber) {
        // pino/bunyan levels are 10–60 (50 error, 60 fatal); syslog numbers are 0–7.
        if (number >= 10)
            return number >= 50 ? QStringLiteral("alert") : QStringLiteral("observation");
        return kindForSyslogSeverity(number);
    }
    static const QStringList alerting{QStringLiteral("emerg"), QStringLiteral("emergency"),
                                      QStringLiteral("panic"), QStringLiteral("alert"),
                                      QStringLiteral("crit"),  QStringLiteral("critical"),
                                      QStringLiteral("fatal"), QStringLiteral("err"),
                                      QStringLiteral("error"), QStringLiteral("severe")};
    return alerting.contains(l) ? QStringLiteral("alert") : QStringLiteral("observation");
}

} // namespace causeway::timeline::detail
