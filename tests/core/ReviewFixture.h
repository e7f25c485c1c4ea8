#pragma once

// Postmortems for the review tests: one whose checklist passes completely (every computed
// item), built through the store so the workflow and lock run on real records.
#include "TestSupport.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/Fields.h"
#include "store/Store.h"

#include <QJsonArray>

namespace causeway::test {

// A draft whose impact, phases, causes and actions satisfy every computed checklist item.
inline QString completePostmortem(Store& store, const QString& title = QStringLiteral("Outage")) {
    const QString id =
        store
            .createPostmortem(
                QStringLiteral("standard"),
                {{Field::Title, title},
                 {Field::Impact, QStringLiteral("Checkout failed for 20 minutes.")},
                 {Field::ImpactDurationMinutes, 20},
                 {Field::IncidentEnd, QStringLiteral("2026-03-02T10:00:00Z")},
                 {QStringLiteral("phase_detected"), QStringLiteral("2026-03-02T09:45:00Z")},
                 {QStringLiteral("phase_resolved"), QStringLiteral("2026-03-02T10:00:00Z")}})
            .value();
    const QString person = newRecordId();
    const QString action = newRecordId();
    ChangeSet children;
    children.creates.append(
        {person, Kind::Participant, id, {{Field::Name, QStringLiteral("Kim")}}});
    children.creates.append({action,
                             Kind::Action,
                             id,
                             {{ActionField::Title, QStringLiteral("Raise the pool limit")},
                              {ActionField::Owner, person},
                              {ActionField::Due, QStringLiteral("2026-04-01")}}});
    children.creates.append({newRecordId(),
                             Kind::Cause,
                             id,
                             {{CauseField::Statement, QStringLiteral("Pool too small")},
                              {CauseField::Kind, QStringLiteral("root_cause")},
                              {CauseField::Actions, QJsonArray{action}}}});
    if (!store.commit(children))
        return {};
    return id;
}

} // namespace causeway::test
