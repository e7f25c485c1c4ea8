#include "MemoryPostmortem.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/Fields.h"
#include "review/ReviewChecklist.h"

#include <QJsonArray>
#include <QTest>

using namespace causeway;

// The review checklist on in-memory fixtures: each computed item passing and failing, with
// a detail that names what fails; the language item waits for the coach's hook.
class TestChecklist : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { setLanguageReviewProvider({}); }
    void itemsInOrder();
    void impact();
    void phases();
    void causesNeedLiveActions();
    void actionsNeedOwnerAndDue();
    void openQuestions();
    void languageIsNotCheckedWithoutTheCoach();
    void languageHookDecides();
};

namespace {

ChecklistItem item(const Postmortem& pm, const QString& key) {
    for (const ChecklistItem& i : computeChecklist(pm)) {
        if (i.key == key)
            return i;
    }
    return {};
}

using S = ChecklistItem::State;

} // namespace

void TestChecklist::itemsInOrder() {
    const QList<ChecklistItem> items = computeChecklist(test::memoryPostmortem());
    QStringList keys;
    for (const ChecklistItem& i : items)
        keys.append(i.key);
    QCOMPARE(keys,
             QStringList(
                 {QStringLiteral("impact_complete"), QStringLiteral("timeline_phases"),
                  QStringLiteral("causes_have_actions"), QStringLiteral("actions_owned_and_dated"),
                  QStringLiteral("no_open_questions"), QStringLiteral("blameless_language")}));
    QCOMPARE(items.first().title, QStringLiteral("Impact complete"));
    // An empty postmortem fails impact and phases only.
    QCOMPARE(failingChecks(items),
             QStringList({QStringLiteral("impact_complete"), QStringLiteral("timeline_phases")}));
}

void TestChecklist::impact() {
    Postmortem pm = test::memoryPostmortem();
    ChecklistItem i = item(pm, ChecklistKey::Impact);
    QCOMPARE(i.state, S::Fail);
    QCOMPARE(i.detail, QStringLiteral("The impact is not described. Give at least the duration, "
                                      "the users affected or the services affected."));
    pm.root.fields[Field::Impact].value = QStringLiteral("Checkout failed");
    i = item(pm, ChecklistKey::Impact);
    QCOMPARE(i.state, S::Fail);
    QCOMPARE(i.detail, QStringLiteral("Give at least the duration, the users affected or the "
                                      "services affected."));
    // Any one measure completes it: services…
    pm.root.fields[Field::ImpactServices].value = QJsonArray{QStringLiteral("checkout")};
    QCOMPARE(item(pm, ChecklistKey::Impact).state, S::Pass);
    // …or users (zero users is an answer too), but not an empty list of services.
    pm.root.fields[Field::ImpactServices].value = QJsonArray{};
    QCOMPARE(item(pm, ChecklistKey::Impact).state, S::Fail);
    pm.root.fields[Field::ImpactUsersAffected].value = 0;
    QCOMPARE(item(pm, ChecklistKey::Impact).state, S::Pass);
    // A description of only spaces is none.
    pm.root.fields[Field::Impact].value = QStringLiteral("  ");
    QCOMPARE(item(pm, ChecklistKey::Impact).detail, QStringLiteral("The impact is not described."));
}

void TestChecklist::phases() {
    Postmortem pm = test::memoryPostmortem();
    QCOMPARE(item(pm, ChecklistKey::Phases).detail,
             QStringLiteral("The timeline has no phase marker for: Detected, Resolved."));
    pm.root.fields[QStringLiteral("phase_detected")].value = QStringLiteral("2026-03-02T09:45:00Z");
    ChecklistItem i = item(pm, ChecklistKey::Phases);
    QCOMPARE(i.state, S::Fail);
    QCOMPARE(i.detail, QStringLiteral("The timeline has no phase marker for: Resolved."));
    pm.root.fields[QStringLiteral("phase_resolved")].value = QStringLiteral("not a time");
    QCOMPARE(item(pm, ChecklistKey::Phases).state, S::Fail);
    pm.root.fields[QStringLiteral("phase_resolved")].value = QStringLiteral("2026-03-02T10:00:00Z");
    QCOMPARE(item(pm, ChecklistKey::Phases).state, S::Pass);
}

