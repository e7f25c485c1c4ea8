#include "review/Workflow.h"

#include "editing/PostmortemDocument.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace causeway::Workflow {

namespace {

struct WorkflowText {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};

QStringList sourcesOf(Transition t) {
    switch (t) {
    case Transition::Submit:
        return {WorkflowState::Draft};
    case Transition::Approve:
    case Transition::Return:
        return {WorkflowState::InReview};
    case Transition::Publish:
        return {WorkflowState::Approved};
    case Transition::Reopen:
        return {WorkflowState::Approved, WorkflowState::Published};
    }
    return {};
}

// "Cannot approve “Title”: it is in state “Draft”; approve needs state “In review”."
QString wrongStateMessage(Transition t, const QString& title, const QString& state) {
    QStringList needed;
    for (const QString& s : sourcesOf(t))
        needed.append(QStringLiteral("“%1”").arg(stateName(s)));
    return WorkflowText::tr("Cannot %1 “%2”: it is in state “%3”; %1 needs state %4.")
        .arg(key(t), title, stateName(state), needed.join(WorkflowText::tr(" or ")));
}

} // namespace

QString stateOf(const Postmortem& pm) {
    const QString status = pm.root.text(Field::Status);
    if (status == WorkflowState::InReview || status == WorkflowState::Approved ||
        status == WorkflowState::Published)
        return status;
    return WorkflowState::Draft;
}

QString stateName(const QString& state) {
    return Vocabulary::displayName(Field::Status, state);
}

bool isLocked(const QString& state) {
    return state == WorkflowState::Approved || state == WorkflowState::Published;
}

QList<Transition> allTransitions() {
    return {Transition::Submit, Transition::Approve, Transition::Return, Transition::Publish,
            Transition::Reopen};
}

QList<Transition> allowedFrom(const QString& state) {
    QList<Transition> out;
    for (Transition t : allTransitions()) {
        if (sourcesOf(t).contains(state))
            out.append(t);
    }
    return out;
}

QString key(Transition t) {
    switch (t) {
    case Transition::Submit:
        return QStringLiteral("submit");
    case Transition::Approve:
        return QStringLiteral("approve");
    case Transition::Return:
        return QStringLiteral("return");
    case Transition::Publish:
        return QStringLiteral("publish");
    case Transition::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

std::optional<Transition> fromKey(const QString& k) {
    for (Transition t : allTransitions()) {
        if (key(t) == k)
            return t;
    }
    return std::nullopt;
}

QString actionName(Transition t) {
    switch (t) {
    case Transition::Submit:
        return WorkflowText::tr("Submit for Review");
    case Transition::Approve:
        return WorkflowText::tr("Approve");
    case Transition::Return:
        return WorkflowText::tr("Return for Changes");
    case Transition::Publish:
        return WorkflowText::tr("Publish");
    case Transition::Reopen:
        return WorkflowText::tr("Reopen");
    }
    return {};
}

QString targetState(Transition t) {
    switch (t) {
    case Transition::Submit:
        return WorkflowState::InReview;
    case Transition::Approve:
        return WorkflowState::Approved;
    case Transition::Publish:
        return WorkflowState::Published;
    case Transition::Return:
    case Transition::Reopen:
        break;
    }
    return WorkflowState::Draft;
}

bool needsReason(Transition t) {
    return t == Transition::Reopen;
}

Result<ChangeSet> plan(const Postmortem& pm, const Request& request,
                       const QList<ChecklistItem>& checklist, const QString& by,
                       const QDateTime& at) {
    using R = Result<ChangeSet>;
    const QString from = stateOf(pm);
    const QString title = pm.title().isEmpty() ? pm.id() : pm.title();
    if (!sourcesOf(request.transition).contains(from))
        return R::failure(wrongStateMessage(request.transition, title, from));
    const QString reason = request.reason.trimmed();
    if (needsReason(request.transition) && reason.isEmpty())
        return R::failure(WorkflowText::tr("Reopening “%1” needs a written reason.").arg(title));
    QStringList failed;
    if (request.transition == Transition::Approve) {
        failed = failingChecks(checklist);
        if (!failed.isEmpty() && reason.isEmpty()) {
            QStringList titles;
            for (const QString& k : failed)
                titles.append(checklistTitle(k));
            return R::failure(WorkflowText::tr("Approving “%1” over failing checklist items "
                                               "needs a written justification. Failing: %2.")
                                  .arg(title, titles.join(QStringLiteral("; "))));
        }
    }
    ChangeSet changes;
    changes.context = QStringLiteral("review ") + key(request.transition);
    ChangeSet::NewRecord step;
    step.id = newRecordId();
    step.kind = Kind::Review;
    step.parentId = pm.id();
    step.fields.insert(ReviewField::From, from);
    step.fields.insert(ReviewField::To, targetState(request.transition));
    step.fields.insert(ReviewField::At, canonicalTime(at.toUTC()));
    step.fields.insert(ReviewField::By, by);
    if (!reason.isEmpty())
        step.fields.insert(ReviewField::Reason, reason);
    if (!failed.isEmpty())
        step.fields.insert(ReviewField::FailedChecks, QJsonArray::fromStringList(failed));
    changes.creates.append(step);
    changes.fieldChanges.append({pm.id(), Field::Status, targetState(request.transition)});
    return changes;
}

Status apply(Store& store, const QString& postmortemId, const Request& request) {
    const std::optional<Postmortem> pm = store.loadPostmortem(postmortemId);
    if (!pm)
        return Status::failure(
            WorkflowText::tr("There is no postmortem with id %1.").arg(postmortemId));
    if (pm->root.deleted)
        return Status::failure(
            WorkflowText::tr("“%1” is in the trash; restore it first.").arg(pm->title()));
    const Result<ChangeSet> planned =
        plan(*pm, request, computeChecklist(*pm), store.actor().displayName,
             QDateTime::currentDateTimeUtc());
    if (!planned)
        return planned.status();
    return store.commit(planned.value());
}

Status apply(PostmortemDocument& document, const Request& request) {
    Store* store = document.store();
    if (!store)
        return Status::failure(WorkflowText::tr("The postmortem is not connected to a database."));
    if (store->isReadOnly())
        return Status::failure(
            WorkflowText::tr("The database is read-only: %1").arg(store->readOnlyReason()));
    if (auto s = document.flush(); !s)
        return s;
    const Postmortem& pm = document.postmortem();
    const Result<ChangeSet> planned =
        plan(pm, request, computeChecklist(pm), store->actor().displayName,
             QDateTime::currentDateTimeUtc());
    if (!planned)
        return planned.status();
    return document.commitWorkflowStep(planned.value());
}

QList<Step> history(const Postmortem& pm) {
    QList<Step> out;
    for (const Record& r : pm.childrenOfKind(Kind::Review)) {
        Step s;
        s.id = r.id;
        s.from = r.text(ReviewField::From);
        s.to = r.text(ReviewField::To);
        s.at = parseCanonicalTime(r.text(ReviewField::At));
        s.by = r.text(ReviewField::By);
        s.reason = r.text(ReviewField::Reason);
        s.failedChecks = r.list(ReviewField::FailedChecks);
        out.append(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const Step& a, const Step& b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    return out;
}

QDateTime approvedAt(const Postmortem& pm) {
    QDateTime latest;
    for (const Step& s : history(pm)) {
        if (s.to == WorkflowState::Approved && s.at.isValid() &&
            (!latest.isValid() || s.at > latest))
            latest = s.at;
    }
    return latest;
}

} // namespace causeway::Workflow
