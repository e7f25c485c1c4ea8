#pragma once

#include "model/Record.h"
#include "model/Template.h"

#include <QList>
#include <QStringList>

namespace causeway {

namespace Kind {
// The review meeting of a postmortem: who was there, the notes, the time spent per agenda
// item. A record like any other, so it is audited, exported and merged with the rest.
inline const QString Meeting = QStringLiteral("meeting");
} // namespace Kind

namespace MeetingField {
inline const QString Attendance = QStringLiteral("attendance"); // participant ids present
inline const QString Notes = QStringLiteral("notes");
// The agenda as it was run (item titles) and the whole seconds spent on each, same order:
// the record reads on its own even after the template's agenda changed.
inline const QString Agenda = QStringLiteral("agenda");
inline const QString ElapsedSeconds = QStringLiteral("elapsed_seconds"); // decimal strings
inline const QString CurrentItem = QStringLiteral("current_item");       // index into agenda
// The timebox of each item as it was run, in minutes (decimal strings, same order as agenda).
inline const QString TimeboxMinutes = QStringLiteral("timebox_minutes");
} // namespace MeetingField

QList<TemplateField> meetingSchema();

// What a meeting record holds, read leniently: a missing or malformed value reads empty.
struct MeetingState {
    QString recordId; // empty: no meeting was held yet
    QStringList present;
    QString notes;
    QStringList agenda;
    QList<int> elapsedSeconds; // as long as agenda
    QList<int> timeboxMinutes; // as long as agenda; 0 where a record made before timeboxes
                               // were kept does not say
    int currentItem = 0;

    static MeetingState fromRecord(const Record* record);
    // Nobody marked present, no notes, no time recorded: nothing to report.
    bool isEmpty() const;
    // Seconds spent on the item with this title at this position (a title found elsewhere
    // counts too, so reordering an agenda keeps the times); 0 when never timed.
    int secondsFor(int index, const QString& title) const;
};

// The postmortem's live meeting record (the first created), or nullptr.
const Record* meetingRecordOf(const Postmortem& pm);

} // namespace causeway
