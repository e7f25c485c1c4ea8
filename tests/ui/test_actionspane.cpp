// The Actions tab: the model over the sample postmortem's actions (checked by
// QAbstractItemModelTester), and the pane's add, edit, status, verification, cause links,
// delete and undo, all offscreen.
#include "SampleDocument.h"
#include "TestSupport.h"

#include "actions/Action.h"
#include "actions/ActionDetails.h"
#include "actions/ActionEditing.h"
#include "actions/ActionsModel.h"
#include "actions/ActionsPane.h"
#include "causes/Cause.h"
#include "editing/PostmortemDocument.h"
#include "model/SamplePostmortem.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace causeway;

namespace {

using Sample = test::SampleDocument;

Sample openSample() {
    return test::openSampleDocument();
}

Action actionOf(const PostmortemDocument& doc, const QString& id) {
    return Action::fromRecord(*doc.record(id));
}

void chooseData(QComboBox* combo, const QString& key) {
    const int i = combo->findData(key);
    QVERIFY2(i >= 0, qPrintable(key));
    combo->setCurrentIndex(i);
    Q_EMIT combo->activated(i);
}

} // namespace

class TestActionsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelFollowsTheDocument();
    void overdueRowsAreTinted();
    void addEditAndUndo();
    void wontDoWaitsForReason();
    void verificationOnceDone();
    void linkUnlinkAndDelete();
    void readOnlyRefusesEdits();
};

