#include "TestSupport.h"

#include "editing/PostmortemDocument.h"
#include "editor/FieldEditor.h"
#include "editor/ParticipantsModel.h"
#include "editor/ParticipantsWidget.h"
#include "editor/PostmortemEditor.h"
#include "mainwindow/MainWindow.h"
#include "model/Fields.h"
#include "postmortemlist/PostmortemListModel.h"
#include "postmortemlist/PostmortemListPane.h"
#include "welcome/WelcomePane.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace causeway;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    static QLineEdit* titleEdit(MainWindow& w) {
        FieldEditor* editor = w.editor()->fieldEditor(Field::Title);
        return editor ? qobject_cast<QLineEdit*>(editor->widget()) : nullptr;
    }

private Q_SLOTS:
    void editUndoAutosave() {
        const QString path = test::tempPath(QStringLiteral("window.db"));
        MainWindow w(test::openStore(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.welcomePane()->isVisible());
        QVERIFY(w.welcomePane()->sampleButton()->isVisible());

        const QString id = w.createPostmortem(
            QStringLiteral("standard"), QStringLiteral("Checkout errors"), QStringLiteral("SEV2"));
        QVERIFY(!id.isEmpty());
        QVERIFY(w.document());
        QCOMPARE(w.document()->id(), id);
        QCOMPARE(w.listPane()->currentId(), id);
        QVERIFY(w.editor()->isVisible());
        QVERIFY(w.windowTitle().contains(QStringLiteral("Checkout errors")));

        QLineEdit* title = titleEdit(w);
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Checkout errors"));
        QVERIFY(!w.undoAction()->isEnabled());

        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" in EU"));
        const QString typed = QStringLiteral("Checkout errors in EU");
        QCOMPARE(w.document()->value(id, Field::Title).toString(), typed);
        // Typing merges into one command.
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QCOMPARE(w.undoGroup()->activeStack(), w.document()->undoStack());
        QVERIFY(w.undoAction()->isEnabled());

        w.undoAction()->trigger();
        QCOMPARE(w.document()->value(id, Field::Title).toString(),
                 QStringLiteral("Checkout errors"));
        QCOMPARE(title->text(), QStringLiteral("Checkout errors"));
        w.redoAction()->trigger();
        QCOMPARE(title->text(), typed);

        // Autosave: no Save button, the store has it within a second.
        QTRY_COMPARE_WITH_TIMEOUT(w.store()->loadPostmortem(id)->title(), typed, 3000);
        QTRY_VERIFY(w.saveStatusLabel()->text().startsWith(QStringLiteral("Saved")));
        QTRY_COMPARE(w.listPane()
                         ->listModel()
                         ->index(w.listPane()->listModel()->rowOf(id), 0)
                         .data()
                         .toString(),
                     typed);

        // Participants go through the document too.
        ParticipantsWidget* participants = w.editor()->participants();
        QVERIFY(participants);
        participants->addParticipant();
        QCOMPARE(participants->model()->rowCount(), 1);
        w.undoAction()->trigger();
        QCOMPARE(participants->model()->rowCount(), 0);
    }

    void undoShortcutInTextFieldUsesTheDocument() {
        MainWindow w(test::newStore());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString id = w.createPostmortem(QStringLiteral("standard"), QStringLiteral("A"),
                                              QStringLiteral("SEV3"));
        QLineEdit* title = titleEdit(w);
        QVERIFY(title);
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral("BC"));
        QCOMPARE(w.document()->value(id, Field::Title).toString(), QStringLiteral("ABC"));
        QTest::keySequence(title, QKeySequence::Undo);
        QCOMPARE(w.document()->value(id, Field::Title).toString(), QStringLiteral("A"));
        QCOMPARE(title->text(), QStringLiteral("A"));
        QVERIFY(w.document()->undoStack()->canRedo());
    }

    // F9 hides the list so the timeline and the fishbone get the whole width; Export
    // Diagram is there whenever a postmortem is open.
    void listCanBeHiddenAndDiagramExported() {
        MainWindow w(test::newStore());
        w.show();
        QVERIFY(!w.exportDiagramAction()->isEnabled());
        w.createPostmortem(QStringLiteral("standard"), QStringLiteral("A"), QStringLiteral("SEV3"));
        QVERIFY(w.exportDiagramAction()->isEnabled());
        QVERIFY(w.listPane()->isVisible());
        w.showListAction()->trigger();
        QVERIFY(!w.listPane()->isVisible());
        QVERIFY(w.editor()->isVisible());
        w.showListAction()->trigger();
        QVERIFY(w.listPane()->isVisible());
    }

    void trashAndRestore() {
        MainWindow w(test::newStore());
        w.show();
        const QString first = w.createPostmortem(QStringLiteral("standard"),
                                                 QStringLiteral("First"), QStringLiteral("SEV3"));
        const QString second = w.createPostmortem(QStringLiteral("standard"),
                                                  QStringLiteral("Second"), QStringLiteral("SEV3"));
        QCOMPARE(w.listPane()->listModel()->rowCount(), 2);
        QCOMPARE(w.listPane()->currentId(), second);
        QVERIFY(w.trashAction()->isEnabled());
        QVERIFY(!w.restoreAction()->isEnabled());

        w.trashAction()->trigger();
        QCOMPARE(w.listPane()->listModel()->rowCount(), 1);
        QCOMPARE(w.store()->listPostmortems(ListScope::Trash).size(), 1);
        QVERIFY(!w.document() || w.document()->id() != second);

        w.showTrashAction()->setChecked(true);
        QCOMPARE(w.listPane()->scope(), ListScope::Trash);
        QCOMPARE(w.listPane()->listModel()->rowCount(), 1);
        w.listPane()->selectPostmortem(second);
        QCOMPARE(w.listPane()->currentId(), second);
        QVERIFY(w.restoreAction()->isEnabled());
        QVERIFY(!w.trashAction()->isEnabled());
        // A trashed postmortem opens read-only.
        QVERIFY(w.document());
        QVERIFY(titleEdit(w)->isReadOnly());

        w.restoreAction()->trigger();
        QCOMPARE(w.listPane()->listModel()->rowCount(), 0);
        QCOMPARE(w.store()->listPostmortems(ListScope::Trash).size(), 0);
        w.showTrashAction()->setChecked(false);
        QCOMPARE(w.listPane()->listModel()->rowCount(), 2);
        w.listPane()->selectPostmortem(first);
        QVERIFY(w.document());
        QCOMPARE(w.document()->id(), first);
        QVERIFY(!titleEdit(w)->isReadOnly());
    }

    void deleteKeyOnlyTrashesFromTheList() {
        MainWindow w(test::newStore());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.createPostmortem(QStringLiteral("standard"), QStringLiteral("Keep me"),
                           QStringLiteral("SEV3"));
        QLineEdit* title = titleEdit(w);
        title->setFocus();
        title->home(false);
        QTest::keyClick(title, Qt::Key_Delete);
        QCOMPARE(title->text(), QStringLiteral("eep me"));
        QCOMPARE(w.listPane()->listModel()->rowCount(), 1);

        w.listPane()->view()->setFocus();
        QTest::keyClick(w.listPane()->view(), Qt::Key_Delete);
        QCOMPARE(w.listPane()->listModel()->rowCount(), 0);
        QVERIFY(w.welcomePane()->isVisible());
    }

    void sampleFromTheWelcomePane() {
        MainWindow w(test::newStore());
        w.show();
        QTest::mouseClick(w.welcomePane()->sampleButton(), Qt::LeftButton);
        QVERIFY(w.document());
        QVERIFY(!w.document()->value(w.document()->id(), Field::Title).toString().isEmpty());
        QCOMPARE(w.listPane()->listModel()->rowCount(), 1);
        QVERIFY(w.editor()->participants());
        QVERIFY(w.editor()->participants()->model()->rowCount() > 0);
    }

    void editorIsBuiltWhenFirstNeeded() {
        // Start-up builds the list and the welcome page only; the editor and its many
        // panes come with the first postmortem opened, and stay.
        const QString path = test::tempPath(QStringLiteral("lazy.db"));
        QString id;
        {
            MainWindow first(test::openStore(path));
            id = first.createPostmortem(QStringLiteral("standard"), QStringLiteral("Lazy"),
                                        QStringLiteral("SEV3"));
            QVERIFY(!id.isEmpty());
        }
        MainWindow w(test::openStore(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.findChild<PostmortemEditor*>());
        QVERIFY(w.welcomePane()->isVisible());
        w.openPostmortem(id);
        auto* editor = w.findChild<PostmortemEditor*>();
        QVERIFY(editor);
        QCOMPARE(w.editor(), editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(titleEdit(w)->text(), QStringLiteral("Lazy"));
        const QString other = w.createPostmortem(QStringLiteral("standard"),
                                                 QStringLiteral("Second"), QStringLiteral("SEV3"));
        QVERIFY(!other.isEmpty());
        w.openPostmortem(id);
        QCOMPARE(w.findChildren<PostmortemEditor*>().size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
