#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace causeway {

class PostmortemDocument;

// The edits of the review meeting. Each but recordTimes is ONE undo command on the
// document's stack. The first one also creates the postmortem's meeting record, which is
// saved and audited but not undoable: undo empties the record, it never removes it, so the
// time recorded in it stays. All do nothing on a read-only document and return false then.
namespace MeetingEditing {

bool setPresent(PostmortemDocument& doc, const QString& participantId, bool present);
// Typing: consecutive edits merge into one undo step.
bool setNotes(PostmortemDocument& doc, const QString& notes);
// Adds line as a new paragraph at the end of the notes (the quick-capture "n").
bool appendNote(PostmortemDocument& doc, const QString& line);
// The time spent per agenda item, each item's timebox and the item the meeting is on. Not a user
// edit: saved and audited like one, but never on the undo stack (Undo after Next takes back the
// facilitator's last edit, not the clock).
bool recordTimes(PostmortemDocument& doc, const QStringList& agenda,
                 const QList<int>& elapsedSeconds, const QList<int>& timeboxMinutes,
                 int currentItem);

} // namespace MeetingEditing

} // namespace causeway
