#include "../core/ReviewFixture.h"
#include "BundleUiTestSupport.h"

#include "bundle/ConflictValueDialog.h"
#include "bundle/ConflictsModel.h"
#include "bundle/ConflictsPane.h"
#include "editing/PostmortemDocument.h"
#include "editor/PostmortemEditor.h"
#include "review/Workflow.h"
#include "sync/ConflictEditing.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace causeway;
using namespace causeway::test;

// The editor's Conflicts tab: the model of open conflicts, the three buttons as undoable
// commands, the refusal on an approved postmortem and the tab's title.
class TestConflictsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelFollowsTheDocument();
    void buttonsResolveAndUndoRestores();
    void editWritesANewValue();
    void approvedPostmortemShowsTheStoreMessage();
    void editorTabShowsTheCount();
};

namespace {

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

void TestConflictsPane::modelFollowsTheDocument() {
    Conflicted c = makeConflicted();
    QCOMPARE(c.a.store->openConflicts(c.id).size(), 2);
    PostmortemDocument doc(c.a.store.get(), *c.a.store->loadPostmortem(c.id));
    ConflictsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &ConflictsModel::countChanged);
    model.setDocument(&doc);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ConflictsModel::ColumnCount));
    QCOMPARE(counts.size(), 1);

    // One row about the summary, one about the action's title, each with both values.
    QStringList fields;
    for (int row = 0; row < 2; ++row) {
        fields.append(cell(model, row, ConflictsModel::FieldColumn));
        QCOMPARE(cell(model, row, ConflictsModel::ReasonColumn), QStringLiteral("Concurrent edit"));
        QVERIFY(cell(model, row, ConflictsModel::CurrentColumn) !=
                cell(model, row, ConflictsModel::ConflictingColumn));
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("Summary"), QStringLiteral("Title")}));
    const int actionRow = cell(model, 0, ConflictsModel::FieldColumn) == u"Title" ? 0 : 1;
    // The action is named by its title as it is now (the title is what is in conflict).
    QCOMPARE(cell(model, actionRow, ConflictsModel::TargetColumn),
             QStringLiteral("Action “%1”").arg(doc.value(c.action, ActionField::Title).toString()));
    QVERIFY(cell(model, 1 - actionRow, ConflictsModel::TargetColumn).contains(u"postmortem"));

    // Resolving removes the row; undo brings it back; the tester checks every signal.
    const QString first = model.conflictId(0);
    QCOMPARE(ConflictEditing::resolve(doc, first, ConflictResolution::KeptMine), QString());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(first), -1);
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.conflictId(0), first);
    doc.undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(counts.size(), 4);

    // Taking the other value changes the target: the row goes, the value shows elsewhere.
    QCOMPARE(ConflictEditing::resolve(doc, model.conflictId(0), ConflictResolution::KeptTheirs),
             QString());
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestConflictsPane::buttonsResolveAndUndoRestores() {
    Conflicted c = makeConflicted();
    PostmortemDocument doc(c.a.store.get(), *c.a.store->loadPostmortem(c.id));
    ConflictsPane pane;
    pane.setDocument(&doc, builtinTemplates().find(QStringLiteral("standard")));
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.openCount(), 2);
    QVERIFY(!pane.currentConflict().isEmpty());
    QVERIFY(pane.keepButton()->isEnabled());
    QVERIFY(pane.takeButton()->isEnabled());
    QVERIFY(pane.editButton()->isEnabled());
    QVERIFY(!pane.detailLabel()->text().isEmpty());

    // Take Conflicting on the summary conflict.
    const Record* summaryConflict = nullptr;
    for (const Record& r : c.a.store->openConflicts(c.id)) {
        if (r.text(ConflictField::Field) == Field::Summary)
            summaryConflict = doc.record(r.id);
    }
    QVERIFY(summaryConflict);
    const QString conflictId = summaryConflict->id;
    const QString before = doc.value(c.id, Field::Summary).toString();
    const QString theirs = summaryConflict->value(ConflictField::Value).toString();
    pane.selectConflict(conflictId);
    QCOMPARE(pane.currentConflict(), conflictId);
    QTest::mouseClick(pane.takeButton(), Qt::LeftButton);
    QCOMPARE(doc.value(c.id, Field::Summary).toString(), theirs);
    QCOMPARE(pane.openCount(), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    // The next conflict is selected at once.
    QVERIFY(!pane.currentConflict().isEmpty());
    QVERIFY(pane.currentConflict() != conflictId);

    // Keep Current on the other one.
    const QString other = pane.currentConflict();
    const QString title = doc.value(c.action, ActionField::Title).toString();
    QTest::mouseClick(pane.keepButton(), Qt::LeftButton);
    QCOMPARE(pane.openCount(), 0);
    QCOMPARE(doc.value(c.action, ActionField::Title).toString(), title);
    QVERIFY(!pane.keepButton()->isEnabled());
    QVERIFY(doc.flush());
    QVERIFY(c.a.store->openConflicts(c.id).isEmpty());
    QCOMPARE(c.a.store->loadPostmortem(c.id)->root.text(Field::Summary), theirs);

    // Undo both: the values and the conflicts come back, in the store too.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(pane.openCount(), 2);
    QCOMPARE(doc.value(c.id, Field::Summary).toString(), before);
    QVERIFY(doc.flush());
    QCOMPARE(c.a.store->openConflicts(c.id).size(), 2);
    QCOMPARE(c.a.store->loadPostmortem(c.id)->root.text(Field::Summary), before);
    // Redo both.
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(pane.openCount(), 0);
    QVERIFY(doc.flush());
    QCOMPARE(c.a.store->loadPostmortem(c.id)->root.text(Field::Summary), theirs);
    QVERIFY(isOpenConflict(*doc.record(other)) == false);
    QVERIFY(c.a.store->verify().ok);
}

