#include "CauseTreeTestSupport.h"
#include "TimelineTestSupport.h"

#include "causes/WhysView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace causeway;
using test::CauseFixture;

namespace {

QLineEdit* openEditor() {
    return qobject_cast<QLineEdit*>(QApplication::focusWidget());
}

// Types an answer into the open editor and ends it with key (Return, Tab, Shift+Tab).
bool typeAnswer(const QString& text, Qt::Key key) {
    QLineEdit* editor = openEditor();
    if (!editor)
        return false;
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, key);
    return true;
}

} // namespace

class TestWhysView : public QObject {
    Q_OBJECT

private:
    // Shows the view with the tree of f, the problem statement current.
    static bool show(WhysView& view, CauseFixture& f) {
        view.setDocument(f.doc.get());
        view.resize(900, 500);
        view.show();
        view.activateWindow();
        return QTest::qWaitForWindowActive(&view);
    }

private Q_SLOTS:
    void typingAChainOfWhys() {
        CauseFixture f;
        WhysView view;
        QAbstractItemModelTester tester(view.causeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(show(view, f));
        QVERIFY(view.emptyHint().contains(QStringLiteral("Enter")));
        QCOMPARE(view.currentIndex(), view.causeModel()->problemIndex());

        // Enter on the problem statement: a first answer, its editor open.
        QTest::keyClick(&view, Qt::Key_Return);
        QVERIFY(view.isEditing());
        QCOMPARE(f.tree().causes().size(), 1);
        // Tab in the editor commits and asks why again, twice; Enter finishes.
        QVERIFY(typeAnswer(QStringLiteral("A bad config shipped"), Qt::Key_Tab));
        QVERIFY(view.isEditing());
        QVERIFY(typeAnswer(QStringLiteral("Validation was skipped"), Qt::Key_Tab));
        QVERIFY(
            typeAnswer(QStringLiteral("The validator had no schema for the key"), Qt::Key_Return));
        QTRY_VERIFY(!view.isEditing());

        CauseTree tree = f.tree();
        QCOMPARE(tree.causes().size(), 3);
        const QString first = tree.childrenOf(QString()).value(0);
        const QString second = tree.childrenOf(first).value(0);
        const QString third = tree.childrenOf(second).value(0);
        QCOMPARE(tree.find(first)->statement, QStringLiteral("A bad config shipped"));
        QCOMPARE(tree.find(second)->statement, QStringLiteral("Validation was skipped"));
        QCOMPARE(tree.find(third)->statement,
                 QStringLiteral("The validator had no schema for the key"));
        QCOMPARE(view.currentCause(), third);

        // Enter on an answer: a sibling right after it.
        QTest::keyClick(&view, Qt::Key_Return);
        QVERIFY(typeAnswer(QStringLiteral("Nobody reviews config changes"), Qt::Key_Return));
        QTRY_VERIFY(!view.isEditing());
        tree = f.tree();
        QCOMPARE(tree.childrenOf(second).size(), 2);
        const QString fourth = tree.childrenOf(second).at(1);
        QCOMPARE(tree.find(fourth)->statement, QStringLiteral("Nobody reviews config changes"));

        // An answer started and abandoned with Escape leaves no trace, not even an undo step.
        const int steps = f.doc->undoStack()->index();
        QTest::keyClick(&view, Qt::Key_Tab);
        QCOMPARE(f.tree().causes().size(), 5);
        QVERIFY(openEditor());
        QTest::keyClick(openEditor(), Qt::Key_Escape);
        QCOMPARE(f.tree().causes().size(), 4);
        QCOMPARE(f.doc->undoStack()->index(), steps);
        QCOMPARE(view.currentCause(), fourth);
        QVERIFY(!view.isEditing());
        // Escape while renaming drops the new text and keeps the answer.
        QTest::keyClick(&view, Qt::Key_Return);
        QVERIFY(typeAnswer(QStringLiteral("Kept"), Qt::Key_Return));
        QTRY_VERIFY(!view.isEditing());
        QTest::keyClick(&view, Qt::Key_F2);
        QVERIFY(typeAnswer(QStringLiteral("dropped"), Qt::Key_Escape));
        QCOMPARE(f.tree().causes().size(), 5);
        QCOMPARE(f.tree().find(view.currentCause())->statement, QStringLiteral("Kept"));
    }

    void shiftTabMovesUpALevel() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString a1 = f.add(a, QStringLiteral("a1"));
        const QString a1x = f.add(a1, QStringLiteral("a1x"));
        const QString a2 = f.add(a, QStringLiteral("a2"));
        const QString b = f.add({}, QStringLiteral("b"));
        WhysView view;
        QVERIFY(show(view, f));
        const int steps = f.doc->undoStack()->index();

        view.selectCause(a1x);
        QTest::keyClick(&view, Qt::Key_Backtab);
        // Now answers a, right after a1 (before a2).
        QCOMPARE(f.tree().childrenOf(a), (QStringList{a1, a1x, a2}));
        QCOMPARE(view.currentCause(), a1x);
        QTest::keyClick(&view, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(f.tree().childrenOf(QString()), (QStringList{a, a1x, b}));
        // A first-level answer goes no higher.
        QTest::keyClick(&view, Qt::Key_Backtab);
        QCOMPARE(f.tree().parentOf(a1x), QString());
        QCOMPARE(f.doc->undoStack()->index(), steps + 2);
        f.doc->undoStack()->undo();
        f.doc->undoStack()->undo();
        QCOMPARE(f.tree().parentOf(a1x), a1);

        // Shift+Tab while typing: the answer is kept, moves up, and the editor stays open.
        view.selectCause(a1x);
        QTest::keyClick(&view, Qt::Key_F2);
        QVERIFY(typeAnswer(QStringLiteral("a1x, edited"), Qt::Key_Backtab));
        QCOMPARE(f.tree().parentOf(a1x), a);
        QCOMPARE(f.tree().find(a1x)->statement, QStringLiteral("a1x, edited"));
        QVERIFY(view.isEditing());
        QCOMPARE(view.currentCause(), a1x);
    }

    void deleteRemovesTheSubtreeInOneStep() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString a1 = f.add(a, QStringLiteral("a1"));
        f.add(a1, QStringLiteral("a1x"));
        const QString a2 = f.add(a, QStringLiteral("a2"));
        WhysView view;
        QVERIFY(show(view, f));
        const QString before = test::exactTree(f.tree());
        const int steps = f.doc->undoStack()->index();

        view.selectCause(a1);
        QTest::keyClick(&view, Qt::Key_Delete);
        QCOMPARE(f.tree().causes().size(), 2);
        QCOMPARE(f.doc->undoStack()->index(), steps + 1);
        QCOMPARE(view.currentCause(), a2); // the next answer
        QTest::keyClick(&view, Qt::Key_Delete);
        QCOMPARE(view.currentCause(), a); // then the one it answered
        f.doc->undoStack()->undo();
        f.doc->undoStack()->undo();
        QCOMPARE(test::exactTree(f.tree()), before);
        // Delete on the problem statement does nothing.
        view.selectCause(QString());
        QTest::keyClick(&view, Qt::Key_Delete);
        QCOMPARE(test::exactTree(f.tree()), before);
    }

