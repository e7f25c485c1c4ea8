#pragma once

#include "metrics/Metrics.h"

#include <QWidget>

namespace causeway {

// Median time to detect, mitigate and resolve per month as grouped bars, drawn with
// QPainter: a zero-based axis in minutes, the value above each bar, "–" where a month has
// no duration of that kind, and the number of incidents under each month. Honest and
// plain on purpose: no 3D, no smoothing, no truncated axis.
class MonthChart : public QWidget {
    Q_OBJECT
public:
    explicit MonthChart(QWidget* parent = nullptr);

    void setMonths(const QList<MonthMetrics>& months);
    const QList<MonthMetrics>& months() const { return m_months; }
    // The top of the value axis in minutes (0 when there is nothing to draw): a round
    // number at or above the largest median.
    double axisMaximum() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double axisStep() const;
    QList<MonthMetrics> m_months;
};

// A round step for an axis covering 0..maximum in about `ticks` steps (1, 2, 5 × 10^k).
double niceAxisStep(double maximum, int ticks = 4);

} // namespace causeway
