#pragma once

#include "actions/Action.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace causeway {

class Store;

// One action as the cross-postmortem views show it.
struct ActionRow {
    QString postmortemId;
    QString postmortemTitle;
    Action action;
    QString ownerName;           // the participant's name (see ownerName())
    QStringList causeStatements; // the statements of the causes the action addresses
    bool overdue = false;        // relative to the query's today
};

// Which actions to list. Empty strings and false flags do not filter.
struct ActionFilter {
    QString owner;  // part of the owner's name, case-insensitive
    QString status; // a status key (open, in_progress, done, wont_do)
    QString type;   // a type key (prevent, detect, mitigate, process)
    bool overdueOnly = false;
    bool dueThisWeek = false; // due Monday to Sunday of today's week
    QDate today;              // invalid: QDate::currentDate()

    // Whether the row passes; row.overdue must already be computed for today.
    bool accepts(const ActionRow& row) const;
};

// The Monday and Sunday of the week that contains day.
QDate weekStart(const QDate& day);
QDate weekEnd(const QDate& day);

// Sorted for follow-up: overdue first, then by due date (no date last), then postmortem and
// list order, so the output is stable.
void sortActionRows(QList<ActionRow>& rows);

// The actions of every postmortem not in the trash that pass the filter, sorted.
QList<ActionRow> queryActions(const Store& store, const ActionFilter& filter);
// The same for one postmortem already in memory (no filter applied but today).
QList<ActionRow> actionRows(const Postmortem& pm, const QDate& today);

} // namespace causeway
