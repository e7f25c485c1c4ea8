#include "meeting/MeetingCapture.h"

#include "actions/ActionEditing.h"
#include "causes/CauseEditing.h"
#include "common/DisplayTimeZone.h"
#include "editing/PostmortemDocument.h"
#include "meeting/MeetingEditing.h"
#include "meeting/MeetingRecord.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "timeline/QuickCapture.h"
#include "timeline/TimelineEvent.h"

#include <QCoreApplication>

namespace causeway {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("causeway::MeetingCapture", text);
}
} // namespace

MeetingCapture MeetingCapture::parse(const QString& line, const QTimeZone& zone,
                                     const QDateTime& reference) {
    MeetingCapture result;
    const QString text = line.trimmed();
    const qsizetype space = text.indexOf(u' ');
    const QString prefix = (space < 0 ? text : text.left(space)).toLower();
    const QString rest = space < 0 ? QString() : text.mid(space + 1).trimmed();
    if (prefix == u"e")
        result.target = Event;
    else if (prefix == u"c")
        result.target = Cause;
    else if (prefix == u"a")
        result.target = Action;
    else if (prefix == u"n")
        result.target = Note;
    if (result.target == None) {
        result.error = tr("Start the line with e (event), c (cause), a (action) or n (note), "
                          "then a space.");
        return result;
    }
    if (result.target == Event) {
        const QuickCapture parsed = parseQuickCapture(rest, zone, reference);
        if (!parsed.error.isEmpty()) {
            result.error = parsed.error;
            return result;
        }
        if (!parsed.time.isValid()) {
            result.error = tr("An event starts with its time: e 14:05 paged the on-call.");
            return result;
        }
        result.time = parsed.time;
        result.text = parsed.description;
    } else {
        result.text = rest;
    }
    if (result.text.isEmpty())
        result.error = result.target == Event ? tr("Type what happened after the time.")
                                              : tr("Type the text after the letter.");
    return result;
}

QString MeetingCapture::apply(PostmortemDocument& doc) const {
    if (!error.isEmpty() || doc.isReadOnly())
        return {};
    switch (target) {
    case Event: {
        TimelineEvent e;
        e.time = time.toUTC();
        e.description = text;
        e.source = QStringLiteral("meeting_notes");
        return doc.addChild(Kind::Event, e.toFields());
    }
    case Cause:
        return CauseEditing::addCause(doc, QString(), -1, text);
    case Action:
        return ActionEditing::addAction(doc, text);
    case Note:
        if (!MeetingEditing::appendNote(doc, text))
            return {};
        return meetingRecordOf(doc.postmortem())->id;
    case None:
        break;
    }
    return {};
}

QString MeetingCapture::placeholder() {
    return tr("e 14:05 event · c cause · a action · n note — Enter adds it");
}

QString MeetingCapture::help() {
    return tr("Quick capture: the first letter says where the line goes.\n"
              "e 14:05 paged the on-call — a timeline event at 14:05 (also 2026-03-02 14:05 "
              "or +5m)\n"
              "c config drift was not detected — a cause under the problem statement\n"
              "a add a canary stage — an action item\n"
              "n follow up with the database team — a line in the meeting notes\n"
              "Each capture is one step of Edit ▸ Undo.");
}

QTimeZone captureZone(const PostmortemDocument& doc) {
    return displayTimeZone(doc.value(doc.id(), Field::TimeZone).toString());
}

QDateTime captureReference(const PostmortemDocument& doc) {
    const QDateTime start =
        parseCanonicalTime(doc.value(doc.id(), Field::IncidentStart).toString());
    if (start.isValid())
        return start;
    QDateTime first;
    for (const Record& r : doc.postmortem().childrenOfKind(Kind::Event)) {
        const QDateTime t = parseCanonicalTime(r.text(EventField::Time));
        if (t.isValid() && (!first.isValid() || t < first))
            first = t;
    }
    return first.isValid() ? first : QDateTime::currentDateTimeUtc();
}

} // namespace causeway