    void ctrlUpDownReorders() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString b = f.add({}, QStringLiteral("b"));
        const QString c = f.add({}, QStringLiteral("c"));
        WhysView view;
        QVERIFY(show(view, f));
        view.selectCause(c);
        QTest::keyClick(&view, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(f.tree().childrenOf(QString()), (QStringList{a, c, b}));
        QTest::keyClick(&view, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(f.tree().childrenOf(QString()), (QStringList{c, a, b}));
        const int steps = f.doc->undoStack()->index();
        QTest::keyClick(&view, Qt::Key_Up, Qt::ControlModifier); // already first
        QCOMPARE(f.doc->undoStack()->index(), steps);
        QTest::keyClick(&view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(f.tree().childrenOf(QString()), (QStringList{a, c, b}));
        QCOMPARE(view.currentCause(), c);
        QTest::keyClick(&view, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Down, Qt::ControlModifier); // already last
        QCOMPARE(f.tree().childrenOf(QString()), (QStringList{a, b, c}));
        QCOMPARE(view.selectionModel()->selectedRows().value(0), view.causeModel()->indexOf(c));
    }

    void spaceMarksACause() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        WhysView view;
        QVERIFY(show(view, f));
        view.selectCause(a);
        QTest::keyClick(&view, Qt::Key_Space);
        QVERIFY(f.tree().find(a)->onFishbone);
        QCOMPARE(f.tree().find(a)->category, defaultCauseCategories().first());
        QTest::keyClick(&view, Qt::Key_Space);
        QVERIFY(!f.tree().find(a)->onFishbone);
    }

    void f2RenamesFromAnyColumn() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        WhysView view;
        QVERIFY(show(view, f));
        view.setCurrentIndex(view.causeModel()->indexOf(a, CauseTreeModel::KindColumn));
        QTest::keyClick(&view, Qt::Key_F2);
        QLineEdit* editor = openEditor();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("a"));
        QCOMPARE(editor->selectedText(), QStringLiteral("a")); // typing replaces it
        QTest::keyClicks(editor, QStringLiteral("Renamed"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f.tree().find(a)->statement, QStringLiteral("Renamed"));

        // The problem statement is edited the same way.
        view.selectCause(QString());
        QTest::keyClick(&view, Qt::Key_F2);
        QVERIFY(typeAnswer(QStringLiteral("Customers could not pay"), Qt::Key_Return));
        QTRY_COMPARE(problemStatement(f.doc->postmortem()),
                     QStringLiteral("Customers could not pay"));
    }

