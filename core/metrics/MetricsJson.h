#pragma once

#include "metrics/Metrics.h"

#include <QJsonObject>

namespace causeway {

// The machine form of a metrics report: every figure with its n, the filter, the months and
// the rows behind the figures. Numbers that cannot be computed (n = 0) are null. Times are
// canonical UTC, dates yyyy-MM-dd.
QJsonObject metricsJson(const MetricsReport& report);

} // namespace causeway
