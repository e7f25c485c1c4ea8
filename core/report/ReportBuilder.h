#pragma once

#include "report/Confidentiality.h"
#include "report/Report.h"
#include "store/AuditLog.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace causeway {

struct Template;

struct ReportOptions {
    ReportProfile profile = ReportProfile::Full;
    bool fullTimeline = false; // every event, not only the key events
    bool auditTrail = false;   // the appendix with the audit entries (Full only)
    QDateTime generatedAt;     // UTC; invalid: now. Tests fix it.
};

struct ReportInputs {
    const Template* tmpl = nullptr; // for field labels and the fishbone categories
    QList<AuditEntry> auditTrail;   // the postmortem's entries, when options.auditTrail
};

// Builds the report of a postmortem (with its children and signatures) for one profile.
// Everything shown comes from redact(pm, options.profile); only the signature checks and
// the content hash are computed on the full record, as that is what was signed.
// Fails only for an option the profile forbids (the audit trail outside Full).
Result<Report> buildReport(const Postmortem& pm, const ReportInputs& inputs,
                           const ReportOptions& options);

} // namespace causeway
