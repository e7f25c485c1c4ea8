#pragma once

// Replicas for the merge and convergence tests: stores with their own device ids that
// exchange postmortems through Store::mergeBundle, as bundle import does after its checks.
#include "TestSupport.h"

#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "store/Store.h"
#include "sync/Conflict.h"
#include "timeline/TimelineEvent.h"

#include <QTest>
#include <QUuid>

namespace causeway::test {

struct Replica {
    QString device;
    std::unique_ptr<Store> store;
};

inline Replica newReplica(const QString& device) {
    return Replica{device,
                   openStore(tempPath(device + QStringLiteral(".db")), testOpenOptions(device))};
}

// Sends the sender's copies of the postmortems to the receiver.
inline Result<BundleMergeSummary> sendTo(const Replica& from, Replica& to, const QStringList& ids,
                                         bool dryRun = false) {
    BundleMergeRequest request;
    for (const QString& id : ids) {
        auto pm = from.store->loadPostmortem(id);
        if (!pm)
            return Result<BundleMergeSummary>::failure(QStringLiteral("no postmortem ") + id);
        // Through the exchange format, as a bundle carries it.
        auto parsed =
            PostmortemJson::fromJson(PostmortemJson::toCanonicalBytes(*pm), builtinTemplates());
        if (!parsed)
            return Result<BundleMergeSummary>::failure(parsed.error());
        request.postmortems.append(parsed.value());
    }
    request.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.device = from.device;
    request.dryRun = dryRun;
    return to.store->mergeBundle(request);
}

inline QByteArray canonical(const Replica& r, const QString& id) {
    const auto pm = r.store->loadPostmortem(id);
    return pm ? PostmortemJson::toCanonicalBytes(*pm) : QByteArray();
}

inline QList<Record> conflictsOf(const Replica& r, const QString& id) {
    return r.store->loadPostmortem(id)->childrenOfKind(Kind::Conflict, true);
}

inline Status setField(Replica& r, const QString& recordId, const QString& field,
                       const QJsonValue& value) {
    ChangeSet c;
    c.fieldChanges.append({recordId, field, value});
    return r.store->commit(c);
}

inline QString addEvent(Replica& r, const QString& pmId, const QString& text) {
    ChangeSet c;
    const QString id = newRecordId();
    c.creates.append({id,
                      Kind::Event,
                      pmId,
                      {{EventField::Time, QStringLiteral("2026-03-02T10:00:00.000Z")},
                       {EventField::Kind, QStringLiteral("observation")},
                       {EventField::Source, QStringLiteral("manual")},
                       {EventField::Description, text}}});
    if (!r.store->commit(c))
        return QString();
    return id;
}

} // namespace causeway::test
