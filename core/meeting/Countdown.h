#pragma once

#include <QString>

#include <functional>

namespace causeway {

// The countdown of one agenda item: a timebox, the time spent so far and whether the
// clock runs. It reads time only through the clock it is given (milliseconds from any
// fixed point, such as QElapsedTimer or a test's fake), so it never drifts with the wall
// clock and tests can move time by hand.
class Countdown {
public:
    using Clock = std::function<qint64()>;

    explicit Countdown(Clock clock);

    void setTimebox(qint64 ms) { m_timeboxMs = ms; }
    qint64 timebox() const { return m_timeboxMs; }

    void start();
    void pause();
    bool isRunning() const { return m_running; }
    // Stops and sets the time spent (an item returned to keeps what it had).
    void reset(qint64 elapsedMs = 0);

    qint64 elapsed() const;
    // Negative once over time.
    qint64 remaining() const { return m_timeboxMs - elapsed(); }
    bool isOverTime() const { return remaining() < 0; }
    // 0 when within the timebox.
    qint64 overtime() const { return isOverTime() ? -remaining() : 0; }

    // "12:05" while time remains (rounded up, so 0:00 shows only when it is up),
    // "+1:30" once over; hours appear as "1:02:05".
    QString display() const;
    static QString formatRemaining(qint64 remainingMs);

private:
    Clock m_clock;
    qint64 m_timeboxMs = 0;
    qint64 m_accumulatedMs = 0; // before the current run
    qint64 m_startedAt = 0;
    bool m_running = false;
};

} // namespace causeway