void TestConflictsPane::editWritesANewValue() {
    Conflicted c = makeConflicted();
    PostmortemDocument doc(c.a.store.get(), *c.a.store->loadPostmortem(c.id));
    ConflictsPane pane;
    pane.setDocument(&doc, nullptr);
    for (const Record& r : c.a.store->openConflicts(c.id)) {
        if (r.text(ConflictField::Field) == ActionField::Title)
            pane.selectConflict(r.id);
    }
    bool shown = false;
    whenModal<ConflictValueDialog>([&shown](ConflictValueDialog* dialog) {
        shown = true;
        QVERIFY(dialog->editor()->toPlainText().startsWith(QStringLiteral("Raise the limit")));
        dialog->editor()->setPlainText(QStringLiteral("Raise the pool limit to 200"));
        dialog->accept();
    });
    QCOMPARE(pane.editValue(), QString());
    QVERIFY(shown);
    QCOMPARE(doc.value(c.action, ActionField::Title).toString(),
             QStringLiteral("Raise the pool limit to 200"));
    QCOMPARE(pane.openCount(), 1);
    QVERIFY(doc.undoStack()->text(0).startsWith(QStringLiteral("Edit conflicting value")));
    doc.undoStack()->undo();
    QCOMPARE(pane.openCount(), 2);
}

void TestConflictsPane::approvedPostmortemShowsTheStoreMessage() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = completePostmortem(*a.store);
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Submit, {}}));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Approve, QStringLiteral("test")}));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("changed while A approved")));
    QVERIFY(sendTo(b, a, {id}));

    PostmortemDocument doc(a.store.get(), *a.store->loadPostmortem(id));
    ConflictsPane pane;
    pane.setDocument(&doc, nullptr);
    QCOMPARE(pane.openCount(), 1);
    // The reason explains that reopening comes first.
    QVERIFY2(pane.detailLabel()->text().contains(QStringLiteral("reopen the postmortem")),
             qPrintable(pane.detailLabel()->text()));
    const QString why = pane.takeConflicting();
    QVERIFY(!why.isEmpty());
    QVERIFY(why.contains(QStringLiteral("reopen it to make changes")));
    QCOMPARE(pane.problemLabel()->text(), why);
    QVERIFY(!pane.problemLabel()->isHidden());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(pane.openCount(), 1);
    // Keeping the approved value changes no signed content: allowed while approved.
    QCOMPARE(pane.keepCurrent(), QString());
    QCOMPARE(pane.openCount(), 0);
    QCOMPARE(a.store->openConflicts(id).size(), 0);
}

void TestConflictsPane::editorTabShowsTheCount() {
    Conflicted c = makeConflicted();
    // For looking at the tab in the app (--screenshot-tab conflicts): a database with them.
    const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString path = dir + QStringLiteral("/conflicts.db");
        QFile::remove(path);
        Replica shot{QStringLiteral("shot"),
                     openStore(path, testOpenOptions(QStringLiteral("shot")))};
        QVERIFY(sendTo(c.a, shot, {c.id}));
    }

    auto plain = std::make_unique<PostmortemDocument>(
        c.b.store.get(), *c.b.store->loadPostmortem(c.id)); // B never saw A's edits: no conflicts
    PostmortemDocument doc(c.a.store.get(), *c.a.store->loadPostmortem(c.id));
    const Template* standard = builtinTemplates().find(QStringLiteral("standard"));
    PostmortemEditor editor;
    editor.resize(1000, 700);
    editor.show();
    QTabWidget* tabs = editor.tabs();
    const int index = tabs->indexOf(editor.conflictsPane());
    QVERIFY(index >= 0);
    QVERIFY(!tabs->isTabVisible(index));

    editor.setDocument(&doc, standard);
    QVERIFY(tabs->isTabVisible(index));
    QCOMPARE(tabs->tabText(index), QStringLiteral("Co&nflicts (2)"));
    editor.showConflicts();
    QCOMPARE(tabs->currentWidget(), editor.conflictsPane());
    screenshot(editor, QStringLiteral("conflicts-tab"));

    editor.conflictsPane()->keepCurrent();
    QCOMPARE(tabs->tabText(index), QStringLiteral("Co&nflicts (1)"));
    editor.conflictsPane()->keepCurrent();
    // The last one resolved: the tab stays while it is shown, and goes when left.
    QCOMPARE(tabs->tabText(index), QStringLiteral("Co&nflicts"));
    QVERIFY(tabs->isTabVisible(index));
    editor.showTimeline();
    QVERIFY(!tabs->isTabVisible(index));
    doc.undoStack()->undo();
    QVERIFY(tabs->isTabVisible(index));
    QCOMPARE(tabs->tabText(index), QStringLiteral("Co&nflicts (1)"));

    // A postmortem without conflicts has no such tab.
    editor.setDocument(plain.get(), standard);
    QVERIFY(!tabs->isTabVisible(index));
    editor.setDocument(nullptr, nullptr);
}

QTEST_MAIN(TestConflictsPane)
#include "test_conflictspane.moc"
