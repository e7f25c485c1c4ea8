#include "editing/EditCommands.h"

#include "editing/PostmortemDocument.h"

#include <QCoreApplication>

namespace causeway {

namespace {
constexpr qint64 kMergeWindowMs = 3000;
}

SetFieldCommand::SetFieldCommand(PostmortemDocument* doc, QString recordId, QString field,
                                 QJsonValue oldValue, QJsonValue newValue, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_recordId(std::move(recordId))
    , m_field(std::move(field))
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue)) {
    setText(QCoreApplication::translate("EditCommands", "Edit %1").arg(m_field));
    m_age.start();
}

void SetFieldCommand::undo() {
    if (m_doc)
        m_doc->applyField(m_recordId, m_field, m_old);
}

void SetFieldCommand::redo() {
    if (m_doc)
        m_doc->applyField(m_recordId, m_field, m_new);
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SetFieldCommand*>(other);
    if (next->m_recordId != m_recordId || next->m_field != m_field ||
        m_age.elapsed() > kMergeWindowMs)
        return false;
    m_new = next->m_new;
    m_age.restart();
    return true;
}

AddChildCommand::AddChildCommand(PostmortemDocument* doc, ChangeSet::NewRecord record)
    : m_doc(doc)
    , m_record(std::move(record)) {
    setText(QCoreApplication::translate("EditCommands", "Add %1").arg(m_record.kind));
}

void AddChildCommand::undo() {
    if (m_doc)
        m_doc->applyDeleted(m_record.id, true);
}

void AddChildCommand::redo() {
    if (m_doc)
        m_doc->applyCreate(m_record);
}

SetDeletedCommand::SetDeletedCommand(PostmortemDocument* doc, QString recordId, bool deleted,
                                     QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_recordId(std::move(recordId))
    , m_deleted(deleted) {
    setText(deleted ? QCoreApplication::translate("EditCommands", "Remove")
                    : QCoreApplication::translate("EditCommands", "Restore"));
}

void SetDeletedCommand::undo() {
    if (m_doc)
        m_doc->applyDeleted(m_recordId, !m_deleted);
}

void SetDeletedCommand::redo() {
    if (m_doc)
        m_doc->applyDeleted(m_recordId, m_deleted);
}

BatchCommand::BatchCommand(PostmortemDocument* doc, const QString& text)
    : m_doc(doc) {
    setText(text);
}

void BatchCommand::undo() {
    if (!m_doc)
        return;
    m_doc->beginBatch();
    QUndoCommand::undo();
    m_doc->endBatch();
}

void BatchCommand::redo() {
    if (!m_doc)
        return;
    m_doc->beginBatch();
    QUndoCommand::redo();
    m_doc->endBatch();
}

ReappliedBatchCommand::ReappliedBatchCommand(PostmortemDocument* doc, QStringList recordIds,
                                             const QString& text)
    : m_doc(doc)
    , m_ids(std::move(recordIds)) {
    setText(text);
}

void ReappliedBatchCommand::undo() {
    apply(true);
}

void ReappliedBatchCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(false);
}

void ReappliedBatchCommand::apply(bool deleted) {
    if (!m_doc)
        return;
    m_doc->beginBatch();
    for (const QString& id : std::as_const(m_ids))
        m_doc->applyDeleted(id, deleted);
    m_doc->endBatch();
}

} // namespace causeway
