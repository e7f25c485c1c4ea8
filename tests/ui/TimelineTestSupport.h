#pragma once

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "timeline/TimelineEvent.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

namespace causeway::test {

inline QDateTime utc(const QString& iso) {
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

inline Record eventRecord(const QString& postmortemId, const QDateTime& time, const QString& source,
                          const QString& description, bool key = false,
                          const QDateTime& end = QDateTime()) {
    TimelineEvent e;
    e.time = time;
    e.end = end;
    e.source = source;
    e.description = description;
    e.keyEvent = key;
    Record r;
    r.id = newRecordId();
    r.kind = Kind::Event;
    r.parentId = postmortemId;
    const QMap<QString, QJsonValue> fields = e.toFields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        r.fields[it.key()].value = it.value();
    return r;
}

// An in-memory postmortem (no store) with count events: a steady stream over a few hours
// plus dense bursts where many events share a minute, across several sources.
inline Postmortem syntheticPostmortem(int count, quint32 seed = 7) {
    Postmortem pm;
    pm.root.id = newRecordId();
    pm.root.kind = Kind::Postmortem;
    pm.root.fields[Field::TimeZone].value = QStringLiteral("Europe/Berlin");
    const QDateTime start = utc(QStringLiteral("2026-03-02T12:00:00Z"));
    pm.root.fields[Field::IncidentStart].value = canonicalTime(start);
    pm.root.fields[QStringLiteral("phase_detected")].value = canonicalTime(start.addSecs(600));
    pm.root.fields[QStringLiteral("phase_acknowledged")].value = canonicalTime(start.addSecs(660));
    pm.root.fields[QStringLiteral("phase_mitigated")].value = canonicalTime(start.addSecs(3600));
    pm.root.fields[QStringLiteral("phase_resolved")].value = canonicalTime(start.addSecs(7200));
    QRandomGenerator rng(seed);
    const QStringList sources = EventVocabulary::sources();
    const QStringList words{QStringLiteral("paged the on-call"),
                            QStringLiteral("error rate up"),
                            QStringLiteral("rolled back deploy 4411"),
                            QStringLiteral("status page updated with a long explanation"),
                            QStringLiteral("db failover"),
                            QStringLiteral("customer reports")};
    for (int i = 0; i < count; ++i) {
        QDateTime t;
        if (i % 3 == 0) // bursts: a third of the events within two minutes
            t = start.addSecs(1800 + rng.bounded(120));
        else
            t = start.addSecs(rng.bounded(3 * 3600));
        const QString source = sources.at(rng.bounded(int(sources.size())));
        const QString text = words.at(rng.bounded(int(words.size()))) + u' ' + QString::number(i);
        const QDateTime end = i % 17 == 0 ? t.addSecs(300 + rng.bounded(900)) : QDateTime();
        pm.children.append(eventRecord(pm.root.id, t, source, text, i % 11 == 0, end));
    }
    return pm;
}

} // namespace causeway::test
