#include "store/Store.h"

#include "model/Fields.h"
#include "review/ReviewLock.h"
#include "review/ReviewRecords.h"
#include "store/StorePrivate.h"
#include "store/WriteTransaction.h"

namespace causeway {

namespace {

// Applies one incoming record: a new record keeps every piece of metadata it came with
// (so export → import → export is byte-identical); an existing one takes each field whose
// incoming revision is newer than the local one.
Status applyRecord(WriteTransaction& tx, const Record& incoming, const Revision& localRev,
                   const QString& expectedRoot, int& changedFields, bool& created) {
    const auto* existing = tx.record(incoming.id);
    if (!existing) {
        Record record = incoming;
        if (record.revision.isNull())
            record.revision = localRev;
        for (FieldValue& fv : record.fields) {
            if (fv.revision.isNull())
                fv.revision = localRev;
        }
        if (auto s = tx.insertRecord(record); !s)
            return s;
        changedFields += static_cast<int>(record.fields.size());
        created = true;
        return {};
    }
    if (existing->kind != incoming.kind)
        return Status::failure(QStringLiteral("record %1 is a %2 here, not a %3")
                                   .arg(incoming.id, existing->kind, incoming.kind));
    if (existing->rootId != expectedRoot)
        return Status::failure(
            QStringLiteral("record %1 belongs to another postmortem").arg(incoming.id));
    const Revision existingRevision = existing->revision;
    const bool existingDeleted = existing->deleted;

    for (auto it = incoming.fields.cbegin(); it != incoming.fields.cend(); ++it) {
        const FieldValue& fv = it.value();
        const Revision rev = fv.revision.isNull() ? localRev : fv.revision;
        const auto local = tx.fieldRevision(incoming.id, it.key());
        if (local && *local >= rev)
            continue; // the local value is as new or newer
        const QDateTime modified = fv.modified.isValid() ? fv.modified : tx.now();
        auto changed = tx.setField(incoming.id, it.key(), fv.value, rev, modified);
        if (!changed)
            return changed.status();
        if (changed.value())
            ++changedFields;
        tx.touch(incoming.id, rev, modified);
    }
    const Revision recordRev = incoming.revision.isNull() ? localRev : incoming.revision;
    if (incoming.deleted != existingDeleted && recordRev > existingRevision) {
        if (auto s = tx.setDeleted(incoming.id, incoming.deleted); !s)
            return s;
        ++changedFields;
    }
    tx.touch(incoming.id, recordRev, incoming.modified.isValid() ? incoming.modified : tx.now());
    return {};
}

} // namespace

Result<ImportOutcome> Store::importPostmortem(const Postmortem& pm) {
    using R = Result<ImportOutcome>;
    if (isReadOnly())
        return R::failure(QStringLiteral("The database is read-only: ") + readOnlyReason());
    WriteTransaction tx(d->db(), d->actor, d->deviceId, QStringLiteral("import-json"));
    if (auto s = tx.begin(); !s)
        return R::failure(s.error());
    // Move the Lamport clock past everything in the document first, so that fields
    // without a revision are stamped as newer local edits.
    tx.observe(pm.root.revision);
    for (const auto& fv : pm.root.fields)
        tx.observe(fv.revision);
    for (const Record& child : pm.children) {
        tx.observe(child.revision);
        for (const auto& fv : child.fields)
            tx.observe(fv.revision);
    }
    const Revision localRev = tx.localRevision();

    ImportOutcome outcome;
    Record root = pm.root;
    if (root.id.isEmpty())
        root.id = newRecordId();
    outcome.id = root.id;
    // An approved or published postmortem here is read-only: the document may bring review
    // steps and signatures, and content changes only when it was reopened elsewhere (its
    // status then moves on by the ordinary revision rules, with the reopen's review record).
    const Status editable = ReviewLock::checkEditable(tx, root.id);
    const QString incomingState = root.text(Field::Status);
    const bool reopenedElsewhere =
        incomingState != WorkflowState::Approved && incomingState != WorkflowState::Published;
    int lockedChanges = 0;
    if (auto s = applyRecord(tx, root, localRev, root.id, lockedChanges, outcome.created); !s)
        return R::failure(QStringLiteral("$.postmortem: ") + s.error());
    for (qsizetype i = 0; i < pm.children.size(); ++i) {
        Record child = pm.children.at(i);
        if (child.id.isEmpty())
            child.id = newRecordId();
        child.parentId = root.id;
        bool childCreated = false;
        const bool workflowRecord = child.kind == Kind::Review || child.kind == Kind::Signature;
        int& changed = workflowRecord ? outcome.changedFields : lockedChanges;
        if (auto s = applyRecord(tx, child, localRev, root.id, changed, childCreated); !s)
            return R::failure(QStringLiteral("$.children[%1]: ").arg(i) + s.error());
    }
    if (!editable && lockedChanges > 0 && !reopenedElsewhere)
        return R::failure(editable.error());
    outcome.changedFields += lockedChanges;
    const QSet<QString> touched = tx.touchedPostmortems();
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    for (const QString& id : touched)
        Q_EMIT postmortemChanged(id);
    return outcome;
}

} // namespace causeway
