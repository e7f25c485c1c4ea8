#include "dashboard/MonthChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace causeway {

namespace {

// Colour-blind-safe hues (Tableau 10), one per duration, always in this order.
const QColor kBarColors[3] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                              QColor(0x59, 0xa1, 0x4f)};

std::optional<double> valueOf(const MonthMetrics& m, int series) {
    switch (series) {
    case 0:
        return m.detectMedianMinutes;
    case 1:
        return m.mitigateMedianMinutes;
    default:
        return m.resolveMedianMinutes;
    }
}

QString valueText(double minutes) {
    // Medians of two values end in .5: shown, so the bar and the table agree.
    return QLocale().toString(minutes, 'f', minutes != std::floor(minutes) ? 1 : 0);
}

} // namespace

double niceAxisStep(double maximum, int ticks) {
    if (maximum <= 0 || ticks <= 0)
        return 1;
    const double raw = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

MonthChart::MonthChart(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Median time to detect, mitigate and resolve per month"));
}

void MonthChart::setMonths(const QList<MonthMetrics>& months) {
    m_months = months;
    updateGeometry();
    update();
}

double MonthChart::axisStep() const {
    double maximum = 0;
    for (const MonthMetrics& m : m_months) {
        for (int s = 0; s < 3; ++s)
            maximum = std::max(maximum, valueOf(m, s).value_or(0));
    }
    return maximum > 0 ? niceAxisStep(maximum) : 0;
}

double MonthChart::axisMaximum() const {
    const double step = axisStep();
    if (step <= 0)
        return 0;
    double maximum = 0;
    for (const MonthMetrics& m : m_months) {
        for (int s = 0; s < 3; ++s)
            maximum = std::max(maximum, valueOf(m, s).value_or(0));
    }
    return std::ceil(maximum / step) * step;
}

QSize MonthChart::sizeHint() const {
    return {std::max(480, 90 * int(m_months.size()) + 80), 260};
}

QSize MonthChart::minimumSizeHint() const {
    return {320, 200};
}

void MonthChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const int lineH = fm.height();

    // Legend along the top.
    const QString names[3] = {tr("Time to detect"), tr("Time to mitigate"), tr("Time to resolve")};
    int x = 8;
    const int legendY = 6;
    for (int s = 0; s < 3; ++s) {
        p.fillRect(QRect(x, legendY + (lineH - 10) / 2, 10, 10), kBarColors[s]);
        x += 14;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPoint(x, legendY + fm.ascent()), names[s]);
        x += fm.horizontalAdvance(names[s]) + 18;
    }
    p.drawText(QPoint(x, legendY + fm.ascent()),
               tr("(median minutes per month of incident start)"));

    const double top = axisMaximum();
    if (m_months.isEmpty() || top <= 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   tr("No incident in this selection has phase markers to measure."));
        return;
    }
    const double step = axisStep();
    const QLocale locale;
    int labelW = fm.horizontalAdvance(locale.toString(top, 'f', 0));
    const QRect plot(labelW + 16, legendY + 2 * lineH + 4, width() - labelW - 16 - 10,
                     height() - (legendY + 2 * lineH + 4) - 2 * lineH - 10);
    if (plot.height() < 20 || plot.width() < 40)
        return;

    // Value axis: gridlines and labels from zero.
    const auto yOf = [&](double v) {
        return plot.bottom() - v / top * plot.height();
    };
    for (double v = 0; v <= top + step / 2; v += step) {
        const int y = int(std::lround(yOf(v)));
        p.setPen(QPen(pal.color(QPalette::Mid), 0, v == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y - lineH / 2, plot.left() - 6, lineH),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', 0));
    }

    // Bars, three per month, with their values.
    const double groupW = double(plot.width()) / m_months.size();
    const double barW = std::min(36.0, groupW * 0.8 / 3);
    for (int i = 0; i < m_months.size(); ++i) {
        const MonthMetrics& m = m_months.at(i);
        const double groupX = plot.left() + i * groupW + (groupW - 3 * barW) / 2;
        for (int s = 0; s < 3; ++s) {
            const QRectF slot(groupX + s * barW, plot.top(), barW, plot.height());
            const std::optional<double> v = valueOf(m, s);
            p.setPen(pal.color(QPalette::Text));
            if (!v) {
                p.drawText(QRectF(slot.left() - 4, plot.bottom() - lineH - 2, barW + 8, lineH),
                           Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("–"));
                continue;
            }
            const double y = yOf(*v);
            const QRectF bar(slot.left() + 1, y, barW - 2, plot.bottom() - y);
            p.fillRect(bar, kBarColors[s]);
            const QString text = valueText(*v);
            const double textW = std::max<double>(barW + 8, fm.horizontalAdvance(text) + 2);
            p.drawText(QRectF(slot.center().x() - textW / 2, y - lineH - 1, textW, lineH),
                       Qt::AlignHCenter | Qt::AlignBottom, text);
        }
        // Month and its number of incidents under the axis.
        const QRectF label(plot.left() + i * groupW, plot.bottom() + 4, groupW, lineH);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop,
                   locale.toString(m.month, QStringLiteral("MMM yyyy")));
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(label.translated(0, lineH), Qt::AlignHCenter | Qt::AlignTop,
                   tr("n = %1").arg(m.incidents));
    }
}

} // namespace causeway
