#pragma once

#include "meeting/AgendaItem.h"
#include "meeting/AgendaStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

namespace causeway {

struct Template;

// The agenda of the open postmortem's template while a facilitator edits it. Every edit is
// one undo command on the given stack (the document's, so Edit ▸ Undo takes it back like
// any other edit) and is saved for the template at once: the next postmortem of the same
// template starts with it.
class EditableAgenda : public QObject {
    Q_OBJECT
public:
    explicit EditableAgenda(AgendaStore store, QObject* parent = nullptr);

    // Loads the template's agenda; tmpl null: the defaults, not saved anywhere.
    void setTemplate(const Template* tmpl);
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    QString templateId() const { return m_templateId; }
    // Why the saved agenda could not be read or written, if it could not.
    QString problem() const { return m_problem; }

    const QList<AgendaItem>& items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    AgendaItem item(int index) const { return m_items.value(index); }

    // Each returns why it refused ("" on success): a timebox outside 1..240 minutes, an
    // empty title, the last item removed. Saving happens after the edit; a failure to save
    // does not undo it but emits saveFailed() (and problem() says why).
    QString setMinutes(int index, int minutes);
    QString setTitle(int index, const QString& title);
    QString setScript(int index, const QString& script);
    QString setView(int index, PresenterView view);
    QString insertItem(int index, const AgendaItem& item);
    QString removeItem(int index);
    QString moveItem(int from, int to);
    // Back to the template's own agenda (or the defaults), forgetting the saved edits.
    QString resetToTemplate();

    // Called by the undo command only: replaces the items and saves them.
    void apply(const QList<AgendaItem>& items);

Q_SIGNALS:
    void itemsChanged();
    void saveFailed(const QString& message);

private:
    QString push(const QList<AgendaItem>& items, const QString& text);

    AgendaStore m_store;
    QPointer<QUndoStack> m_undo;
    QString m_templateId;
    QList<AgendaItem> m_items;
    QList<AgendaItem> m_templateItems;
    QString m_problem;
};

} // namespace causeway
