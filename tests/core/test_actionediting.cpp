#include "TestSupport.h"
#include "actions/Action.h"
#include "actions/ActionEditing.h"
#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"

#include <QTest>

#include <memory>

using namespace causeway;

namespace {

// A Wednesday: the tests never depend on the real calendar.
const QDate kToday(2026, 3, 11);

using Open = test::OpenDocument;

Open open() {
    return test::openNewDocument();
}

Action actionOf(const PostmortemDocument& doc, const QString& id) {
    return Action::fromRecord(*doc.record(id));
}

QString add(PostmortemDocument& doc, const QString& title, const QString& cause = QString()) {
    return ActionEditing::addAction(doc, title, cause, Policy(), kToday);
}

} // namespace

class TestActionEditing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addUsesDefaultsAndOrder();
    void addWithCauseIsOneStep();
    void priorityMovesDefaultDueOnly();
    void doneSetsAndClearsClosedOn();
    void wontDoNeedsReason();
    void verificationIsOneStep();
    void linkAndUnlink();
    void deleteCleansCauses();
    void refusesUnknownValues();
    void editsReachTheStore();
};

void TestActionEditing::addUsesDefaultsAndOrder() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString a = add(doc, QStringLiteral("Add alert"));
    const QString b = add(doc, QStringLiteral("Fix pool"));
    QCOMPARE(doc.undoStack()->count(), 2);
    const Action first = actionOf(doc, a);
    QCOMPARE(first.priority, QStringLiteral("P2"));
    QCOMPARE(first.status, QStringLiteral("open"));
    QCOMPARE(first.due, kToday.addDays(8 * 7)); // Policy's P2 default: 8 weeks
    QVERIFY(!first.closedOn.isValid());
    const QList<Action> list = postmortemActions(doc.postmortem());
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, a);
    QCOMPARE(list.at(1).id, b);
    QVERIFY(list.at(1).position > list.at(0).position);
    // A configured deadline is used.
    Policy p;
    p.p2DeadlineWeeks = 2;
    const QString c = ActionEditing::addAction(doc, QStringLiteral("C"), QString(), p, kToday);
    QCOMPARE(actionOf(doc, c).due, kToday.addDays(14));
    doc.undoStack()->undo();
    QCOMPARE(postmortemActions(doc.postmortem()).size(), 2);
    doc.undoStack()->redo();
    QCOMPARE(postmortemActions(doc.postmortem()).size(), 3);
}

void TestActionEditing::addWithCauseIsOneStep() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString cause = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("No alert"));
    const int steps = doc.undoStack()->count();
    const QString a = add(doc, QStringLiteral("Add alert"), cause);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(actionCauses(doc.postmortem(), a), QStringList{cause});
    doc.undoStack()->undo();
    QVERIFY(postmortemActions(doc.postmortem()).isEmpty());
    QVERIFY(doc.record(cause)->list(CauseField::Actions).isEmpty());
    doc.undoStack()->redo();
    QCOMPARE(postmortemActions(doc.postmortem()).size(), 1);
    QCOMPARE(actionCauses(doc.postmortem(), a), QStringList{cause});
}

void TestActionEditing::priorityMovesDefaultDueOnly() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const Policy policy;
    const QString a = add(doc, QStringLiteral("A"));
    const int steps = doc.undoStack()->count();
    QVERIFY(ActionEditing::setPriority(doc, a, QStringLiteral("P1"), policy, kToday).isEmpty());
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(actionOf(doc, a).priority, QStringLiteral("P1"));
    QCOMPARE(actionOf(doc, a).due, kToday.addDays(4 * 7));
    doc.undoStack()->undo(); // priority and due together
    QCOMPARE(actionOf(doc, a).priority, QStringLiteral("P2"));
    QCOMPARE(actionOf(doc, a).due, kToday.addDays(8 * 7));
    // A date the user chose stays when the priority changes.
    const QDate chosen(2026, 4, 1);
    QVERIFY(ActionEditing::setDue(doc, a, chosen).isEmpty());
    QVERIFY(ActionEditing::setPriority(doc, a, QStringLiteral("P3"), policy, kToday).isEmpty());
    QCOMPARE(actionOf(doc, a).priority, QStringLiteral("P3"));
    QCOMPARE(actionOf(doc, a).due, chosen);
}

