#pragma once

#include "model/Record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace causeway {

// What links a cause to the rest of the postmortem: the timeline evidence it rests on and
// the actions that address it. The review checklist asks that every root cause and
// contributing factor is addressed by an action; these functions are where that is
// decided, so the panel, the report and the checklist agree.
struct CauseTrace {
    QString id;
    QString statement;
    QString kind;
    // The fishbone category the cause is filed under; empty when it is not on the fishbone.
    QString category;
    // Evidence ids that name a live timeline event or attachment, in the cause's order.
    QStringList evidence;
    // Evidence ids that name nothing here: moved to the trash, or cited by a cause that was
    // imported without the record it cites. Kept apart so a count never promises more than
    // the timeline can show.
    QStringList danglingEvidence;
    // Distinct action item ids the cause lists.
    int actionCount = 0;
    // The cause needs an action (CauseVocabulary::needsAction) and lists none.
    bool unaddressed = false;

    bool operator==(const CauseTrace& other) const = default;
};

// Every live cause, in the order of the 5-whys tree (parents first, siblings by position).
QList<CauseTrace> traceCauses(const Postmortem& pm);

// Ids of the live causes whose evidence cites recordId; for an event, also those citing
// one of the event's attachments, since an attachment is evidence through its event. In
// tree order.
QStringList causesCiting(const Postmortem& pm, const QString& recordId);

// Ids of the causes traceCauses() marks unaddressed, in tree order.
QStringList unaddressedCauses(const Postmortem& pm);

// The timeline event an evidence id leads to: the event itself, or for an attachment the
// first live event it is linked to. Empty when there is none to show.
QString eventOfEvidence(const Postmortem& pm, const QString& evidenceId);

} // namespace causeway
