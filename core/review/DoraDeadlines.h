#pragma once

#include "model/Record.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace causeway {

// DORA (EU 2022/2554) major-incident reporting deadlines for the regulated template, from
// the classification time and the detection time: the initial report is due 4 hours after
// classification and at the latest 24 hours after detection, the intermediate report 72
// hours after the initial one, the final report one month after the intermediate one.
// Causeway only shows the dates; it never submits anything.
namespace DoraField {
inline const QString ClassificationTime = QStringLiteral("classification_time");
inline const QString Detected = QStringLiteral("phase_detected"); // the detection phase marker
} // namespace DoraField

struct DoraDeadlines {
    QDateTime classification; // UTC, invalid when missing
    QDateTime detection;
    QDateTime initial; // all invalid unless both inputs are there
    QDateTime intermediate;
    QDateTime final;
    bool cappedByDetection = false; // detection + 24 h came before classification + 4 h
    QStringList missing;            // translated names of the missing inputs

    bool complete() const { return missing.isEmpty(); }
};

// Whether the postmortem's template reports under DORA.
bool usesDoraDeadlines(const Postmortem& pm);
DoraDeadlines doraDeadlines(const Postmortem& pm);
DoraDeadlines doraDeadlines(const QDateTime& classification, const QDateTime& detection);
// "Missing: the classification time" (translated) or empty.
QString doraMissingText(const DoraDeadlines& d);

} // namespace causeway