void TestActionEditing::doneSetsAndClearsClosedOn() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString a = add(doc, QStringLiteral("A"));
    const int steps = doc.undoStack()->count();
    QVERIFY(ActionEditing::setStatus(doc, a, QStringLiteral("done"), QString(), kToday).isEmpty());
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(actionOf(doc, a).closedOn, kToday);
    QCOMPARE(actionOf(doc, a).statusText(), QStringLiteral("Done, unverified"));
    QVERIFY(ActionEditing::setStatus(doc, a, QStringLiteral("in_progress"), QString(),
                                     kToday.addDays(2))
                .isEmpty());
    QVERIFY(!actionOf(doc, a).closedOn.isValid());
    QCOMPARE(actionOf(doc, a).status, QStringLiteral("in_progress"));
    doc.undoStack()->undo();
    QCOMPARE(actionOf(doc, a).closedOn, kToday);
    doc.undoStack()->undo();
    QVERIFY(!actionOf(doc, a).closedOn.isValid());
    QCOMPARE(actionOf(doc, a).status, QStringLiteral("open"));
}

void TestActionEditing::wontDoNeedsReason() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString a = add(doc, QStringLiteral("A"));
    const int steps = doc.undoStack()->count();
    const QString refused =
        ActionEditing::setStatus(doc, a, QStringLiteral("wont_do"), QStringLiteral("  "), kToday);
    QVERIFY2(refused.contains(QStringLiteral("reason")), qPrintable(refused));
    QCOMPARE(doc.undoStack()->count(), steps);
    QCOMPARE(actionOf(doc, a).status, QStringLiteral("open"));
    QVERIFY(ActionEditing::setStatus(doc, a, QStringLiteral("wont_do"),
                                     QStringLiteral("Service retired"), kToday)
                .isEmpty());
    QCOMPARE(actionOf(doc, a).status, QStringLiteral("wont_do"));
    QCOMPARE(actionOf(doc, a).statusReason, QStringLiteral("Service retired"));
    QVERIFY(actionOf(doc, a).problem().isEmpty());
    // The reason cannot be emptied while the status stays.
    QVERIFY(!ActionEditing::setStatusReason(doc, a, QString()).isEmpty());
    QCOMPARE(actionOf(doc, a).statusReason, QStringLiteral("Service retired"));
    // Leaving won't do drops the reason; undo brings both back.
    QVERIFY(ActionEditing::setStatus(doc, a, QStringLiteral("open"), QString(), kToday).isEmpty());
    QVERIFY(actionOf(doc, a).statusReason.isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(actionOf(doc, a).statusReason, QStringLiteral("Service retired"));
}

void TestActionEditing::verificationIsOneStep() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString a = add(doc, QStringLiteral("A"));
    const QString early = ActionEditing::recordVerification(
        doc, a, QStringLiteral("test"), QString(), kToday, QStringLiteral("Ana"));
    QVERIFY2(early.contains(QStringLiteral("done")), qPrintable(early));
    ActionEditing::setStatus(doc, a, QStringLiteral("done"), QString(), kToday);
    QVERIFY(!ActionEditing::recordVerification(doc, a, QStringLiteral("prayer"), QString(), kToday,
                                               QStringLiteral("Ana"))
                 .isEmpty());
    const int steps = doc.undoStack()->count();
    QVERIFY(ActionEditing::recordVerification(doc, a, QStringLiteral("drill"),
                                              QStringLiteral("Failover drill passed"), kToday,
                                              QStringLiteral("Ana"))
                .isEmpty());
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    const Action verified = actionOf(doc, a);
    QVERIFY(verified.isVerified());
    QCOMPARE(verified.verificationMethod, QStringLiteral("drill"));
    QCOMPARE(verified.verificationNote, QStringLiteral("Failover drill passed"));
    QCOMPARE(verified.verifiedOn, kToday);
    QCOMPARE(verified.verifiedBy, QStringLiteral("Ana"));
    QCOMPARE(verified.statusText(), QStringLiteral("Done"));
    doc.undoStack()->undo();
    const Action undone = actionOf(doc, a);
    QVERIFY(!undone.isVerified());
    QVERIFY(undone.verifiedBy.isEmpty());
    QVERIFY(undone.verificationNote.isEmpty());
    QCOMPARE(undone.statusText(), QStringLiteral("Done, unverified"));
}