void TestChecklist::causesNeedLiveActions() {
    Postmortem pm = test::memoryPostmortem();
    QCOMPARE(item(pm, ChecklistKey::CauseActions).state, S::Pass);
    QCOMPARE(item(pm, ChecklistKey::CauseActions).detail,
             QStringLiteral("There are no root causes or contributing factors to address."));
    const QString action = test::addMemoryRecord(
        pm, Kind::Action, {{ActionField::Title, QStringLiteral("Raise the limit")}});
    test::addMemoryRecord(pm, Kind::Cause,
                          {{CauseField::Statement, QStringLiteral("Pool too small")},
                           {CauseField::Kind, QStringLiteral("root_cause")},
                           {CauseField::Position, 1},
                           {CauseField::Actions, QJsonArray{action}}});
    const QString factor =
        test::addMemoryRecord(pm, Kind::Cause,
                              {{CauseField::Statement, QStringLiteral("No load test")},
                               {CauseField::Kind, QStringLiteral("contributing_factor")},
                               {CauseField::Position, 2},
                               {CauseField::Actions, QJsonArray{QStringLiteral("gone-id")}}});
    // Mitigators and open questions need no action.
    test::addMemoryRecord(pm, Kind::Cause,
                          {{CauseField::Statement, QStringLiteral("Alert fired")},
                           {CauseField::Kind, QStringLiteral("mitigator")}});
    ChecklistItem i = item(pm, ChecklistKey::CauseActions);
    QCOMPARE(i.state, S::Fail);
    QCOMPARE(i.detail, QStringLiteral("No action addresses “No load test”."));

    for (Record& r : pm.children) {
        if (r.id == factor)
            r.fields[CauseField::Actions].value = QJsonArray{action};
    }
    QCOMPARE(item(pm, ChecklistKey::CauseActions).state, S::Pass);
    // An action in the trash addresses nothing.
    for (Record& r : pm.children) {
        if (r.id == action)
            r.deleted = true;
    }
    QCOMPARE(item(pm, ChecklistKey::CauseActions).detail,
             QStringLiteral("No action addresses “Pool too small”, “No load test”."));
}

void TestChecklist::actionsNeedOwnerAndDue() {
    Postmortem pm = test::memoryPostmortem();
    QCOMPARE(item(pm, ChecklistKey::ActionOwners).detail,
             QStringLiteral("There are no actions yet."));
    test::addMemoryRecord(pm, Kind::Action,
                          {{ActionField::Title, QStringLiteral("Owned and dated")},
                           {ActionField::Owner, QStringLiteral("p1")},
                           {ActionField::Due, QStringLiteral("2026-04-01")}});
    QCOMPARE(item(pm, ChecklistKey::ActionOwners).state, S::Pass);
    test::addMemoryRecord(pm, Kind::Action,
                          {{ActionField::Title, QStringLiteral("Nobody's")},
                           {ActionField::Due, QStringLiteral("2026-04-01")}});
    test::addMemoryRecord(pm, Kind::Action,
                          {{ActionField::Title, QStringLiteral("Someday")},
                           {ActionField::Owner, QStringLiteral("p1")}});
    // Declined actions need neither.
    test::addMemoryRecord(pm, Kind::Action,
                          {{ActionField::Title, QStringLiteral("Declined")},
                           {ActionField::Status, QStringLiteral("wont_do")},
                           {ActionField::StatusReason, QStringLiteral("Too costly")}});
    const ChecklistItem i = item(pm, ChecklistKey::ActionOwners);
    QCOMPARE(i.state, S::Fail);
    QCOMPARE(i.detail, QStringLiteral("No owner: “Nobody's”. No due date: “Someday”."));
}

void TestChecklist::openQuestions() {
    Postmortem pm = test::memoryPostmortem();
    QCOMPARE(item(pm, ChecklistKey::OpenQuestions).state, S::Pass);
    for (int n = 1; n <= 5; ++n)
        test::addMemoryRecord(pm, Kind::Cause,
                              {{CauseField::Statement, QStringLiteral("Why %1?").arg(n)},
                               {CauseField::Kind, QStringLiteral("open_question")},
                               {CauseField::Position, n}});
    const ChecklistItem i = item(pm, ChecklistKey::OpenQuestions);
    QCOMPARE(i.state, S::Fail);
    QCOMPARE(i.detail, QStringLiteral("Open questions: “Why 1?”, “Why 2?”, “Why 3?” and 2 more."));
    for (Record& r : pm.children)
        r.deleted = true;
    QCOMPARE(item(pm, ChecklistKey::OpenQuestions).state, S::Pass);
}

void TestChecklist::languageIsNotCheckedWithoutTheCoach() {
    QVERIFY(!hasLanguageReviewProvider());
    const ChecklistItem i = item(test::memoryPostmortem(), ChecklistKey::Language);
    QCOMPARE(i.state, S::NotChecked);
    QCOMPARE(i.detail, QStringLiteral("The language coach arrives in a later version"));
    QCOMPARE(checklistStateKey(i.state), QStringLiteral("not checked"));
}

void TestChecklist::languageHookDecides() {
    setLanguageReviewProvider([](const Postmortem& pm) {
        ChecklistItem i;
        const bool blaming = pm.root.text(Field::Summary).contains(QStringLiteral("fault"));
        i.state = blaming ? S::Fail : S::Pass;
        i.detail = blaming ? QStringLiteral("1 finding not reviewed") : QStringLiteral("ok");
        return i;
    });
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::Summary].value = QStringLiteral("Bob's fault");
    ChecklistItem i = item(pm, ChecklistKey::Language);
    QCOMPARE(i.state, S::Fail);
    QCOMPARE(i.title, QStringLiteral("Blameless-language findings reviewed"));
    QCOMPARE(i.detail, QStringLiteral("1 finding not reviewed"));
    QVERIFY(failingChecks(computeChecklist(pm)).contains(ChecklistKey::Language));
    pm.root.fields[Field::Summary].value = QStringLiteral("The deploy tool allowed it");
    QCOMPARE(item(pm, ChecklistKey::Language).state, S::Pass);
}

QTEST_GUILESS_MAIN(TestChecklist)
#include "test_checklist.moc"