void TestActionsPane::modelFollowsTheDocument() {
    Sample s = openSample();
    ActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(s.doc.get());
    const QList<Action> actions = postmortemActions(s.doc->postmortem());
    QVERIFY(actions.size() >= 3);
    QCOMPARE(model.rowCount(), actions.size());
    QCOMPARE(model.index(0, ActionsModel::TitleColumn).data().toString(), actions.first().title);
    QCOMPARE(model.index(0, 0).data(ActionsModel::IdRole).toString(), actions.first().id);

    // Add, edit in the table, undo, delete: rows inserted, changed and removed in place.
    const QString id = ActionEditing::addAction(*s.doc, QStringLiteral("Fresh"));
    QCOMPARE(model.rowCount(), actions.size() + 1);
    const int row = model.rowOf(id);
    QCOMPARE(row, actions.size());
    QVERIFY(model.setData(model.index(row, ActionsModel::TitleColumn), QStringLiteral("Renamed")));
    QCOMPARE(model.index(row, ActionsModel::TitleColumn).data().toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(actionOf(*s.doc, id).title, QStringLiteral("Renamed"));
    s.doc->undoStack()->undo();
    QCOMPARE(model.index(row, ActionsModel::TitleColumn).data().toString(),
             QStringLiteral("Fresh"));
    QVERIFY(!model.setData(model.index(row, ActionsModel::StatusColumn), QStringLiteral("x")));
    ActionEditing::removeAction(*s.doc, actions.first().id);
    QCOMPARE(model.rowCount(), actions.size());
    QCOMPARE(model.idAt(0), actions.at(1).id);
    s.doc->undoStack()->undo();
    QCOMPARE(model.idAt(0), actions.first().id);

    // Owner names and cause statements come from other records and follow their edits.
    const QString owner = actions.first().owner;
    s.doc->editField(owner, QStringLiteral("name"), QStringLiteral("Renamed Owner"));
    QCOMPARE(model.index(0, ActionsModel::OwnerColumn).data().toString(),
             QStringLiteral("Renamed Owner"));
    const QStringList causes = actionCauses(s.doc->postmortem(), actions.first().id);
    QVERIFY(!causes.isEmpty());
    s.doc->editField(causes.first(), CauseField::Statement, QStringLiteral("Changed statement"));
    QVERIFY(model.index(0, ActionsModel::CausesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Changed statement")));
}

void TestActionsPane::overdueRowsAreTinted() {
    Sample s = openSample();
    ActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(s.doc.get());
    const QString id = ActionEditing::addAction(*s.doc, QStringLiteral("Due later"), QString(),
                                                Policy(), QDate(2026, 3, 11));
    const int row = model.rowOf(id);
    model.setToday(QDate(2026, 3, 11));
    QVERIFY(!model.index(row, 0).data(ActionsModel::OverdueRole).toBool());
    QVERIFY(!model.index(row, 0).data(Qt::BackgroundRole).isValid());
    model.setToday(QDate(2026, 6, 1)); // past the 8-week default
    QVERIFY(model.index(row, 0).data(ActionsModel::OverdueRole).toBool());
    QCOMPARE(model.index(row, 3).data(Qt::BackgroundRole).value<QColor>(), overdueBackground());
    QCOMPARE(model.index(row, 3).data(Qt::ForegroundRole).value<QColor>(), overdueForeground());
    // Closed actions are never overdue.
    ActionEditing::setStatus(*s.doc, id, QStringLiteral("done"));
    QVERIFY(!model.index(row, 0).data(ActionsModel::OverdueRole).toBool());
    QCOMPARE(model.index(row, ActionsModel::StatusColumn).data().toString(),
             QStringLiteral("Done, unverified"));
}

void TestActionsPane::addEditAndUndo() {
    Sample s = openSample();
    ActionsPane pane;
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setDocument(s.doc.get());
    const int before = pane.model()->rowCount();
    QVERIFY(pane.addItemAction()->isEnabled());
    pane.addItemAction()->trigger();
    QCOMPARE(pane.model()->rowCount(), before + 1);
    const QString id = pane.currentAction();
    QVERIFY(!id.isEmpty());
    QCOMPARE(pane.details()->actionId(), id);
    QCOMPARE(actionOf(*s.doc, id).priority, QStringLiteral("P2"));

    // Typing the title: the new title is stored (one merged command while typing).
    QLineEdit* title = pane.details()->titleEdit();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Alert on pool wait"));
    QCOMPARE(actionOf(*s.doc, id).title, QStringLiteral("Alert on pool wait"));
    QCOMPARE(pane.model()->index(pane.model()->rowOf(id), 0).data().toString(),
             QStringLiteral("Alert on pool wait"));

    // Owner from the participants, priority (moves the default due date), type, ticket.
    QComboBox* owner = pane.details()->ownerCombo();
    QVERIFY(owner->count() > 2);
    const QString ownerId = owner->itemData(2).toString();
    chooseData(owner, ownerId);
    QCOMPARE(actionOf(*s.doc, id).owner, ownerId);
    const QDate dueBefore = actionOf(*s.doc, id).due;
    chooseData(pane.details()->priorityCombo(), QStringLiteral("P1"));
    QCOMPARE(actionOf(*s.doc, id).priority, QStringLiteral("P1"));
    QCOMPARE(actionOf(*s.doc, id).due, dueBefore.addDays(-28));
    chooseData(pane.details()->typeCombo(), QStringLiteral("detect"));
    QCOMPARE(actionOf(*s.doc, id).type, QStringLiteral("detect"));
    QTest::keyClicks(pane.details()->ticketEdit(), QStringLiteral("OPS-7"));
    QCOMPARE(actionOf(*s.doc, id).ticket, QStringLiteral("OPS-7"));

    // Undo takes the edits back one by one, and the form shows it.
    s.doc->undoStack()->undo(); // ticket
    QCOMPARE(pane.details()->ticketEdit()->text(), QString());
    s.doc->undoStack()->undo(); // type
    s.doc->undoStack()->undo(); // priority and due together
    QCOMPARE(actionOf(*s.doc, id).due, dueBefore);
    QCOMPARE(pane.details()->priorityCombo()->currentData().toString(), QStringLiteral("P2"));
    s.doc->undoStack()->undo(); // owner
    s.doc->undoStack()->undo(); // title
    QCOMPARE(actionOf(*s.doc, id).title, QStringLiteral("New action"));
    QCOMPARE(title->text(), QStringLiteral("New action"));
    s.doc->undoStack()->undo(); // the action itself
    QCOMPARE(pane.model()->rowCount(), before);
    s.doc->undoStack()->redo();
    QCOMPARE(pane.model()->rowCount(), before + 1);

    // Ctrl+Shift+N adds too.
    pane.table()->setFocus();
    QTest::keySequence(pane.table(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QCOMPARE(pane.model()->rowCount(), before + 2);
}

void TestActionsPane::wontDoWaitsForReason() {
    Sample s = openSample();
    ActionsPane pane;
    pane.setDocument(s.doc.get());
    const QString id = pane.addNewAction();
    ActionDetails* d = pane.details();
    chooseData(d->statusCombo(), QStringLiteral("wont_do"));
    // Nothing stored yet: the reason field asks first.
    QCOMPARE(actionOf(*s.doc, id).status, QStringLiteral("open"));
    QVERIFY(!d->reasonEdit()->isHidden());
    QVERIFY(d->messageLabel()->text().contains(QStringLiteral("reason")));
    d->reasonEdit()->setText(QStringLiteral("Service is being retired"));
    Q_EMIT d->reasonEdit()->editingFinished();
    QCOMPARE(actionOf(*s.doc, id).status, QStringLiteral("wont_do"));
    QCOMPARE(actionOf(*s.doc, id).statusReason, QStringLiteral("Service is being retired"));
    // Emptying the reason is refused and the stored one comes back.
    d->reasonEdit()->clear();
    Q_EMIT d->reasonEdit()->editingFinished();
    QCOMPARE(actionOf(*s.doc, id).statusReason, QStringLiteral("Service is being retired"));
    QCOMPARE(d->reasonEdit()->text(), QStringLiteral("Service is being retired"));
    QVERIFY(!d->messageLabel()->isHidden());
    s.doc->undoStack()->undo();
    QCOMPARE(actionOf(*s.doc, id).status, QStringLiteral("open"));
    QCOMPARE(d->statusCombo()->currentData().toString(), QStringLiteral("open"));
    QVERIFY(d->reasonEdit()->isHidden());
}

void TestActionsPane::verificationOnceDone() {
    Sample s = openSample();
    ActionsPane pane;
    pane.setDocument(s.doc.get());
    const QString id = pane.addNewAction();
    ActionDetails* d = pane.details();
    QVERIFY(!d->verificationGroup()->isEnabled());
    chooseData(d->statusCombo(), QStringLiteral("done"));
    QCOMPARE(actionOf(*s.doc, id).closedOn, QDate::currentDate());
    QVERIFY(d->verificationGroup()->isEnabled());
    QCOMPARE(pane.model()->index(pane.model()->rowOf(id), ActionsModel::StatusColumn).data(),
             QVariant(QStringLiteral("Done, unverified")));
    chooseData(d->verificationMethodCombo(), QStringLiteral("drill"));
    d->verifiedByEdit()->setText(QStringLiteral("Ana"));
    const int steps = s.doc->undoStack()->count();
    d->recordVerificationButton()->click();
    QCOMPARE(s.doc->undoStack()->count(), steps + 1);
    const Action a = actionOf(*s.doc, id);
    QCOMPARE(a.verificationMethod, QStringLiteral("drill"));
    QCOMPARE(a.verifiedBy, QStringLiteral("Ana"));
    QCOMPARE(a.verifiedOn, QDate::currentDate());
    QCOMPARE(pane.model()->index(pane.model()->rowOf(id), ActionsModel::StatusColumn).data(),
             QVariant(QStringLiteral("Done")));
    s.doc->undoStack()->undo();
    QVERIFY(!actionOf(*s.doc, id).isVerified());
}

void TestActionsPane::linkUnlinkAndDelete() {
    Sample s = openSample();
    ActionsPane pane;
    pane.setDocument(s.doc.get());
    const QString id = pane.addNewAction();
    ActionDetails* d = pane.details();
    QCOMPARE(d->causesList()->count(), 0);
    QVERIFY(d->linkableCauses()->count() > 0);
    const QString cause = d->linkableCauses()->itemData(0).toString();
    d->linkableCauses()->setCurrentIndex(0);
    d->linkButton()->click();
    QCOMPARE(actionCauses(s.doc->postmortem(), id), QStringList{cause});
    QCOMPARE(d->causesList()->count(), 1);
    QVERIFY(!pane.model()
                 ->index(pane.model()->rowOf(id), ActionsModel::CausesColumn)
                 .data()
                 .toString()
                 .isEmpty());
    d->causesList()->setCurrentRow(0);
    QVERIFY(d->unlinkButton()->isEnabled());
    d->unlinkButton()->click();
    QVERIFY(actionCauses(s.doc->postmortem(), id).isEmpty());
    s.doc->undoStack()->undo();
    QCOMPARE(actionCauses(s.doc->postmortem(), id), QStringList{cause});

    // Delete (the button) drops the row and the cause's link in one step.
    const int rows = pane.model()->rowCount();
    pane.selectAction(id);
    pane.deleteItemAction()->trigger();
    QCOMPARE(pane.model()->rowCount(), rows - 1);
    QVERIFY(!s.doc->record(cause)->list(CauseField::Actions).contains(id));
    s.doc->undoStack()->undo();
    QCOMPARE(pane.model()->rowCount(), rows);
    QVERIFY(s.doc->record(cause)->list(CauseField::Actions).contains(id));
}

void TestActionsPane::readOnlyRefusesEdits() {
    Sample s = openSample();
    ActionsPane pane;
    pane.setDocument(s.doc.get());
    pane.setReadOnly(true);
    QVERIFY(!pane.addItemAction()->isEnabled());
    QVERIFY(pane.addNewAction().isEmpty());
    QVERIFY(pane.details()->titleEdit()->isReadOnly());
    QVERIFY(!pane.details()->statusCombo()->isEnabled());
}

QTEST_MAIN(TestActionsPane)
#include "test_actionspane.moc"