void TestActionEditing::linkAndUnlink() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString c1 = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("C1"));
    const QString c2 = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("C2"));
    const QString a = add(doc, QStringLiteral("A"));
    const QString b = add(doc, QStringLiteral("B"), c1);
    const int steps = doc.undoStack()->count();
    QVERIFY(ActionEditing::linkCause(doc, a, c1).isEmpty());
    QVERIFY(ActionEditing::linkCause(doc, a, c2).isEmpty());
    QVERIFY(ActionEditing::linkCause(doc, a, c2).isEmpty()); // already linked: no step
    QCOMPARE(doc.undoStack()->count(), steps + 2);
    QCOMPARE(actionCauses(doc.postmortem(), a), (QStringList{c1, c2}));
    QCOMPARE(doc.record(c1)->list(CauseField::Actions), (QStringList{b, a}));
    QVERIFY(ActionEditing::unlinkCause(doc, a, c1).isEmpty());
    QCOMPARE(actionCauses(doc.postmortem(), a), QStringList{c2});
    QCOMPARE(doc.record(c1)->list(CauseField::Actions), QStringList{b});
    doc.undoStack()->undo();
    QCOMPARE(doc.record(c1)->list(CauseField::Actions), (QStringList{b, a}));
    QVERIFY(!ActionEditing::linkCause(doc, a, QStringLiteral("nope")).isEmpty());
}

void TestActionEditing::deleteCleansCauses() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString c1 = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("C1"));
    const QString c2 = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("C2"));
    const QString a = add(doc, QStringLiteral("A"), c1);
    const QString b = add(doc, QStringLiteral("B"), c1);
    ActionEditing::linkCause(doc, a, c2);
    const int steps = doc.undoStack()->count();
    QVERIFY(ActionEditing::removeAction(doc, a).isEmpty());
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(postmortemActions(doc.postmortem()).size(), 1);
    QCOMPARE(doc.record(c1)->list(CauseField::Actions), QStringList{b});
    QVERIFY(doc.record(c2)->list(CauseField::Actions).isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(postmortemActions(doc.postmortem()).size(), 2);
    QCOMPARE(actionCauses(doc.postmortem(), a), (QStringList{c1, c2}));
    doc.undoStack()->redo();
    QVERIFY(actionCauses(doc.postmortem(), a).isEmpty());
    QVERIFY(!ActionEditing::removeAction(doc, a).isEmpty()); // already gone
}

void TestActionEditing::refusesUnknownValues() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString a = add(doc, QStringLiteral("A"));
    const int steps = doc.undoStack()->count();
    QVERIFY(
        !ActionEditing::setStatus(doc, a, QStringLiteral("finished"), QString(), kToday).isEmpty());
    QVERIFY(!ActionEditing::setPriority(doc, a, QStringLiteral("P9"), Policy(), kToday).isEmpty());
    QVERIFY(!ActionEditing::editField(doc, a, ActionField::Type, QStringLiteral("pray")).isEmpty());
    QVERIFY(
        !ActionEditing::editField(doc, a, ActionField::Due, QStringLiteral("tomorrow")).isEmpty());
    QVERIFY(!ActionEditing::editField(doc, a, ActionField::Status, QStringLiteral("done"))
                 .isEmpty()); // status has its own function
    QCOMPARE(doc.undoStack()->count(), steps);
    QVERIFY(
        ActionEditing::editField(doc, a, ActionField::Type, QStringLiteral("detect")).isEmpty());
    QCOMPARE(actionOf(doc, a).type, QStringLiteral("detect"));
}

void TestActionEditing::editsReachTheStore() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString cause = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("No alert"));
    const QString a = add(doc, QStringLiteral("Add alert"), cause);
    ActionEditing::editField(doc, a, ActionField::Ticket, QStringLiteral("OPS-12"));
    ActionEditing::setStatus(doc, a, QStringLiteral("done"), QString(), kToday);
    QVERIFY(doc.flush());
    const auto stored = o.store->loadPostmortem(o.id);
    QVERIFY(stored);
    const QList<Action> actions = postmortemActions(*stored);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first().ticket, QStringLiteral("OPS-12"));
    QCOMPARE(actions.first().closedOn, kToday);
    QCOMPARE(actionCauses(*stored, a), QStringList{cause});
    QVERIFY(o.store->verify().ok);
}

QTEST_GUILESS_MAIN(TestActionEditing)
#include "test_actionediting.moc"
