#pragma once

#include "model/Record.h"
#include "model/Template.h"
#include "timeline/import/ImportTypes.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

namespace causeway {

namespace Kind {
inline const QString Event = QStringLiteral("event");
} // namespace Kind

// Field keys of a timeline event record (kind "event", a child of a postmortem).
namespace EventField {
inline const QString Time = QStringLiteral("time"); // UTC, millisecond precision
inline const QString End = QStringLiteral("end");   // optional: the event is a span
inline const QString Kind = QStringLiteral("kind");
inline const QString Source = QStringLiteral("source");
inline const QString Actor = QStringLiteral("actor"); // a role or team; never required
inline const QString Description = QStringLiteral("description");
inline const QString Tags = QStringLiteral("tags");
inline const QString KeyEvent = QStringLiteral("key_event");
inline const QString Evidence = QStringLiteral("evidence");    // attachment record ids
inline const QString ImportKey = QStringLiteral("import_key"); // dedup: source+time+text hash
} // namespace EventField

namespace EventVocabulary {
// Stored keys; shown through Vocabulary-style display names.
QStringList kinds();   // observation, alert, detection, escalation, action, decision,
                       // communication, mitigation, resolution, customer_impact, other
QStringList sources(); // chat, alert, log, ticket, deploy, status_page, meeting_notes, manual
QString kindName(const QString& key);
QString sourceName(const QString& key);
} // namespace EventVocabulary

// A typed view of an event record, for models and importers.
struct TimelineEvent {
    QString id;
    QDateTime time; // UTC
    QDateTime end;  // UTC, invalid when the event is an instant
    QString kind = QStringLiteral("observation");
    QString source = QStringLiteral("manual");
    QString actor;
    QString description;
    QStringList tags;
    bool keyEvent = false;
    QStringList evidence;
    QString importKey;
    bool deleted = false;

    static TimelineEvent fromRecord(const Record& record);
    // An event read by an importer, with its import key set.
    static TimelineEvent fromImported(const timeline::ImportedEvent& imported);
    QMap<QString, QJsonValue> toFields() const;

    // The identity of an imported event: the same source, time and text give the same key,
    // so importing a file twice adds nothing.
    static QString makeImportKey(const QString& source, const QDateTime& time, const QString& text);
};

// The field schema of event records, used to validate imported canonical JSON.
QList<TemplateField> eventSchema();

} // namespace causeway
