#pragma once

#include "model/Record.h"
#include "store/ChangeSet.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace causeway {

class Store;
struct NewAttachment;

// An open postmortem being edited. Every user edit is an undo command on the document's
// stack; commands change the in-memory copy at once and the document commits pending
// changes to the store within a second (autosave), so there is no Save button and a crash
// loses nothing the status bar reported as saved.
class PostmortemDocument : public QObject {
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 700;

    PostmortemDocument(Store* store, Postmortem pm, QObject* parent = nullptr);
    ~PostmortemDocument() override; // commits what is pending

    const Postmortem& postmortem() const { return m_pm; }
    QString id() const { return m_pm.root.id; }
    QUndoStack* undoStack() { return &m_undo; }
    // Read-only: no store, a read-only store, or the postmortem is approved or published
    // (isLocked; the review workflow's reopen makes it editable again).
    bool isReadOnly() const;
    bool isLocked() const;
    // Whether this field of this record can be edited now: anything while the document is
    // not read-only; on an approved postmortem (isLocked) only the follow-up of its actions
    // (ReviewLock::editableWhenLocked).
    bool canEdit(const QString& recordId, const QString& field) const;
    // For reading what the document does not hold, such as attachment contents.
    Store* store() const;

    QJsonValue value(const QString& recordId, const QString& field) const;
    // The record with this id (the postmortem or a child, tombstones included), found
    // through an index, so models can read one event without copying the list.
    const Record* record(const QString& id) const;

    // One field change of a bulk edit.
    struct FieldEdit {
        QString recordId;
        QString field;
        QJsonValue value;
    };

    // User edits: each pushes one undo command. Typing into one field merges into one
    // command while the user keeps typing there.
    void editField(const QString& recordId, const QString& field, const QJsonValue& value);
    QString addChild(const QString& kind, const QMap<QString, QJsonValue>& fields);
    void removeChild(const QString& recordId);
    // Bulk edits: each is ONE undo command and one store transaction, whatever the count.
    // text names the command in the Edit menu ("Delete 12 events").
    void editFields(const QList<FieldEdit>& edits, const QString& text);
    void removeChildren(const QStringList& recordIds, const QString& text);
    // Adds an evidence attachment (content and record) and links it to the event; one undo
    // command, whose undo unlinks it and moves the record to the trash. Returns the
    // attachment's id, or empty when the document is read-only or the event unknown.
    QString attachEvidence(const QString& eventId, const NewAttachment& attachment);

    // Re-reads the children of one kind from the store after something wrote them outside
    // the document (a bulk import, which is one store transaction of its own). Returns the
    // ids that are new; when undoable, one undo command moves them to the trash again.
    QStringList reloadChildren(const QString& kind, const QString& undoText = QString());

    // Called by the undo commands only: a batch commits everything it applied in one
    // transaction and reports childrenChanged once.
    void beginBatch();
    void endBatch();

    // Called by the undo commands only.
    void applyField(const QString& recordId, const QString& field, const QJsonValue& value);
    // blobs: attachment contents written in the same transaction as the record.
    void applyCreate(const ChangeSet::NewRecord& record,
                     const QList<ChangeSet::Blob>& blobs = QList<ChangeSet::Blob>());
    void applyDeleted(const QString& recordId, bool deleted);

    // Changes that are not user edits (the meeting clock's time spent): applied and saved
    // like edits, through the store and its audit trail, but never put on the undo stack,
    // so Undo only ever takes back what the user did. Nothing happens on a read-only
    // document.
    void writeOutsideUndo(const QList<FieldEdit>& edits);
    void createOutsideUndo(const ChangeSet::NewRecord& record);

    // Commits a change that is not a user edit (a review workflow step: the status and a new
    // review record) after the pending edits, and applies it to the in-memory copy. It is
    // not undoable, and it clears the undo history: edits before an approval cannot be
    // undone into an approved postmortem.
    Status commitWorkflowStep(const ChangeSet& step);

    // Commits pending changes now; returns the failure message when the store refused.
    Status flush();
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    QDateTime lastSaved() const { return m_lastSaved; }

Q_SIGNALS:
    void fieldChanged(const QString& recordId, const QString& field);
    void childrenChanged();
    // Finer-grained structure signals for models with many rows: a child appeared (created
    // or restored from the trash), went to the trash, or all children of a kind were
    // re-read (childrenReset: rebuild).
    void childAdded(const QString& recordId);
    void childRemoved(const QString& recordId);
    void childrenReset(const QString& kind);
    void saved(const QDateTime& at);
    void saveFailed(const QString& message);
    // isReadOnly() changed (a workflow step locked or unlocked the postmortem).
    void readOnlyChanged(bool readOnly);

private:
    Record* findRecord(const QString& id);
    void schedule();
    void rebuildIndex();
    void commitStructure(const ChangeSet& change);
    void structureChanged();

    QPointer<Store> m_store;
    Postmortem m_pm;
    QUndoStack m_undo;
    ChangeSet m_pending;
    QHash<QString, qsizetype> m_index;        // child id -> position in m_pm.children
    QHash<QString, qsizetype> m_pendingIndex; // recordId + '\n' + field -> fieldChanges
    ChangeSet m_batch;                        // structure changes of the running batch
    int m_batchDepth = 0;
    bool m_batchChangedChildren = false;
    QTimer m_autosave;
    QDateTime m_lastSaved;
};

} // namespace causeway
