#include "meeting/MeetingRecord.h"

#include <algorithm>

namespace causeway {

QList<TemplateField> meetingSchema() {
    using F = TemplateField;
    return {F::ofSchema(MeetingField::Attendance, FieldType::Tags),
            F::ofSchema(MeetingField::Notes, FieldType::Text),
            F::ofSchema(MeetingField::Agenda, FieldType::Tags),
            F::ofSchema(MeetingField::ElapsedSeconds, FieldType::Tags),
            F::ofSchema(MeetingField::CurrentItem, FieldType::Integer),
            F::ofSchema(MeetingField::TimeboxMinutes, FieldType::Tags)};
}

const Record* meetingRecordOf(const Postmortem& pm) {
    const Record* first = nullptr;
    for (const Record& r : pm.children) {
        if (r.kind != Kind::Meeting || r.deleted)
            continue;
        // Two machines may each have started one before a merge: the older one is the
        // meeting, whichever order the children come in.
        if (!first || r.created < first->created ||
            (r.created == first->created && r.id < first->id))
            first = &r;
    }
    return first;
}

MeetingState MeetingState::fromRecord(const Record* record) {
    MeetingState state;
    if (!record)
        return state;
    state.recordId = record->id;
    state.present = record->list(MeetingField::Attendance);
    state.notes = record->text(MeetingField::Notes);
    state.agenda = record->list(MeetingField::Agenda);
    const QStringList seconds = record->list(MeetingField::ElapsedSeconds);
    const QStringList minutes = record->list(MeetingField::TimeboxMinutes);
    for (qsizetype i = 0; i < state.agenda.size(); ++i) {
        bool ok = false;
        const int s = i < seconds.size() ? seconds.at(i).toInt(&ok) : 0;
        state.elapsedSeconds.append(ok && s > 0 ? s : 0);
        const int m = i < minutes.size() ? minutes.at(i).toInt(&ok) : 0;
        state.timeboxMinutes.append(ok && m > 0 ? m : 0);
    }
    state.currentItem = qMax(0, record->value(MeetingField::CurrentItem).toInt());
    return state;
}

bool MeetingState::isEmpty() const {
    return present.isEmpty() && notes.trimmed().isEmpty() &&
           std::all_of(elapsedSeconds.cbegin(), elapsedSeconds.cend(),
                       [](int seconds) { return seconds == 0; });
}

int MeetingState::secondsFor(int index, const QString& title) const {
    if (index >= 0 && index < agenda.size() && agenda.at(index) == title)
        return elapsedSeconds.at(index);
    const qsizetype found = agenda.indexOf(title);
    return found >= 0 ? elapsedSeconds.at(found) : 0;
}

} // namespace causeway
