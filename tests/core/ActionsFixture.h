#pragma once

// Postmortems with actions in every state the follow-up views tell apart, for the query,
// CSV and CLI tests. Dates are fixed around kFixtureToday, a Wednesday: its week runs from
// Monday 2026-03-09 to Sunday 2026-03-15.
#include "TestSupport.h"
#include "actions/Action.h"
#include "actions/ActionEditing.h"
#include "causes/CauseEditing.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"

#include <QTest>

namespace causeway::test {

inline const QDate kFixtureToday(2026, 3, 11);

struct ActionsFixture {
    QString checkout;           // postmortem "Checkout down"
    QString search;             // postmortem "Search slow"
    QString trashed;            // postmortem in the trash, with an overdue action
    QMap<QString, QString> ids; // action title -> id
};

inline QString fixtureAction(PostmortemDocument& doc, ActionsFixture& f, const QString& title,
                             const QDate& due, const QString& owner, const QString& status,
                             const QString& type, const QString& cause = QString()) {
    const QString id = ActionEditing::addAction(doc, title, cause, Policy(), kFixtureToday);
    ActionEditing::setDue(doc, id, due);
    if (!owner.isEmpty())
        ActionEditing::editField(doc, id, ActionField::Owner, owner);
    ActionEditing::editField(doc, id, ActionField::Type, type);
    if (status != u"open")
        ActionEditing::setStatus(doc, id, status, QStringLiteral("not needed"), kFixtureToday);
    f.ids.insert(title, id);
    return id;
}

inline QString fixturePostmortem(Store& store, const QString& title) {
    return store.createPostmortem(QStringLiteral("standard"), {{Field::Title, title}}).value();
}

// Call through QVERIFY-aware code: a failed step ends the current test function.
inline void fillActionsFixture(Store& store, ActionsFixture& f) {
    f.checkout = fixturePostmortem(store, QStringLiteral("Checkout down"));
    {
        PostmortemDocument doc(&store, *store.loadPostmortem(f.checkout));
        const QString ana =
            doc.addChild(Kind::Participant, {{Field::Name, QStringLiteral("Ana Lima")}});
        const QString bob =
            doc.addChild(Kind::Participant, {{Field::Name, QStringLiteral("Bob Stone")}});
        const QString cause =
            CauseEditing::addCause(doc, QString(), -1, QStringLiteral("No alert on queue depth"));
        fixtureAction(doc, f, QStringLiteral("Alert on queue depth"), QDate(2026, 3, 1), ana,
                      QStringLiteral("open"), QStringLiteral("detect"), cause);
        fixtureAction(doc, f, QStringLiteral("Load test, then \"tune\" pool"), QDate(2026, 3, 15),
                      bob, QStringLiteral("in_progress"), QStringLiteral("prevent"));
        fixtureAction(doc, f, QStringLiteral("Runbook for failover"), QDate(2026, 3, 9), bob,
                      QStringLiteral("done"), QStringLiteral("mitigate"));
        QVERIFY(doc.flush());
    }
    f.search = fixturePostmortem(store, QStringLiteral("Search slow"));
    {
        PostmortemDocument doc(&store, *store.loadPostmortem(f.search));
        const QString ana =
            doc.addChild(Kind::Participant, {{Field::Name, QStringLiteral("ana lima")}});
        fixtureAction(doc, f, QStringLiteral("Change review rule"), QDate(2026, 3, 16), QString(),
                      QStringLiteral("open"), QStringLiteral("process"));
        fixtureAction(doc, f, QStringLiteral("Index rebuild check"), QDate(2026, 2, 20), ana,
                      QStringLiteral("open"), QStringLiteral("detect"));
        const QString undated =
            fixtureAction(doc, f, QStringLiteral("Capacity review"), QDate(2026, 3, 20), QString(),
                          QStringLiteral("wont_do"), QStringLiteral("prevent"));
        ActionEditing::setDue(doc, undated, QDate());
        QVERIFY(doc.flush());
    }
    f.trashed = fixturePostmortem(store, QStringLiteral("Old incident"));
    {
        PostmortemDocument doc(&store, *store.loadPostmortem(f.trashed));
        fixtureAction(doc, f, QStringLiteral("Forgotten"), QDate(2026, 1, 1), QString(),
                      QStringLiteral("open"), QStringLiteral("detect"));
        QVERIFY(doc.flush());
    }
    QVERIFY(store.setDeleted(f.trashed, true));
}

} // namespace causeway::test
