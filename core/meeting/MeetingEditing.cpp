#include "meeting/MeetingEditing.h"

#include "editing/PostmortemDocument.h"
#include "meeting/MeetingRecord.h"
#include "model/Fields.h"
#include "model/Record.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace causeway {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("causeway::MeetingEditing", text);
}

// The postmortem's meeting record, created when it has none yet. The record is where the
// meeting's edits and its clock go, not an edit itself: creating it is saved and audited
// but not undoable, so undoing the first note never takes the recorded time with it.
const Record* ensureMeetingRecord(PostmortemDocument& doc) {
    if (const Record* meeting = meetingRecordOf(doc.postmortem()))
        return meeting;
    ChangeSet::NewRecord record;
    record.id = newRecordId();
    record.kind = Kind::Meeting;
    record.parentId = doc.id();
    doc.createOutsideUndo(record);
    return meetingRecordOf(doc.postmortem());
}

QList<PostmortemDocument::FieldEdit> fieldEdits(const Record& meeting,
                                                const QMap<QString, QJsonValue>& fields) {
    QList<PostmortemDocument::FieldEdit> edits;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        edits.append({meeting.id, it.key(), it.value()});
    return edits;
}

// Sets fields of the meeting record as one undo command named text.
bool setMeetingFields(PostmortemDocument& doc, const QMap<QString, QJsonValue>& fields,
                      const QString& text) {
    if (doc.isReadOnly())
        return false;
    const Record* meeting = ensureMeetingRecord(doc);
    if (!meeting)
        return false;
    doc.editFields(fieldEdits(*meeting, fields), text); // nothing to push when all are there
    return true;
}
} // namespace

bool MeetingEditing::setPresent(PostmortemDocument& doc, const QString& participantId,
                                bool present) {
    const MeetingState state = MeetingState::fromRecord(meetingRecordOf(doc.postmortem()));
    QStringList ids = state.present;
    if (present == ids.contains(participantId))
        return !doc.isReadOnly();
    if (present)
        ids.append(participantId);
    else
        ids.removeAll(participantId);
    const Record* participant = doc.record(participantId);
    const QString name = participant ? participant->text(Field::Name) : participantId;
    return setMeetingFields(doc, {{MeetingField::Attendance, QJsonArray::fromStringList(ids)}},
                            present ? tr("Mark %1 present").arg(name)
                                    : tr("Mark %1 absent").arg(name));
}

bool MeetingEditing::setNotes(PostmortemDocument& doc, const QString& notes) {
    if (doc.isReadOnly())
        return false;
    // Typing merges into one undo step while the user keeps typing.
    const Record* meeting = ensureMeetingRecord(doc);
    if (!meeting)
        return false;
    doc.editField(meeting->id, MeetingField::Notes, notes);
    return true;
}

bool MeetingEditing::appendNote(PostmortemDocument& doc, const QString& line) {
    const QString text = line.trimmed();
    if (text.isEmpty())
        return false;
    const QString notes = MeetingState::fromRecord(meetingRecordOf(doc.postmortem())).notes;
    QString updated = notes;
    if (!updated.isEmpty() && !updated.endsWith(u'\n'))
        updated += u'\n';
    updated += text;
    return setMeetingFields(doc, {{MeetingField::Notes, updated}}, tr("Add meeting note"));
}

bool MeetingEditing::recordTimes(PostmortemDocument& doc, const QStringList& agenda,
                                 const QList<int>& elapsedSeconds, const QList<int>& timeboxMinutes,
                                 int currentItem) {
    if (doc.isReadOnly())
        return false;
    QStringList seconds;
    QStringList minutes;
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        seconds.append(QString::number(qMax(0, elapsedSeconds.value(i))));
        minutes.append(QString::number(qMax(0, timeboxMinutes.value(i))));
    }
    const QMap<QString, QJsonValue> fields{
        {MeetingField::Agenda, QJsonArray::fromStringList(agenda)},
        {MeetingField::ElapsedSeconds, QJsonArray::fromStringList(seconds)},
        {MeetingField::TimeboxMinutes, QJsonArray::fromStringList(minutes)},
        {MeetingField::CurrentItem, qMax(0, currentItem)}};
    // The clock is not an edit of the facilitator's: saved and audited, never undone.
    const Record* meeting = ensureMeetingRecord(doc);
    if (!meeting)
        return false;
    doc.writeOutsideUndo(fieldEdits(*meeting, fields));
    return true;
}

} // namespace causeway
