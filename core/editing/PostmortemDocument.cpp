#include "editing/PostmortemDocument.h"

#include "editing/AttachEvidenceCommand.h"
#include "editing/EditCommands.h"
#include "model/Fields.h"
#include "review/ReviewLock.h"
#include "review/ReviewRecords.h"
#include "store/Store.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QSet>

namespace causeway {

namespace {
QString pendingKey(const QString& recordId, const QString& field) {
    return recordId + u'\n' + field;
}
} // namespace

PostmortemDocument::PostmortemDocument(Store* store, Postmortem pm, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_pm(std::move(pm)) {
    m_pending.context = QStringLiteral("edit");
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { flush(); });
    rebuildIndex();
}

PostmortemDocument::~PostmortemDocument() {
    flush();
}

Store* PostmortemDocument::store() const {
    return m_store;
}

bool PostmortemDocument::isReadOnly() const {
    return !m_store || m_store->isReadOnly() || isLocked();
}

bool PostmortemDocument::isLocked() const {
    const QString status = m_pm.root.text(Field::Status);
    return status == WorkflowState::Approved || status == WorkflowState::Published;
}

bool PostmortemDocument::canEdit(const QString& recordId, const QString& field) const {
    if (!isReadOnly())
        return true;
    if (!m_store || m_store->isReadOnly() || !isLocked())
        return false;
    const Record* r = record(recordId);
    return r && !r->deleted && ReviewLock::editableWhenLocked(r->kind, field);
}

Status PostmortemDocument::commitWorkflowStep(const ChangeSet& step) {
    if (!m_store)
        return Status::failure(tr("The postmortem is not connected to a database."));
    if (auto s = flush(); !s)
        return s;
    const bool wasReadOnly = isReadOnly();
    if (auto s = m_store->commit(step); !s)
        return s;
    m_lastSaved = QDateTime::currentDateTimeUtc();
    for (const ChangeSet::NewRecord& create : step.creates) {
        Record r;
        r.id = create.id;
        r.kind = create.kind;
        r.parentId = create.parentId;
        for (auto it = create.fields.cbegin(); it != create.fields.cend(); ++it)
            r.fields[it.key()].value = it.value();
        m_index.insert(r.id, m_pm.children.size());
        m_pm.children.append(r);
    }
    for (const ChangeSet::FieldChange& change : step.fieldChanges) {
        if (Record* r = findRecord(change.recordId))
            r->fields[change.field].value = change.value;
    }
    m_undo.clear();
    for (const ChangeSet::NewRecord& create : step.creates)
        Q_EMIT childAdded(create.id);
    if (!step.creates.isEmpty())
        Q_EMIT childrenChanged();
    for (const ChangeSet::FieldChange& change : step.fieldChanges)
        Q_EMIT fieldChanged(change.recordId, change.field);
    Q_EMIT saved(m_lastSaved);
    if (isReadOnly() != wasReadOnly)
        Q_EMIT readOnlyChanged(isReadOnly());
    return {};
}

void PostmortemDocument::writeOutsideUndo(const QList<FieldEdit>& edits) {
    if (isReadOnly())
        return;
    // A batch commits at its end: the values are in the store when this returns.
    beginBatch();
    for (const FieldEdit& edit : edits) {
        if (value(edit.recordId, edit.field) != edit.value)
            applyField(edit.recordId, edit.field, edit.value);
    }
    endBatch();
}

void PostmortemDocument::createOutsideUndo(const ChangeSet::NewRecord& record) {
    if (isReadOnly())
        return;
    applyCreate(record);
}

void PostmortemDocument::rebuildIndex() {
    m_index.clear();
    m_index.reserve(m_pm.children.size());
    for (qsizetype i = 0; i < m_pm.children.size(); ++i)
        m_index.insert(m_pm.children.at(i).id, i);
}

Record* PostmortemDocument::findRecord(const QString& id) {
    if (m_pm.root.id == id)
        return &m_pm.root;
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_pm.children[*it];
}

const Record* PostmortemDocument::record(const QString& id) const {
    if (m_pm.root.id == id)
        return &m_pm.root;
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_pm.children.at(*it);
}

QJsonValue PostmortemDocument::value(const QString& recordId, const QString& field) const {
    const Record* r = record(recordId);
    return r ? r->value(field) : QJsonValue();
}

void PostmortemDocument::editField(const QString& recordId, const QString& field,
                                   const QJsonValue& newValue) {
    if (!canEdit(recordId, field))
        return;
    const QJsonValue oldValue = value(recordId, field);
    if (oldValue == newValue)
        return;
    m_undo.push(new SetFieldCommand(this, recordId, field, oldValue, newValue));
}

QString PostmortemDocument::addChild(const QString& kind, const QMap<QString, QJsonValue>& fields) {
    if (isReadOnly())
        return QString();
    ChangeSet::NewRecord record;
    record.id = newRecordId();
    record.kind = kind;
    record.parentId = m_pm.root.id;
    record.fields = fields;
    m_undo.push(new AddChildCommand(this, record));
    return record.id;
}

void PostmortemDocument::removeChild(const QString& recordId) {
    if (isReadOnly() || !record(recordId))
        return;
    m_undo.push(new SetDeletedCommand(this, recordId, true));
}

void PostmortemDocument::editFields(const QList<FieldEdit>& edits, const QString& text) {
    for (const FieldEdit& edit : edits) {
        if (!canEdit(edit.recordId, edit.field))
            return; // all or nothing, as one command
    }
    auto* batch = new BatchCommand(this, text);
    for (const FieldEdit& edit : edits) {
        const QJsonValue oldValue = value(edit.recordId, edit.field);
        if (oldValue != edit.value && record(edit.recordId))
            new SetFieldCommand(this, edit.recordId, edit.field, oldValue, edit.value, batch);
    }
    if (batch->childCount() == 0) {
        delete batch;
        return;
    }
    m_undo.push(batch);
}

void PostmortemDocument::removeChildren(const QStringList& recordIds, const QString& text) {
    if (isReadOnly())
        return;
    auto* batch = new BatchCommand(this, text);
    for (const QString& id : recordIds) {
        const Record* r = record(id);
        if (r && !r->deleted && r != &m_pm.root)
            new SetDeletedCommand(this, id, true, batch);
    }
    if (batch->childCount() == 0) {
        delete batch;
        return;
    }
    m_undo.push(batch);
}

QString PostmortemDocument::attachEvidence(const QString& eventId,
                                           const NewAttachment& attachment) {
    const Record* event = record(eventId);
    if (isReadOnly() || !event || event->kind != Kind::Event || event->deleted)
        return QString();
    Attachment meta = attachment.meta;
    meta.id = newRecordId();
    if (meta.addedBy.isEmpty())
        meta.addedBy = attachmentAuthor(m_store->actor().displayName, m_store->actor().osUser);
    ChangeSet::NewRecord created;
    created.id = meta.id;
    created.kind = Kind::Attachment;
    created.parentId = m_pm.root.id;
    created.fields = meta.toFields();
    QJsonArray evidence = event->value(EventField::Evidence).toArray();
    const QJsonArray before = evidence;
    evidence.append(meta.id);
    m_undo.push(
        new AttachEvidenceCommand(this, created, attachment.blob, eventId, before, evidence));
    return meta.id;
}

QStringList PostmortemDocument::reloadChildren(const QString& kind, const QString& undoText) {
    if (!m_store)
        return {};
    flush();
    const std::optional<Postmortem> fresh = m_store->loadPostmortem(m_pm.root.id);
    if (!fresh)
        return {};
    QStringList added;
    QList<Record> children;
    children.reserve(fresh->children.size());
    // Children of other kinds keep their in-memory state; the reloaded kind is replaced.
    for (const Record& r : std::as_const(m_pm.children)) {
        if (r.kind != kind)
            children.append(r);
    }
    for (const Record& r : fresh->children) {
        if (r.kind != kind)
            continue;
        if (!r.deleted && !m_index.contains(r.id))
            added.append(r.id);
        children.append(r);
    }
    m_pm.children = std::move(children);
    rebuildIndex();
    Q_EMIT childrenReset(kind);
    Q_EMIT childrenChanged();
    if (!undoText.isEmpty() && !added.isEmpty())
        m_undo.push(new ReappliedBatchCommand(this, added, undoText));
    return added;
}

void PostmortemDocument::applyField(const QString& recordId, const QString& field,
                                    const QJsonValue& newValue) {
    Record* r = findRecord(recordId);
    if (!r)
        return;
    r->fields[field].value = newValue;
    // A later change of the same field replaces the pending one: only the final value of
    // a burst of typing reaches the audit trail.
    const QString key = pendingKey(recordId, field);
    if (const auto it = m_pendingIndex.constFind(key); it != m_pendingIndex.cend()) {
        m_pending.fieldChanges[*it].value = newValue;
    } else {
        m_pendingIndex.insert(key, m_pending.fieldChanges.size());
        m_pending.fieldChanges.append({recordId, field, newValue});
    }
    if (m_batchDepth == 0)
        schedule();
    Q_EMIT fieldChanged(recordId, field);
}

void PostmortemDocument::applyCreate(const ChangeSet::NewRecord& record,
                                     const QList<ChangeSet::Blob>& blobs) {
    if (Record* existing = findRecord(record.id)) {
        // Redo after undo: the record exists as a tombstone; bring it back.
        applyDeleted(existing->id, false);
        return;
    }
    Record r;
    r.id = record.id;
    r.kind = record.kind;
    r.parentId = record.parentId;
    for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it)
        r.fields[it.key()].value = it.value();
    m_index.insert(r.id, m_pm.children.size());
    m_pm.children.append(r);
    ChangeSet create;
    create.context = QStringLiteral("edit");
    create.creates.append(record);
    create.blobs = blobs;
    commitStructure(create);
    Q_EMIT childAdded(record.id);
    structureChanged();
}

