#include "review/DoraDeadlines.h"

#include "model/CanonicalJson.h"

#include <QCoreApplication>

namespace causeway {

namespace {
struct DoraText {
    Q_DECLARE_TR_FUNCTIONS(DoraDeadlines)
};
} // namespace

bool usesDoraDeadlines(const Postmortem& pm) {
    return pm.templateId() == u"regulated";
}

DoraDeadlines doraDeadlines(const Postmortem& pm) {
    return doraDeadlines(parseCanonicalTime(pm.root.text(DoraField::ClassificationTime)),
                         parseCanonicalTime(pm.root.text(DoraField::Detected)));
}

DoraDeadlines doraDeadlines(const QDateTime& classification, const QDateTime& detection) {
    DoraDeadlines d;
    d.classification = classification.isValid() ? classification.toUTC() : QDateTime();
    d.detection = detection.isValid() ? detection.toUTC() : QDateTime();
    if (!d.classification.isValid())
        d.missing.append(DoraText::tr("the classification time (Regulatory reporting → "
                                      "Classified as major at)"));
    if (!d.detection.isValid())
        d.missing.append(DoraText::tr("the detection time (the Detected marker on the timeline)"));
    if (!d.complete())
        return d;
    const QDateTime afterClassification = d.classification.addSecs(4 * 3600);
    const QDateTime afterDetection = d.detection.addSecs(24 * 3600);
    d.cappedByDetection = afterDetection < afterClassification;
    d.initial = d.cappedByDetection ? afterDetection : afterClassification;
    d.intermediate = d.initial.addSecs(72 * 3600);
    // Calendar month in UTC: 31 January + 1 month is the last day of February.
    d.final = d.intermediate.addMonths(1);
    return d;
}

QString doraMissingText(const DoraDeadlines& d) {
    if (d.complete())
        return {};
    return DoraText::tr("The reporting deadlines need %1.")
        .arg(d.missing.join(DoraText::tr(" and ")));
}

} // namespace causeway
