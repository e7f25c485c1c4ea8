#pragma once

#include "store/ChangeSet.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QPointer>
#include <QUndoCommand>

namespace causeway {

class PostmortemDocument;

// Command ids for QUndoCommand::mergeWith.
enum CommandId { SetFieldCommandId = 1 };

// Changes one field; undo and redo swap the values. Consecutive edits of the same field
// within a few seconds merge, so undo takes back a typed phrase, not a letter.
class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(PostmortemDocument* doc, QString recordId, QString field, QJsonValue oldValue,
                    QJsonValue newValue, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return SetFieldCommandId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QPointer<PostmortemDocument> m_doc;
    QString m_recordId;
    QString m_field;
    QJsonValue m_old;
    QJsonValue m_new;
    QElapsedTimer m_age;
};

// Creates a child record (a participant); undo moves it to the trash as a tombstone.
class AddChildCommand : public QUndoCommand {
public:
    AddChildCommand(PostmortemDocument* doc, ChangeSet::NewRecord record);
    void undo() override;
    void redo() override;

private:
    QPointer<PostmortemDocument> m_doc;
    ChangeSet::NewRecord m_record;
};

// Deletes (tombstones) or restores a record.
class SetDeletedCommand : public QUndoCommand {
public:
    SetDeletedCommand(PostmortemDocument* doc, QString recordId, bool deleted,
                      QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    QPointer<PostmortemDocument> m_doc;
    QString m_recordId;
    bool m_deleted;
};

// A bulk edit (delete, re-kind, shift selected events): its child commands run inside one
// document batch, so the whole edit is one undo step and one store transaction.
class BatchCommand : public QUndoCommand {
public:
    BatchCommand(PostmortemDocument* doc, const QString& text);
    void undo() override;
    void redo() override;

private:
    QPointer<PostmortemDocument> m_doc;
};

// Records that were already written (a bulk import): the first redo does nothing, undo
// moves them to the trash in one batch and a later redo restores them.
class ReappliedBatchCommand : public QUndoCommand {
public:
    ReappliedBatchCommand(PostmortemDocument* doc, QStringList recordIds, const QString& text);
    void undo() override;
    void redo() override;

private:
    void apply(bool deleted);

    QPointer<PostmortemDocument> m_doc;
    QStringList m_ids;
    bool m_firstRedo = true;
};

} // namespace causeway
