#include "review/AnalysisDue.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "store/Store.h"
#include "util/DisplayFormat.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace causeway {

namespace {
struct AnalysisDueText {
    Q_DECLARE_TR_FUNCTIONS(AnalysisDue)
};
} // namespace

AnalysisDueInputs analysisDueInputs(const Postmortem& pm) {
    AnalysisDueInputs in;
    in.status = pm.root.text(Field::Status);
    in.incidentEnd = parseCanonicalTime(pm.root.text(Field::IncidentEnd));
    in.timeZone = pm.root.text(Field::TimeZone);
    in.dueField = pm.root.text(ReviewRootField::AnalysisDue);
    return in;
}

AnalysisDueInputs analysisDueInputs(const PostmortemSummary& summary) {
    AnalysisDueInputs in;
    in.status = summary.status;
    in.incidentEnd = summary.incidentEnd;
    in.timeZone = summary.timeZone;
    in.dueField = summary.analysisDue;
    return in;
}

AnalysisDue analysisDue(const AnalysisDueInputs& in, const Policy& policy, const QDate& today) {
    AnalysisDue out;
    const QDate set = QDate::fromString(in.dueField, Qt::ISODate);
    if (set.isValid()) {
        out.due = set;
        out.fromField = true;
    } else if (in.incidentEnd.isValid()) {
        // The incident ended on a date where it was handled, not in UTC.
        const QTimeZone zone(in.timeZone.toUtf8());
        const QDateTime local =
            zone.isValid() ? in.incidentEnd.toTimeZone(zone) : in.incidentEnd.toUTC();
        out.due = addBusinessDays(local.date(), policy.analysisDueBusinessDays);
        out.businessDays = policy.analysisDueBusinessDays;
    }
    const bool finished = Workflow::isLocked(in.status);
    if (out.due.isValid() && !finished && today > out.due) {
        out.late = true;
        out.daysLate = int(out.due.daysTo(today));
    }
    return out;
}

QString AnalysisDue::describe() const {
    if (!due.isValid())
        return AnalysisDueText::tr("No due date: set the incident end or a due date.");
    const QString date = due.toString(displayDateFormat());
    // Singular and plural spelled out: the tests and the CLI run without a translation.
    if (late)
        return daysLate == 1
                   ? AnalysisDueText::tr("Late: the analysis was due %1 (1 day ago).").arg(date)
                   : AnalysisDueText::tr("Late: the analysis was due %1 (%2 days ago).")
                         .arg(date)
                         .arg(daysLate);
    if (fromField)
        return AnalysisDueText::tr("Due %1 (set for this postmortem).").arg(date);
    return businessDays == 1
               ? AnalysisDueText::tr("Due %1 (1 business day after the incident ended).").arg(date)
               : AnalysisDueText::tr("Due %1 (%2 business days after the incident ended).")
                     .arg(date)
                     .arg(businessDays);
}

} // namespace causeway