void PostmortemDocument::applyDeleted(const QString& recordId, bool deleted) {
    Record* r = findRecord(recordId);
    if (!r || r->deleted == deleted)
        return;
    r->deleted = deleted;
    ChangeSet change;
    change.context = deleted ? QStringLiteral("trash") : QStringLiteral("restore");
    change.deletions.append({recordId, deleted});
    commitStructure(change);
    if (deleted)
        Q_EMIT childRemoved(recordId);
    else
        Q_EMIT childAdded(recordId);
    structureChanged();
}

void PostmortemDocument::commitStructure(const ChangeSet& change) {
    if (m_batchDepth > 0) {
        // The batch commits creations, field changes and deletions together at its end.
        if (m_batch.creates.isEmpty() && m_batch.deletions.isEmpty())
            m_batch.context = change.context;
        m_batch.creates.append(change.creates);
        m_batch.deletions.append(change.deletions);
        m_batch.blobs.append(change.blobs);
        return;
    }
    // Structure changes are committed at once, so later field edits can refer to them.
    flush();
    if (!m_store)
        return;
    if (auto s = m_store->commit(change); !s)
        Q_EMIT saveFailed(s.error());
    else
        Q_EMIT saved(m_lastSaved = QDateTime::currentDateTimeUtc());
}

