#pragma once

// Six postmortems with known dates, phases, actions, approvals and recurrence links, written
// straight through Store::commit (the review workflow that normally writes approvals is not
// needed to test the arithmetic). The expected numbers are computed by hand in
// test_metrics.cpp; kMetricsToday is the "today" they are computed for.
#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QTest>

namespace causeway::test {

inline const QDate kMetricsToday(2026, 4, 15);

struct MetricsFixture {
    QString p1, p2, p3, p4, p5, p6;
};

inline QString fixtureTime(int month, int day, int hour, int minute = 0) {
    return canonicalTime(QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC));
}

// An incident start plus minutes, as a canonical time.
inline QString plusMinutes(const QString& start, int minutes) {
    return canonicalTime(parseCanonicalTime(start).addSecs(qint64(minutes) * 60));
}

struct FixtureAction {
    QString title;
    QDate due;
    QString status;
    QDate closedOn;
};

inline ChangeSet::NewRecord fixtureChild(const QString& pm, const QString& kind,
                                         const QMap<QString, QJsonValue>& fields) {
    return ChangeSet::NewRecord{newRecordId(), kind, pm, fields};
}

inline ChangeSet::NewRecord actionRecord(const QString& pm, const FixtureAction& a) {
    QMap<QString, QJsonValue> fields{{ActionField::Title, a.title},
                                     {ActionField::Status, a.status},
                                     {ActionField::Priority, QStringLiteral("P2")},
                                     {ActionField::Type, QStringLiteral("prevent")}};
    if (a.due.isValid())
        fields.insert(ActionField::Due, a.due.toString(Qt::ISODate));
    if (a.closedOn.isValid())
        fields.insert(ActionField::ClosedOn, a.closedOn.toString(Qt::ISODate));
    if (a.status == u"wont_do")
        fields.insert(ActionField::StatusReason, QStringLiteral("superseded"));
    return fixtureChild(pm, Kind::Action, fields);
}

inline ChangeSet::NewRecord reviewRecord(const QString& pm, const QString& from, const QString& to,
                                         const QString& at) {
    return fixtureChild(pm, Kind::Review,
                        {{ReviewField::From, from},
                         {ReviewField::To, to},
                         {ReviewField::At, at},
                         {ReviewField::By, QStringLiteral("Approver")}});
}

struct FixturePostmortem {
    QString title;
    QString severity;
    QStringList tags;
    QStringList services;
    QString start;
    QString end;
    int detected = -1; // minutes after start; -1 none; may be negative
    int mitigated = -1;
    int resolved = -1;
    QString summary;
    QStringList recurrenceOf;
};

inline QString fixtureIncident(Store& store, const FixturePostmortem& p,
                               const QList<FixtureAction>& actions,
                               const QList<ChangeSet::NewRecord>& extra = {}) {
    QMap<QString, QJsonValue> fields{
        {Field::Title, p.title},
        {Field::Severity, p.severity},
        {Field::Tags, QJsonArray::fromStringList(p.tags)},
        {Field::ImpactServices, QJsonArray::fromStringList(p.services)},
        {Field::IncidentStart, p.start},
        {Field::IncidentEnd, p.end},
        {Field::Summary, p.summary}};
    const auto phase = [&](const char* key, int minutes) {
        if (minutes != -1)
            fields.insert(QString::fromLatin1(key), plusMinutes(p.start, minutes));
    };
    phase("phase_detected", p.detected);
    phase("phase_mitigated", p.mitigated);
    phase("phase_resolved", p.resolved);
    if (!p.recurrenceOf.isEmpty())
        fields.insert(ReviewRootField::RecurrenceOf, QJsonArray::fromStringList(p.recurrenceOf));
    const QString id = store.createPostmortem(QStringLiteral("standard"), fields).value();
    ChangeSet change;
    for (const FixtureAction& a : actions)
        change.creates.append(actionRecord(id, a));
    for (ChangeSet::NewRecord r : extra) {
        r.parentId = id;
        change.creates.append(r);
    }
    const Status s = store.commit(change);
    if (!s)
        qFatal("fixture commit failed: %s", qPrintable(s.error()));
    return id;
}

inline ChangeSet::NewRecord fixtureCause(const QString& statement, const QString& category) {
    return fixtureChild(QString(), Kind::Cause,
                        {{CauseField::Statement, statement},
                         {CauseField::Category, category},
                         {CauseField::OnFishbone, true},
                         {CauseField::Kind, QStringLiteral("root_cause")}});
}

inline ChangeSet::NewRecord fixtureReview(const QString& to, const QString& at) {
    return reviewRecord(QString(), QStringLiteral("in_review"), to, at);
}

