#include "actions/ActionsQuery.h"

#include "causes/Cause.h"
#include "store/Store.h"

#include <QHash>

#include <algorithm>

namespace causeway {

QDate weekStart(const QDate& day) {
    return day.addDays(1 - day.dayOfWeek());
}

QDate weekEnd(const QDate& day) {
    return day.addDays(7 - day.dayOfWeek());
}

bool ActionFilter::accepts(const ActionRow& row) const {
    const QDate day = today.isValid() ? today : QDate::currentDate();
    if (!owner.trimmed().isEmpty() && !row.ownerName.contains(owner.trimmed(), Qt::CaseInsensitive))
        return false;
    if (!status.isEmpty() && row.action.status != status)
        return false;
    if (!type.isEmpty() && row.action.type != type)
        return false;
    if (overdueOnly && !row.overdue)
        return false;
    if (dueThisWeek && (!row.action.due.isValid() || row.action.due < weekStart(day) ||
                        row.action.due > weekEnd(day)))
        return false;
    return true;
}

void sortActionRows(QList<ActionRow>& rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const ActionRow& a, const ActionRow& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        const QDate& da = a.action.due;
        const QDate& db = b.action.due;
        if (da != db) {
            if (!da.isValid() || !db.isValid())
                return da.isValid(); // no due date last
            return da < db;
        }
        return false; // stable: postmortem and list order stay
    });
}

QList<ActionRow> actionRows(const Postmortem& pm, const QDate& today) {
    QList<ActionRow> rows;
    const QList<Action> actions = postmortemActions(pm);
    if (actions.isEmpty())
        return rows;
    // Statements of the causes by action, read once rather than once per action.
    QHash<QString, QStringList> causesOf;
    for (const Record& r : pm.children) {
        if (r.kind != Kind::Cause || r.deleted)
            continue;
        const QString statement = r.text(CauseField::Statement);
        for (const QString& actionId : r.list(CauseField::Actions))
            causesOf[actionId].append(statement);
    }
    const QString title = pm.title();
    for (const Action& a : actions) {
        ActionRow row;
        row.postmortemId = pm.id();
        row.postmortemTitle = title;
        row.action = a;
        row.ownerName = ownerName(pm, a.owner);
        row.causeStatements = causesOf.value(a.id);
        row.overdue = a.isOverdue(today);
        rows.append(row);
    }
    return rows;
}

QList<ActionRow> queryActions(const Store& store, const ActionFilter& filter) {
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    QList<ActionRow> out;
    for (const PostmortemSummary& s : store.listPostmortems(ListScope::Active)) {
        const std::optional<Postmortem> pm = store.loadPostmortem(s.id);
        if (!pm)
            continue;
        for (const ActionRow& row : actionRows(*pm, today)) {
            if (filter.accepts(row))
                out.append(row);
        }
    }
    sortActionRows(out);
    return out;
}

} // namespace causeway
