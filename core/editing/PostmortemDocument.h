#pragma once

#include "model/Record.h"
#include "store/ChangeSet.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace causeway {

class Store;

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
    bool isReadOnly() const;

    QJsonValue value(const QString& recordId, const QString& field) const;

    // User edits: each pushes one undo command. Typing into one field merges into one
    // command while the user keeps typing there.
    void editField(const QString& recordId, const QString& field, const QJsonValue& value);
    QString addChild(const QString& kind, const QMap<QString, QJsonValue>& fields);
    void removeChild(const QString& recordId);

    // Called by the undo commands only.
    void applyField(const QString& recordId, const QString& field, const QJsonValue& value);
    void applyCreate(const ChangeSet::NewRecord& record);
    void applyDeleted(const QString& recordId, bool deleted);

    // Commits pending changes now; returns the failure message when the store refused.
    Status flush();
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    QDateTime lastSaved() const { return m_lastSaved; }

Q_SIGNALS:
    void fieldChanged(const QString& recordId, const QString& field);
    void childrenChanged();
    void saved(const QDateTime& at);
    void saveFailed(const QString& message);

private:
    Record* findRecord(const QString& id);
    void schedule();

    QPointer<Store> m_store;
    Postmortem m_pm;
    QUndoStack m_undo;
    ChangeSet m_pending;
    QTimer m_autosave;
    QDateTime m_lastSaved;
};

} // namespace causeway
