#include "review/ReviewLock.h"

#include "actions/Action.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "store/Store.h"
#include "store/WriteTransaction.h"
#include "sync/Conflict.h"
#include "util/DisplayFormat.h"

#include <QCoreApplication>
#include <QSet>

namespace causeway::ReviewLock {

namespace {

struct ReviewLockText {
    Q_DECLARE_TR_FUNCTIONS(ReviewLock)
};

struct RootState {
    QString title;
    QString state;
    bool locked = false;
};

// The root of a record and its state before this transaction; nullopt for a record that
// does not exist yet (a new postmortem) or an unknown id (the write itself reports that).
std::optional<QString> rootOf(WriteTransaction& tx, const QString& recordId) {
    const WriteTransaction::RecordInfo* info = tx.record(recordId);
    if (!info || info->inserted)
        return std::nullopt;
    return info->rootId;
}

RootState stateOf(WriteTransaction& tx, const QString& rootId) {
    RootState s;
    if (const WriteTransaction::RecordInfo* root = tx.record(rootId)) {
        s.title = root->fields.value(Field::Title).toString();
        if (s.title.isEmpty())
            s.title = rootId;
        s.state = root->fields.value(Field::Status).toString();
        s.locked = Workflow::isLocked(s.state);
    }
    return s;
}

// Following an action up (its status, verification, ticket) goes on after approval.
bool isFollowUp(WriteTransaction& tx, const ChangeSet::FieldChange& change) {
    const WriteTransaction::RecordInfo* info = tx.record(change.recordId);
    return info && editableWhenLocked(info->kind, change.field);
}

} // namespace

bool editableWhenLocked(const QString& kind, const QString& field) {
    // Marking a conflict as reviewed changes no signed content ("keep current").
    if (kind == Kind::Conflict)
        return field == ConflictField::Resolution;
    return kind == Kind::Action && actionFollowUpFields().contains(field);
}

QString readOnlyMessage(const QString& title, const QString& state) {
    return ReviewLockText::tr("“%1” is %2 and read-only; reopen it to make changes.")
        .arg(title, Workflow::stateName(state).toLower());
}

Status check(WriteTransaction& tx, const ChangeSet& changes) {
    // Workflow steps of this change set: root id -> the state the review record moves to.
    QHash<QString, QString> steps;
    for (const ChangeSet::NewRecord& create : changes.creates) {
        if (create.kind == Kind::Review && !create.parentId.isEmpty())
            steps.insert(create.parentId, create.fields.value(ReviewField::To).toString());
    }
    const auto refuseLocked = [&](const QString& rootId) -> Status {
        const RootState s = stateOf(tx, rootId);
        return Status::failure(readOnlyMessage(s.title, s.state));
    };
    for (const ChangeSet::NewRecord& create : changes.creates) {
        if (create.parentId.isEmpty() || create.kind == Kind::Review ||
            create.kind == Kind::Signature)
            continue;
        const auto root = rootOf(tx, create.parentId);
        if (root && stateOf(tx, *root).locked)
            return refuseLocked(*root);
    }
    for (const ChangeSet::FieldChange& change : changes.fieldChanges) {
        const auto root = rootOf(tx, change.recordId);
        if (!root)
            continue;
        const bool statusChange = change.recordId == *root && change.field == Field::Status;
        if (statusChange) {
            const RootState s = stateOf(tx, *root);
            if (change.value.toString() == s.state)
                continue; // unchanged: not a transition
            if (!steps.contains(*root) || steps.value(*root) != change.value.toString())
                return Status::failure(
                    ReviewLockText::tr("The status of “%1” changes only through the review "
                                       "workflow (submit, approve, publish, reopen).")
                        .arg(s.title));
            continue;
        }
        if (isFollowUp(tx, change))
            continue;
        if (stateOf(tx, *root).locked)
            return refuseLocked(*root);
    }
    for (const ChangeSet::Deletion& deletion : changes.deletions) {
        const auto root = rootOf(tx, deletion.recordId);
        if (!root || deletion.recordId == *root)
            continue; // the postmortem itself: see checkRetention
        if (stateOf(tx, *root).locked)
            return refuseLocked(*root);
    }
    return {};
}

Status checkEditable(WriteTransaction& tx, const QString& postmortemId) {
    const auto root = rootOf(tx, postmortemId);
    if (!root)
        return {};
    const RootState s = stateOf(tx, *root);
    return s.locked ? Status::failure(readOnlyMessage(s.title, s.state)) : Status();
}

Retention checkRetention(const Store& store, WriteTransaction& tx, const ChangeSet& changes,
                         const Policy& policy, const QDate& today) {
    Retention r;
    for (const ChangeSet::Deletion& deletion : changes.deletions) {
        if (!deletion.deleted)
            continue;
        const auto root = rootOf(tx, deletion.recordId);
        if (!root || deletion.recordId != *root)
            continue;
        const RootState s = stateOf(tx, *root);
        if (!s.locked)
            continue;
        // Read through the store's connection, inside this transaction.
        const std::optional<Postmortem> pm = store.loadPostmortem(*root);
        QDateTime approved = pm ? Workflow::approvedAt(*pm) : QDateTime();
        if (!approved.isValid() && pm) {
            // Approved elsewhere without a review record (an imported document): the time
            // its status was last set stands in.
            approved = pm->root.fields.value(Field::Status).modified;
        }
        if (!approved.isValid())
            approved = QDateTime::currentDateTimeUtc();
        r.approvedOn = approved.toUTC().date();
        r.retainedUntil = r.approvedOn.addYears(policy.retentionYears);
        if (today >= r.retainedUntil)
            continue;
        r.refused = true;
        r.recordId = *root;
        r.message = ReviewLockText::tr("“%1” is %2 and must be kept until %3 (%4 years after "
                                       "its approval on %5); it cannot be deleted before then.")
                        .arg(s.title, Workflow::stateName(s.state).toLower(),
                             r.retainedUntil.toString(displayDateFormat()))
                        .arg(policy.retentionYears)
                        .arg(r.approvedOn.toString(displayDateFormat()));
        return r;
    }
    return r;
}

} // namespace causeway::ReviewLock
