#pragma once

#include "model/Record.h"
#include "review/ReviewChecklist.h"
#include "store/ChangeSet.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace causeway {

class PostmortemDocument;
class Store;

// The review workflow: Draft → In review → Approved → Published, with Return (in review →
// draft) and Reopen (approved or published → draft, with a written reason). The state is
// the postmortem's "status" field; each transition is ONE store commit that changes the
// status and adds a review record (kind "review") with from, to, at, by and reason, so the
// history travels with the postmortem and every step is in the audit trail.
enum class Transition { Submit, Approve, Return, Publish, Reopen };

namespace Workflow {

// The postmortem's state; an empty or unknown status counts as draft.
QString stateOf(const Postmortem& pm);
QString stateName(const QString& state); // translated: "In review"
bool isLocked(const QString& state);     // approved or published: read-only

QList<Transition> allTransitions();
// The transitions allowed from a state, in the order the review pane offers them.
QList<Transition> allowedFrom(const QString& state);
QString key(Transition t); // submit, approve, return, publish, reopen
std::optional<Transition> fromKey(const QString& key);
QString actionName(Transition t); // translated button text: "Submit for Review"
QString targetState(Transition t);
bool needsReason(Transition t); // reopen

struct Request {
    Transition transition = Transition::Submit;
    // Reopen: why (required). Approve over failing checklist items: the written
    // justification (required then). Return: optional.
    QString reason;
};

// The change set of a transition, or why it is refused (wrong state, missing reason,
// failing checklist items without a justification). by: the store actor's name.
Result<ChangeSet> plan(const Postmortem& pm, const Request& request,
                       const QList<ChecklistItem>& checklist, const QString& by,
                       const QDateTime& at);

// Loads the postmortem, computes its checklist, plans and commits the transition.
Status apply(Store& store, const QString& postmortemId, const Request& request);
// The same for a postmortem open in the editor: pending edits are committed first and the
// document follows the new state (PostmortemDocument::commitWorkflowStep).
Status apply(PostmortemDocument& document, const Request& request);

// One step of the history.
struct Step {
    QString id;
    QString from;
    QString to;
    QDateTime at; // UTC
    QString by;
    QString reason;
    QStringList failedChecks;
};
// The live review records, oldest first.
QList<Step> history(const Postmortem& pm);
// When the postmortem was last approved (the latest step to approved); invalid if never.
QDateTime approvedAt(const Postmortem& pm);

} // namespace Workflow
} // namespace causeway
