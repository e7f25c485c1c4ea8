#pragma once

#include "model/Record.h"
#include "util/Policy.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace causeway {

struct PostmortemSummary;

// When the analysis of a postmortem is due, because analyses done too late lose their
// context: the postmortem's own due date if set, else the incident end (its date in the
// postmortem's time zone) plus the policy's business days.
struct AnalysisDueInputs {
    QString status;
    QDateTime incidentEnd; // UTC
    QString timeZone;      // IANA id; empty: UTC
    QString dueField;      // the stored analysis_due date, yyyy-MM-dd
};
AnalysisDueInputs analysisDueInputs(const Postmortem& pm);
AnalysisDueInputs analysisDueInputs(const PostmortemSummary& summary);

struct AnalysisDue {
    QDate due;              // invalid: no due date (no incident end and none set)
    bool fromField = false; // set by hand rather than computed
    bool late = false;      // not approved or published, and today is after the due date
    int daysLate = 0;
    int businessDays = 0; // the policy's, when computed
    // "Due 2026-03-12 (5 business days after the incident ended)" / "Late since …"; translated.
    QString describe() const;
};
AnalysisDue analysisDue(const AnalysisDueInputs& inputs, const Policy& policy, const QDate& today);

} // namespace causeway
