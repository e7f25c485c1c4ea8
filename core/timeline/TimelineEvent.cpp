#include "timeline/TimelineEvent.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "report/Confidentiality.h"
#include "signing/Sha256.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace causeway {

namespace EventVocabulary {

QStringList kinds() {
    return {QStringLiteral("observation"),   QStringLiteral("alert"),
            QStringLiteral("detection"),     QStringLiteral("escalation"),
            QStringLiteral("action"),        QStringLiteral("decision"),
            QStringLiteral("communication"), QStringLiteral("mitigation"),
            QStringLiteral("resolution"),    QStringLiteral("customer_impact"),
            QStringLiteral("other")};
}

QStringList sources() {
    return {QStringLiteral("chat"),          QStringLiteral("alert"),
            QStringLiteral("log"),           QStringLiteral("ticket"),
            QStringLiteral("deploy"),        QStringLiteral("status_page"),
            QStringLiteral("meeting_notes"), QStringLiteral("manual")};
}

QString kindName(const QString& key) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("EventVocabulary", "Observation")},
        {QStringLiteral("alert"), QT_TRANSLATE_NOOP("EventVocabulary", "Alert")},
        {QStringLiteral("detection"), QT_TRANSLATE_NOOP("EventVocabulary", "Detection")},
        {QStringLiteral("escalation"), QT_TRANSLATE_NOOP("EventVocabulary", "Escalation")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("EventVocabulary", "Action")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("EventVocabulary", "Decision")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("EventVocabulary", "Communication")},
        {QStringLiteral("mitigation"), QT_TRANSLATE_NOOP("EventVocabulary", "Mitigation")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("EventVocabulary", "Resolution")},
        {QStringLiteral("customer_impact"),
         QT_TRANSLATE_NOOP("EventVocabulary", "Customer impact")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("EventVocabulary", "Other")},
    };
    const char* name = names.value(key);
    return name ? QCoreApplication::translate("EventVocabulary", name) : key;
}

QString sourceName(const QString& key) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("chat"), QT_TRANSLATE_NOOP("EventVocabulary", "Chat")},
        {QStringLiteral("alert"), QT_TRANSLATE_NOOP("EventVocabulary", "Alert")},
        {QStringLiteral("log"), QT_TRANSLATE_NOOP("EventVocabulary", "Log")},
        {QStringLiteral("ticket"), QT_TRANSLATE_NOOP("EventVocabulary", "Ticket")},
        {QStringLiteral("deploy"), QT_TRANSLATE_NOOP("EventVocabulary", "Deploy")},
        {QStringLiteral("status_page"), QT_TRANSLATE_NOOP("EventVocabulary", "Status page")},
        {QStringLiteral("meeting_notes"), QT_TRANSLATE_NOOP("EventVocabulary", "Meeting notes")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("EventVocabulary", "Manual")},
    };
    const char* name = names.value(key);
    return name ? QCoreApplication::translate("EventVocabulary", name) : key;
}

} // namespace EventVocabulary

namespace {

QStringList stringList(const QJsonValue& value) {
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

} // namespace

TimelineEvent TimelineEvent::fromRecord(const Record& record) {
    TimelineEvent e;
    e.id = record.id;
    e.deleted = record.deleted;
    // One pass over the fields instead of a map lookup per field: opening a timeline reads
    // every event this way.
    for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it) {
        const QString& key = it.key();
        const QJsonValue& value = it.value().value;
        if (key == EventField::Time) {
            e.time = parseCanonicalTime(value.toString());
        } else if (key == EventField::End) {
            e.end = parseCanonicalTime(value.toString());
        } else if (key == EventField::Kind) {
            if (QString kind = value.toString(); !kind.isEmpty())
                e.kind = std::move(kind);
        } else if (key == EventField::Source) {
            if (QString source = value.toString(); !source.isEmpty())
                e.source = std::move(source);
        } else if (key == EventField::Actor) {
            e.actor = value.toString();
        } else if (key == EventField::Description) {
            e.description = value.toString();
        } else if (key == EventField::Tags) {
            e.tags = stringList(value);
        } else if (key == EventField::KeyEvent) {
            e.keyEvent = value.toBool();
        } else if (key == EventField::Evidence) {
            e.evidence = stringList(value);
        } else if (key == EventField::ImportKey) {
            e.importKey = value.toString();
        }
    }
    return e;
}

TimelineEvent TimelineEvent::fromImported(const timeline::ImportedEvent& in) {
    TimelineEvent e;
    e.time = in.time;
    e.end = in.end;
    if (!in.kind.isEmpty())
        e.kind = in.kind;
    if (!in.source.isEmpty())
        e.source = in.source;
    e.actor = in.actor;
    e.description = in.text;
    e.importKey = makeImportKey(e.source, e.time, e.description);
    return e;
}

QMap<QString, QJsonValue> TimelineEvent::toFields() const {
    QMap<QString, QJsonValue> f;
    f.insert(EventField::Time, canonicalTime(time));
    if (end.isValid())
        f.insert(EventField::End, canonicalTime(end));
    f.insert(EventField::Kind, kind);
    f.insert(EventField::Source, source);
    if (!actor.isEmpty())
        f.insert(EventField::Actor, actor);
    f.insert(EventField::Description, description);
    if (!tags.isEmpty())
        f.insert(EventField::Tags, QJsonArray::fromStringList(tags));
    if (keyEvent)
        f.insert(EventField::KeyEvent, true);
    if (!evidence.isEmpty())
        f.insert(EventField::Evidence, QJsonArray::fromStringList(evidence));
    if (!importKey.isEmpty())
        f.insert(EventField::ImportKey, importKey);
    return f;
}

QString TimelineEvent::makeImportKey(const QString& source, const QDateTime& time,
                                     const QString& text) {
    Sha256 hash;
    hash.update(source.toUtf8());
    hash.update(QByteArrayView("\x1f", 1));
    hash.update(canonicalTime(time).toUtf8());
    hash.update(QByteArrayView("\x1f", 1));
    hash.update(text.trimmed().toUtf8());
    return QString::fromLatin1(hash.digest().toHex().left(32));
}

QList<TemplateField> eventSchema() {
    return {
        TemplateField::ofSchema(EventField::Time, FieldType::DateTime),
        TemplateField::ofSchema(EventField::End, FieldType::DateTime),
        TemplateField::ofSchema(EventField::Kind, FieldType::Choice, EventVocabulary::kinds()),
        TemplateField::ofSchema(EventField::Source, FieldType::Choice, EventVocabulary::sources()),
        TemplateField::ofSchema(EventField::Actor, FieldType::Line),
        TemplateField::ofSchema(EventField::Description, FieldType::Text),
        TemplateField::ofSchema(EventField::Tags, FieldType::Tags),
        TemplateField::ofSchema(EventField::KeyEvent, FieldType::Boolean),
        TemplateField::ofSchema(EventField::Evidence, FieldType::Tags),
        TemplateField::ofSchema(EventField::ImportKey, FieldType::Line),
        TemplateField::ofSchema(ConfidentialityField::Record, FieldType::Choice,
                                Vocabulary::confidentiality())};
}

} // namespace causeway