void PostmortemDocument::structureChanged() {
    if (m_batchDepth > 0)
        m_batchChangedChildren = true;
    else
        Q_EMIT childrenChanged();
}

void PostmortemDocument::beginBatch() {
    if (m_batchDepth++ == 0) {
        m_batch = ChangeSet();
        m_batchChangedChildren = false;
    }
}

void PostmortemDocument::endBatch() {
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return;
    if (!m_batch.isEmpty()) {
        // One transaction for the whole batch: pending field edits join it.
        m_autosave.stop();
        ChangeSet all = m_batch;
        all.fieldChanges = m_pending.fieldChanges;
        m_batch = ChangeSet();
        if (m_store) {
            if (auto s = m_store->commit(all); !s) {
                Q_EMIT saveFailed(s.error());
            } else {
                m_pending.fieldChanges.clear();
                m_pendingIndex.clear();
                Q_EMIT saved(m_lastSaved = QDateTime::currentDateTimeUtc());
            }
        }
    } else {
        flush();
    }
    if (m_batchChangedChildren) {
        m_batchChangedChildren = false;
        Q_EMIT childrenChanged();
    }
}

void PostmortemDocument::schedule() {
    if (!m_autosave.isActive())
        m_autosave.start();
}

Status PostmortemDocument::flush() {
    m_autosave.stop();
    if (m_pending.isEmpty() || !m_store)
        return {};
    const ChangeSet changes = m_pending;
    const Status s = m_store->commit(changes);
    if (!s) {
        // Keep the edits pending: the user sees the error and nothing is silently dropped;
        // the next edit or flush tries again.
        Q_EMIT saveFailed(s.error());
        return s;
    }
    m_pending.fieldChanges.clear();
    m_pendingIndex.clear();
    m_lastSaved = QDateTime::currentDateTimeUtc();
    Q_EMIT saved(m_lastSaved);
    return s;
}

} // namespace causeway
