#include "meeting/EditableAgenda.h"

#include "meeting/Agenda.h"
#include "model/Template.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace causeway {

namespace {
// Undo and redo swap the whole list: agendas are a handful of items.
class ReplaceAgendaCommand : public QUndoCommand {
public:
    ReplaceAgendaCommand(EditableAgenda* agenda, QList<AgendaItem> before, QList<AgendaItem> after,
                         const QString& text)
        : m_agenda(agenda)
        , m_before(std::move(before))
        , m_after(std::move(after)) {
        setText(text);
    }
    void undo() override {
        if (m_agenda)
            m_agenda->apply(m_before);
    }
    void redo() override {
        if (m_agenda)
            m_agenda->apply(m_after);
    }

private:
    QPointer<EditableAgenda> m_agenda;
    QList<AgendaItem> m_before;
    QList<AgendaItem> m_after;
};
} // namespace

EditableAgenda::EditableAgenda(AgendaStore store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_items(Agenda::defaults())
    , m_templateItems(m_items) {}

void EditableAgenda::setTemplate(const Template* tmpl) {
    m_templateId = tmpl ? tmpl->id : QString();
    m_templateItems = AgendaStore::templateAgenda(tmpl);
    m_items = m_store.load(tmpl, &m_problem);
    Q_EMIT itemsChanged();
}

QString EditableAgenda::setMinutes(int index, int minutes) {
    if (index < 0 || index >= count())
        return tr("There is no agenda item %1.").arg(index + 1);
    if (minutes < 1 || minutes > Agenda::kMaxMinutes)
        return tr("A timebox is 1 to %1 minutes.").arg(Agenda::kMaxMinutes);
    QList<AgendaItem> items = m_items;
    items[index].minutes = minutes;
    return push(items, tr("Timebox of “%1”: %n min", nullptr, minutes).arg(items.at(index).title));
}

QString EditableAgenda::setTitle(int index, const QString& title) {
    if (index < 0 || index >= count())
        return tr("There is no agenda item %1.").arg(index + 1);
    if (title.trimmed().isEmpty())
        return tr("An agenda item needs a title.");
    QList<AgendaItem> items = m_items;
    items[index].title = title.trimmed();
    return push(items, tr("Rename agenda item “%1”").arg(m_items.at(index).title));
}

QString EditableAgenda::setScript(int index, const QString& script) {
    if (index < 0 || index >= count())
        return tr("There is no agenda item %1.").arg(index + 1);
    QList<AgendaItem> items = m_items;
    items[index].script = script;
    return push(items, tr("Edit the script of “%1”").arg(items.at(index).title));
}

QString EditableAgenda::setView(int index, PresenterView view) {
    if (index < 0 || index >= count())
        return tr("There is no agenda item %1.").arg(index + 1);
    QList<AgendaItem> items = m_items;
    items[index].view = view;
    return push(items, tr("Presenter view of “%1”").arg(items.at(index).title));
}

QString EditableAgenda::insertItem(int index, const AgendaItem& item) {
    if (item.title.trimmed().isEmpty())
        return tr("An agenda item needs a title.");
    if (item.minutes < 1 || item.minutes > Agenda::kMaxMinutes)
        return tr("A timebox is 1 to %1 minutes.").arg(Agenda::kMaxMinutes);
    QList<AgendaItem> items = m_items;
    items.insert(qBound(0, index, count()), item);
    return push(items, tr("Add agenda item “%1”").arg(item.title));
}

QString EditableAgenda::removeItem(int index) {
    if (index < 0 || index >= count())
        return tr("There is no agenda item %1.").arg(index + 1);
    if (count() == 1)
        return tr("An agenda keeps at least one item.");
    QList<AgendaItem> items = m_items;
    items.removeAt(index);
    return push(items, tr("Remove agenda item “%1”").arg(m_items.at(index).title));
}

QString EditableAgenda::moveItem(int from, int to) {
    if (from < 0 || from >= count() || to < 0 || to >= count())
        return tr("There is no agenda item %1.").arg((from < 0 || from >= count() ? from : to) + 1);
    QList<AgendaItem> items = m_items;
    items.move(from, to);
    return push(items, tr("Move agenda item “%1”").arg(m_items.at(from).title));
}

QString EditableAgenda::resetToTemplate() {
    return push(m_templateItems, tr("Reset the agenda"));
}

QString EditableAgenda::push(const QList<AgendaItem>& items, const QString& text) {
    if (items == m_items)
        return {};
    auto* command = new ReplaceAgendaCommand(this, m_items, items, text);
    if (m_undo)
        m_undo->push(command); // runs redo()
    else {
        command->redo();
        delete command;
    }
    // The edit is made either way; a failed save is reported through saveFailed().
    return {};
}

void EditableAgenda::apply(const QList<AgendaItem>& items) {
    m_items = items;
    m_problem.clear();
    if (!m_templateId.isEmpty()) {
        // The template's own agenda again: no saved copy, so a later template update shows.
        const Status saved = items == m_templateItems ? m_store.reset(m_templateId)
                                                      : m_store.save(m_templateId, items);
        if (!saved) {
            m_problem = saved.error();
            Q_EMIT saveFailed(m_problem);
        }
    }
    Q_EMIT itemsChanged();
}

} // namespace causeway
