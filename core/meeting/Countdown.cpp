#include "meeting/Countdown.h"

#include <utility>

namespace causeway {

namespace {
QString clockText(qint64 seconds) {
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    const QString mm = QString::number(m).rightJustified(2, u'0');
    const QString ss = QString::number(s).rightJustified(2, u'0');
    if (h > 0)
        return QString::number(h) + u':' + mm + u':' + ss;
    return QString::number(m) + u':' + ss;
}
} // namespace

Countdown::Countdown(Clock clock)
    : m_clock(std::move(clock)) {}

void Countdown::start() {
    if (m_running)
        return;
    m_startedAt = m_clock();
    m_running = true;
}

void Countdown::pause() {
    if (!m_running)
        return;
    m_accumulatedMs += m_clock() - m_startedAt;
    m_running = false;
}

void Countdown::reset(qint64 elapsedMs) {
    m_running = false;
    m_accumulatedMs = elapsedMs < 0 ? 0 : elapsedMs;
}

qint64 Countdown::elapsed() const {
    return m_accumulatedMs + (m_running ? m_clock() - m_startedAt : 0);
}

QString Countdown::display() const {
    return formatRemaining(remaining());
}

QString Countdown::formatRemaining(qint64 remainingMs) {
    if (remainingMs < 0)
        return u'+' + clockText(-remainingMs / 1000); // whole seconds over, rounded down
    return clockText((remainingMs + 999) / 1000);     // whole seconds left, rounded up
}

} // namespace causeway
