#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace causeway {

class PostmortemDocument;

// The meeting's quick-capture line: the first word says where the rest goes.
//   e 14:05 paged the on-call   a timeline event (the time as in the Timeline tab's line)
//   c config drift not detected  a cause, answering the problem statement
//   a add a canary stage         an action
//   n follow up with the DB team a line in the meeting notes
struct MeetingCapture {
    enum Target { None, Event, Cause, Action, Note };
    Target target = None;
    QString text;
    QDateTime time; // events only: UTC
    QString error;  // why the line cannot be captured; empty when it can

    // zone and reference read an event's time (see parseQuickCapture).
    static MeetingCapture parse(const QString& line, const QTimeZone& zone,
                                const QDateTime& reference);
    // Adds what the line says as one undo command. Returns the new record's id (the
    // meeting record's for a note), empty when the document refused.
    QString apply(PostmortemDocument& doc) const;
    // The syntax, for the line's placeholder and tooltip.
    static QString placeholder();
    static QString help();
};

// The zone and reference time event captures read times in: the postmortem's zone and its
// incident start, else its first event, else now.
QTimeZone captureZone(const PostmortemDocument& doc);
QDateTime captureReference(const PostmortemDocument& doc);

} // namespace causeway
