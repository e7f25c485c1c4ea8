#pragma once

#include "coach/Coach.h"
#include "model/Record.h"

#include <QList>
#include <QString>

namespace causeway {
struct Template;
}

namespace causeway::coach {

// A finding with the place it was found: which record, which field, and a label a reader
// can find it by ("Summary", "Timeline 14:05 UTC", "Action “Add an alert”").
struct LocatedFinding {
    QString recordId;
    QString recordKind; // postmortem, event, cause, action
    QString field;
    QString where;
    Finding finding;
};

struct LintReport {
    QString language;
    QList<LocatedFinding> findings;
};

// The participants' names (not in the trash) of the postmortem.
QStringList participantNames(const Postmortem& pm);

// Every narrative field (the template's text fields and the title), timeline description,
// cause statement and note, and action text (read as forward-looking) of the postmortem.
// With no template, every prose field of the postmortem is read.
LintReport lintPostmortem(const Postmortem& pm, const Template* tmpl, const Coach& coach);

// The language of a postmortem's text: German or English by its words, else the
// language of the user's locale when there are rules for it, else English.
QString postmortemLanguage(const Postmortem& pm);
QString defaultLanguage();

// "3 findings: 2 blame or judgement, 1 hindsight" style counts by category.
QString summarizeFindings(const QList<LocatedFinding>& findings);

// Installs the coach as the review checklist's blameless-language item. Both executables
// call this at start; the item fails while the postmortem has findings.
void registerLanguageReview();

} // namespace causeway::coach