inline MetricsFixture fillMetricsFixture(Store& store) {
    MetricsFixture f;
    const QString done = QStringLiteral("done");
    const QString open = QStringLiteral("open");
    // P1: January, SEV1, approved twice (the latest counts: 4.0 days after the end).
    f.p1 = fixtureIncident(
        store,
        {QStringLiteral("Checkout database outage"),
         QStringLiteral("SEV1"),
         {QStringLiteral("db"), QStringLiteral("checkout")},
         {QStringLiteral("checkout"), QStringLiteral("payments")},
         fixtureTime(1, 10, 10),
         fixtureTime(1, 10, 14),
         10,
         60,
         240,
         QStringLiteral("The primary database ran out of connections and checkout failed."),
         {}},
        {{QStringLiteral("Connection pool alert"), QDate(2026, 1, 31), done, QDate(2026, 1, 25)},
         {QStringLiteral("Raise pool limit"), QDate(2026, 2, 10), done, QDate(2026, 2, 15)},
         {QStringLiteral("Rewrite the ORM"), QDate(2026, 2, 1), QStringLiteral("wont_do"), {}}},
        {fixtureCause(QStringLiteral("Pool size too small"), QStringLiteral("Software")),
         fixtureReview(WorkflowState::Approved, fixtureTime(1, 12, 9)),
         reviewRecord(QString(), WorkflowState::Approved, WorkflowState::Draft,
                      fixtureTime(1, 13, 9)),
         fixtureReview(WorkflowState::Approved, fixtureTime(1, 14, 14))});
    // P2: January, SEV2, approved 2.5 days after the end; its actions are not done.
    f.p2 =
        fixtureIncident(store,
                        {QStringLiteral("Search latency spike"),
                         QStringLiteral("SEV2"),
                         {QStringLiteral("search")},
                         {QStringLiteral("search")},
                         fixtureTime(1, 20, 8),
                         fixtureTime(1, 20, 9),
                         30,
                         45,
                         90,
                         QStringLiteral("Search queries slowed down after an index rebuild."),
                         {}},
                        {{QStringLiteral("Throttle index rebuilds"), QDate(2026, 3, 1), open, {}},
                         {QStringLiteral("Capacity plan"), QDate(2026, 5, 1), open, {}}},
                        {fixtureReview(WorkflowState::Approved, fixtureTime(1, 22, 21))});
    // P3: February, SEV1, a recurrence of P1 after all of P1's actions were done; in review.
    f.p3 = fixtureIncident(
        store,
        {QStringLiteral("Checkout database outage again"),
         QStringLiteral("SEV1"),
         {QStringLiteral("db"), QStringLiteral("checkout")},
         {QStringLiteral("checkout")},
         fixtureTime(2, 20, 12),
         fixtureTime(2, 20, 13, 30),
         5,
         20,
         80,
         QStringLiteral("The database ran out of connections again during a sale."),
         {f.p1}},
        {{QStringLiteral("Load test before sales"), QDate(2026, 3, 10), done, QDate(2026, 3, 10)},
         {QStringLiteral("Pool autoscaling"), QDate(2026, 4, 30), done, QDate(2026, 4, 1)}},
        {fixtureCause(QStringLiteral("No load test"), QStringLiteral("Software")),
         reviewRecord(QString(), WorkflowState::Draft, WorkflowState::InReview,
                      fixtureTime(2, 22, 9))});
    // P4: February, SEV2, a recurrence of P2 whose actions are still open; approved 7 days
    // after the end; only a detection marker.
    f.p4 = fixtureIncident(store,
                           {QStringLiteral("Payments timeout"),
                            QStringLiteral("SEV2"),
                            {QStringLiteral("payments")},
                            {QStringLiteral("payments")},
                            fixtureTime(2, 25, 9),
                            fixtureTime(2, 25, 11),
                            20,
                            -1,
                            -1,
                            QStringLiteral("Payment provider calls timed out."),
                            {f.p2}},
                           {{QStringLiteral("Retry budget"), QDate(2026, 3, 15), done, {}}},
                           {fixtureReview(WorkflowState::Approved, fixtureTime(3, 4, 11))});
    // P5: in the trash; would match everything.
    f.p5 = fixtureIncident(
        store,
        {QStringLiteral("Checkout database outage (old)"),
         QStringLiteral("SEV1"),
         {QStringLiteral("db"), QStringLiteral("checkout")},
         {QStringLiteral("checkout")},
         fixtureTime(1, 2, 10),
         fixtureTime(1, 2, 12),
         10,
         20,
         30,
         QStringLiteral("The database ran out of connections and checkout failed."),
         {}},
        {{QStringLiteral("Old action"), QDate(2026, 1, 20), done, QDate(2026, 1, 30)}},
        {fixtureReview(WorkflowState::Approved, fixtureTime(1, 3, 12))});
    if (!store.setDeleted(f.p5, true))
        qFatal("fixture: trashing P5 failed");
    // P6: March, SEV3, a link to the trashed P5 (ignored); mitigated marked before the
    // start by mistake (negative: left out); not approved.
    f.p6 =
        fixtureIncident(store,
                        {QStringLiteral("Queue backlog"),
                         QStringLiteral("SEV3"),
                         {QStringLiteral("queue")},
                         {QStringLiteral("orders")},
                         fixtureTime(3, 5, 0),
                         fixtureTime(3, 5, 6),
                         60,
                         -10,
                         360,
                         QStringLiteral("Order queue consumers stalled."),
                         {f.p5}},
                        {{QStringLiteral("Consumer lag alert"),
                          QDate(2026, 4, 14),
                          QStringLiteral("in_progress"),
                          {}},
                         {QStringLiteral("Consumer autoscaling"), QDate(2026, 4, 20), open, {}}});
    return f;
}

} // namespace causeway::test