    void kindIsChosenFromAList() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        WhysView view;
        QVERIFY(show(view, f));
        const QModelIndex kind = view.causeModel()->indexOf(a, CauseTreeModel::KindColumn);
        view.setCurrentIndex(kind);
        view.edit(kind);
        auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
        QVERIFY(combo);
        QCOMPARE(combo->count(), CauseVocabulary::kinds().size());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("contributing_factor"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("root_cause")));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(f.tree().find(a)->kind, QStringLiteral("root_cause"));
        QTRY_VERIFY(!view.isEditing());
    }

    void expansionSurvivesEdits() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString a1 = f.add(a, QStringLiteral("a1"));
        f.add(a1, QStringLiteral("a1x"));
        const QString b = f.add({}, QStringLiteral("b"));
        const QString b1 = f.add(b, QStringLiteral("b1"));
        WhysView view;
        QVERIFY(show(view, f));
        CauseTreeModel* model = view.causeModel();
        // Everything is open to start with.
        QVERIFY(view.isExpanded(model->problemIndex()));
        QVERIFY(view.isExpanded(model->indexOf(a)));
        QVERIFY(view.isExpanded(model->indexOf(a1)));
        view.collapse(model->indexOf(a1));

        // Edits around it and a move of it keep a1 folded; new answers arrive open.
        const QString b1x = f.add(b1, QStringLiteral("b1x"));
        f.add(b1x, QStringLiteral("b1xx"));
        QVERIFY(view.isExpanded(model->indexOf(b1x)));
        QVERIFY(CauseEditing::moveCause(*f.doc, a1, b, 0));
        QVERIFY(model->setData(model->indexOf(a1), QStringLiteral("a1, edited")));
        QVERIFY(!view.isExpanded(model->indexOf(a1)));
        QVERIFY(view.isExpanded(model->indexOf(b)));
        QVERIFY(view.isExpanded(model->indexOf(b1x)));
        f.doc->undoStack()->undo();
        f.doc->undoStack()->undo();
        QCOMPARE(f.tree().parentOf(a1), a);
        QVERIFY(!view.isExpanded(model->indexOf(a1)));
        QVERIFY(view.isExpanded(model->indexOf(a)));
    }

    void selectionStaysInStep() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString b = f.add({}, QStringLiteral("b"));
        WhysView view;
        QVERIFY(show(view, f));
        QSignalSpy selected(&view, &WhysView::causeSelected);

        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().at(0).toString(), a);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(selected.last().at(0).toString(), b);
        // Another view asking is not answered with a signal of its own.
        view.selectCause(a);
        QCOMPARE(view.currentCause(), a);
        QCOMPARE(selected.count(), 2);
        view.selectCause(QStringLiteral("no such cause"));
        QCOMPARE(view.currentCause(), a);
        // Moving within the row (another column) is no new selection.
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(selected.count(), 2);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(selected.count(), 3);
        QCOMPARE(selected.last().at(0).toString(), QString()); // the problem statement
    }

    void zoomForTheProjector() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        WhysView view;
        QVERIFY(show(view, f));
        const QModelIndex row = view.causeModel()->indexOf(a);
        const int height = view.visualRect(row).height();
        const qreal points = view.font().pointSizeF();
        QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view.zoom() > 1.3);
        QVERIFY(view.font().pointSizeF() > points * 1.3);
        QTRY_VERIFY(view.visualRect(row).height() > height);
        // The problem statement stays larger than the answers.
        QVERIFY(view.visualRect(view.causeModel()->problemIndex()).height() >
                view.visualRect(row).height());
        QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 1.0);
        QCOMPARE(view.font().pointSizeF(), points);
        QTRY_COMPARE(view.visualRect(row).height(), height);
        view.setZoom(100);
        QCOMPARE(view.zoom(), 3.0);
    }

    void readOnlyKeysChangeNothing() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        f.doc->flush();
        Postmortem pm = f.doc->postmortem();
        PostmortemDocument doc(nullptr, pm);
        WhysView view;
        view.setDocument(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectCause(a);
        for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Tab, Qt::Key_Delete, Qt::Key_Space,
                                  Qt::Key_F2, Qt::Key_Backtab})
            QTest::keyClick(&view, key);
        QCOMPARE(CauseTree(doc.postmortem()).causes().size(), 1);
        QVERIFY(!view.isEditing());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(view.emptyHint().contains(QStringLiteral("No causes")));
    }

    void readOnlyForAPostmortemInTheTrash() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        WhysView view;
        QVERIFY(show(view, f));
        view.setReadOnly(true);
        view.selectCause(a);
        const int steps = f.doc->undoStack()->count();
        for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Tab, Qt::Key_Delete, Qt::Key_Space,
                                  Qt::Key_F2, Qt::Key_Backtab})
            QTest::keyClick(&view, key);
        QVERIFY(!view.isEditing());
        QCOMPARE(f.doc->undoStack()->count(), steps);
        QVERIFY(!(view.causeModel()->flags(view.causeModel()->indexOf(a)) &
                  (Qt::ItemIsEditable | Qt::ItemIsDragEnabled)));
        view.setReadOnly(false);
        view.selectCause(a);
        QTest::keyClick(&view, Qt::Key_Space);
        QVERIFY(f.tree().find(a)->onFishbone);
    }

    // Set CAUSEWAY_WHYS_SCREENSHOT to a PNG path to see the tree as a meeting sees it.
    void screenshot() {
        const QString path = qEnvironmentVariable("CAUSEWAY_WHYS_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("CAUSEWAY_WHYS_SCREENSHOT not set");
        CauseFixture f(QStringLiteral("Checkout failed for 38 minutes during the spring sale"));
        const auto add = [&f](const QString& parent, const char* text) {
            return f.add(parent, QString::fromUtf8(text));
        };
        const QString a = add({}, "A configuration change disabled the payment retry queue");
        const QString a1 = add(a, "The change was rolled out to every region at once");
        const QString a1x = add(a1, "The deploy tool has no staged rollout for config");
        add(a1x, "Staged rollout was planned but never prioritised over features");
        const QString a2 = add(a, "The retry flag's name suggested the opposite of what it does");
        add(a2, "Flags are named by whoever adds them; there is no naming guide");
        const QString b = add({}, "Alerts fired 19 minutes after the first failed checkout");
        const QString b1 = add(b, "The error-rate alert averages over 15 minutes");
        add(b1, "The window was widened last year to stop night-time pages");
        const QString b2 = add(b, "Synthetic checks do not exercise the payment step");
        add(b2, "The payment sandbox rejects synthetic cards");
        const QString c = add({}, "Rolling back took 12 minutes");
        const QString c1 = add(c, "The runbook pointed to the retired deploy dashboard");
        add(c1, "Runbooks have no owner after team changes");
        const QString d = add({}, "Support saw the reports first but had no route to on-call");
        CauseTreeModel* model = nullptr;
        WhysView view;
        model = view.causeModel();
        view.setDocument(f.doc.get());
        QVERIFY(model->setData(model->indexOf(a1x, CauseTreeModel::FishboneColumn), Qt::Checked,
                               Qt::CheckStateRole));
        QVERIFY(model->setData(model->indexOf(b1, CauseTreeModel::CategoryColumn),
                               QStringLiteral("Detection & Monitoring")));
        QVERIFY(model->setData(model->indexOf(d, CauseTreeModel::CategoryColumn),
                               QStringLiteral("Communication & Coordination")));
        QVERIFY(model->setData(model->indexOf(a1x, CauseTreeModel::KindColumn),
                               QStringLiteral("root_cause")));
        QVERIFY(model->setData(model->indexOf(c, CauseTreeModel::KindColumn),
                               QStringLiteral("mitigator")));
        CauseEditing::setEvidence(*f.doc, b1, {QStringLiteral("e1"), QStringLiteral("e2")});
        CauseEditing::setEvidence(*f.doc, a, {QStringLiteral("e3")});
        QCOMPARE(model->causeCount(), 15);
        view.resize(1200, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectCause(b1);
        QVERIFY(view.grab().save(path));
        // Zoomed for a projector, a branch folded, typing the next why.
        view.setZoom(1.5);
        view.collapse(model->indexOf(a));
        view.selectCause(c1);
        QTest::keyClick(&view, Qt::Key_Tab);
        QVERIFY(view.isEditing());
        QVERIFY(view.grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-zoomed.png"))));
        QTest::keyClick(view.viewport()->findChild<QLineEdit*>(), Qt::Key_Escape);
        view.setZoom(1.0);
        // And the empty tree with its hint.
        CauseFixture empty;
        view.setDocument(empty.doc.get());
        QVERIFY(view.grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-empty.png"))));
    }
};

QTEST_MAIN(TestWhysView)
#include "test_whysview.moc"
