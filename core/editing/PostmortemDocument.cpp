#include "editing/PostmortemDocument.h"

#include "editing/EditCommands.h"
#include "store/Store.h"

namespace causeway {

PostmortemDocument::PostmortemDocument(Store* store, Postmortem pm, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_pm(std::move(pm)) {
    m_pending.context = QStringLiteral("edit");
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { flush(); });
}

PostmortemDocument::~PostmortemDocument() {
    flush();
}

bool PostmortemDocument::isReadOnly() const {
    return !m_store || m_store->isReadOnly();
}

Record* PostmortemDocument::findRecord(const QString& id) {
    if (m_pm.root.id == id)
        return &m_pm.root;
    for (Record& r : m_pm.children) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QJsonValue PostmortemDocument::value(const QString& recordId, const QString& field) const {
    const Record* r = m_pm.findRecord(recordId);
    return r ? r->value(field) : QJsonValue();
}

void PostmortemDocument::editField(const QString& recordId, const QString& field,
                                   const QJsonValue& newValue) {
    if (isReadOnly())
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
    if (isReadOnly() || !m_pm.findRecord(recordId))
        return;
    m_undo.push(new SetDeletedCommand(this, recordId, true));
}

void PostmortemDocument::applyField(const QString& recordId, const QString& field,
                                    const QJsonValue& newValue) {
    Record* r = findRecord(recordId);
    if (!r)
        return;
    r->fields[field].value = newValue;
    // A later change of the same field replaces the pending one: only the final value of
    // a burst of typing reaches the audit trail.
    bool replaced = false;
    for (ChangeSet::FieldChange& change : m_pending.fieldChanges) {
        if (change.recordId == recordId && change.field == field) {
            change.value = newValue;
            replaced = true;
        }
    }
    if (!replaced)
        m_pending.fieldChanges.append({recordId, field, newValue});
    schedule();
    Q_EMIT fieldChanged(recordId, field);
}

void PostmortemDocument::applyCreate(const ChangeSet::NewRecord& record) {
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
    m_pm.children.append(r);
    // Structure changes are committed at once, so later field edits can refer to them.
    flush();
    ChangeSet create;
    create.context = QStringLiteral("edit");
    create.creates.append(record);
    if (m_store) {
        if (auto s = m_store->commit(create); !s)
            Q_EMIT saveFailed(s.error());
        else
            Q_EMIT saved(m_lastSaved = QDateTime::currentDateTimeUtc());
    }
    Q_EMIT childrenChanged();
}

void PostmortemDocument::applyDeleted(const QString& recordId, bool deleted) {
    Record* r = findRecord(recordId);
    if (!r)
        return;
    r->deleted = deleted;
    flush();
    if (m_store) {
        ChangeSet change;
        change.context = deleted ? QStringLiteral("trash") : QStringLiteral("restore");
        change.deletions.append({recordId, deleted});
        if (auto s = m_store->commit(change); !s)
            Q_EMIT saveFailed(s.error());
        else
            Q_EMIT saved(m_lastSaved = QDateTime::currentDateTimeUtc());
    }
    Q_EMIT childrenChanged();
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
    m_lastSaved = QDateTime::currentDateTimeUtc();
    Q_EMIT saved(m_lastSaved);
    return s;
}

} // namespace causeway
