// Confidentiality markings in the app (issue #6): the marking selector on an event, a cause,
// an action, a participant and a report field, each an undo command that reaches the store
// with its audit entry; the tables and the cause tree show the markings; read-only panes
// disable the controls. All through the widgets of one postmortem editor, offscreen.
#include "TestSupport.h"

#include "actions/Action.h"
#include "actions/ActionDetails.h"
#include "actions/ActionsModel.h"
#include "actions/ActionsPane.h"
#include "causes/Cause.h"
#include "causes/CauseTreeModel.h"
#include "causes/CausesPane.h"
#include "causes/ContributingFactorDetails.h"
#include "causes/ContributingFactorsPanel.h"
#include "causes/WhysView.h"
#include "common/MarkingSelector.h"
#include "editing/PostmortemDocument.h"
#include "editor/ParticipantsModel.h"
#include "editor/ParticipantsWidget.h"
#include "editor/PostmortemEditor.h"
#include "model/Fields.h"
#include "model/SamplePostmortem.h"
#include "report/Confidentiality.h"
#include "review/ReviewPane.h"
#include "review/Workflow.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace causeway;

namespace {

struct Sample {
    std::unique_ptr<Store> store;
    std::unique_ptr<PostmortemDocument> doc;
    std::unique_ptr<PostmortemEditor> editor;
    // A shown, focused editor is destroyed as it is: that moves the focus while the editor
    // is half destroyed, which its focus handling must survive.
};

Sample openSample() {
    Sample s;
    s.store = test::newStore();
    const auto id = insertSamplePostmortem(*s.store, test::builtinTemplates());
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    s.doc =
        std::make_unique<PostmortemDocument>(s.store.get(), *s.store->loadPostmortem(id.value()));
    const Template* tmpl =
        test::builtinTemplates().find(s.doc->postmortem().root.text(Field::Template));
    if (!tmpl)
        qFatal("the sample's template is not built in");
    s.editor = std::make_unique<PostmortemEditor>();
    s.editor->setDocument(s.doc.get(), tmpl);
    s.editor->resize(1200, 800);
    return s;
}

QString firstOfKind(const PostmortemDocument& doc, const QString& kind) {
    for (const Record& r : doc.postmortem().children) {
        if (r.kind == kind && !r.deleted)
            return r.id;
    }
    return {};
}

QString markingOf(const PostmortemDocument& doc, const QString& id) {
    const Record* r = doc.record(id);
    return r ? recordConfidentiality(*r) : QStringLiteral("(no record)");
}

// What the store holds after the autosave: the marking reached Store::commit.
QString storedMarking(Sample& s, const QString& id) {
    const Status saved = s.doc->flush();
    if (!saved)
        return QStringLiteral("(flush failed: %1)").arg(saved.error());
    const auto pm = s.store->loadPostmortem(s.doc->id());
    if (!pm)
        return QStringLiteral("(not loaded)");
    if (pm->root.id == id)
        return pm->root.list(ConfidentialityField::FieldMarkings).join(u',');
    for (const Record& r : pm->children) {
        if (r.id == id)
            return recordConfidentiality(r);
    }
    return QStringLiteral("(no record)");
}

// The audit entries that set field on record id.
int auditedSets(Sample& s, const QString& id, const QString& field) {
    const auto trail = s.store->auditTrail(s.doc->id());
    if (!trail)
        return -1;
    int count = 0;
    for (const AuditEntry& e : trail.value()) {
        if (e.recordId == id && e.field == field)
            ++count;
    }
    return count;
}

// Chooses a level the way a user does: the menu's action.
void choose(MarkingSelector* selector, const QString& level) {
    QVERIFY(selector);
    QVERIFY(selector->isEnabled());
    QAction* action = selector->actionFor(level);
    QVERIFY2(action, qPrintable(level));
    action->trigger();
}

} // namespace

class TestMarkingsUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selectorNamesTheLevels();
    void eventMarking();
    void causeMarking();
    void actionMarking();
    void participantMarking();
    void reportFieldMarking();
    void approvedPostmortemDisablesMarkings();
};

void TestMarkingsUi::selectorNamesTheLevels() {
    MarkingSelector selector(QStringLiteral("Impact"));
    QCOMPARE(selector.text(), QStringLiteral("Not marked"));
    QVERIFY(selector.accessibleName().contains(QStringLiteral("Impact")));
    QVERIFY(selector.toolTip().contains(QStringLiteral("external reports")));
    QStringList names;
    for (QAction* a : selector.menu()->actions()) {
        if (!a->isSeparator())
            names.append(a->text());
    }
    QStringList expected{QStringLiteral("Not marked")};
    for (const QString& level : Vocabulary::confidentiality())
        expected.append(Vocabulary::displayName(Field::Confidentiality, level));
    QCOMPARE(names, expected);

    QStringList chosen;
    connect(&selector, &MarkingSelector::levelChosen, this,
            [&chosen](const QString& level) { chosen.append(level); });
    selector.setLevel(QStringLiteral("internal")); // showing a stored value is no choice
    QCOMPARE(selector.text(),
             Vocabulary::displayName(Field::Confidentiality, QStringLiteral("internal")));
    QVERIFY(chosen.isEmpty());
    selector.actionFor(QStringLiteral("restricted"))->trigger();
    selector.actionFor(QStringLiteral("restricted"))->trigger(); // the same again: no edit
    QCOMPARE(chosen, QStringList{QStringLiteral("restricted")});
    QCOMPARE(selector.level(), QStringLiteral("restricted"));
}

void TestMarkingsUi::eventMarking() {
    Sample s = openSample();
    TimelinePane* pane = s.editor->timeline();
    QAbstractItemModelTester tester(pane->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = firstOfKind(*s.doc, Kind::Event);
    QVERIFY(!id.isEmpty());
    MarkingSelector* selector = pane->eventMarking();
    QVERIFY(!selector->isEnabled()); // no event selected yet
    QVERIFY(pane->revealEvent(id));
    QCOMPARE(selector->level(), QString());

    choose(selector, QStringLiteral("confidential"));
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("confidential"));
    // The table shows it, in its own column.
    const QModelIndex cell =
        pane->model()->index(pane->model()->rowOf(id), TimelineModel::MarkingColumn);
    QCOMPARE(cell.data().toString(),
             Vocabulary::displayName(Field::Confidentiality, QStringLiteral("confidential")));
    QCOMPARE(storedMarking(s, id), QStringLiteral("confidential"));
    QCOMPARE(auditedSets(s, id, ConfidentialityField::Record), 1);

    s.doc->undoStack()->undo();
    QCOMPARE(markingOf(*s.doc, id), QString());
    QCOMPARE(selector->level(), QString());
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(storedMarking(s, id), QString());
    s.doc->undoStack()->redo();
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("confidential"));
    QCOMPARE(selector->level(), QStringLiteral("confidential"));
    QCOMPARE(storedMarking(s, id), QStringLiteral("confidential"));

    // The table's column edits it too, and the selector follows.
    QVERIFY(pane->model()->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(pane->model()->setData(cell, QStringLiteral("internal")));
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("internal"));
    QCOMPARE(selector->level(), QStringLiteral("internal"));
    QVERIFY(!pane->model()->setData(cell, QStringLiteral("secret")));

    // Several selected events at once: one undo step.
    pane->table()->selectAll();
    const int events = pane->filterModel()->rowCount();
    QVERIFY(events > 1);
    const int before = s.doc->undoStack()->index();
    pane->setMarkingOfSelected(QStringLiteral("restricted"));
    QCOMPARE(s.doc->undoStack()->index(), before + 1);
    for (int row = 0; row < pane->model()->rowCount(); ++row)
        QCOMPARE(markingOf(*s.doc, pane->model()->idAt(row)), QStringLiteral("restricted"));
    s.doc->undoStack()->undo();
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("internal"));

    pane->setReadOnly(true);
    QVERIFY(!selector->isEnabled());
    QVERIFY(!(pane->model()->flags(cell) & Qt::ItemIsEditable));
    QVERIFY(!pane->model()->setData(cell, QStringLiteral("public")));
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("internal"));
}

void TestMarkingsUi::causeMarking() {
    Sample s = openSample();
    CausesPane* pane = s.editor->causes();
    CauseTreeModel* tree = pane->whys()->causeModel();
    QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = firstOfKind(*s.doc, Kind::Cause);
    QVERIFY(!id.isEmpty());
    pane->selectCause(id);
    ContributingFactorDetails* details = pane->factors()->details();
    details->setCause(id);
    QCOMPARE(details->causeId(), id);
    // The tree's column shows once something is marked.
    QVERIFY(pane->whys()->isColumnHidden(CauseTreeModel::MarkingColumn));

    choose(details->markingSelector(), QStringLiteral("restricted"));
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("restricted"));
    const QModelIndex cell = tree->indexOf(id, CauseTreeModel::MarkingColumn);
    QCOMPARE(cell.data().toString(),
             Vocabulary::displayName(Field::Confidentiality, QStringLiteral("restricted")));
    QCOMPARE(storedMarking(s, id), QStringLiteral("restricted"));
    QCOMPARE(auditedSets(s, id, ConfidentialityField::Record), 1);
    QVERIFY(!pane->whys()->isColumnHidden(CauseTreeModel::MarkingColumn));

    s.doc->undoStack()->undo();
    QCOMPARE(markingOf(*s.doc, id), QString());
    QVERIFY(pane->whys()->isColumnHidden(CauseTreeModel::MarkingColumn));
    QCOMPARE(details->markingSelector()->level(), QString());
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(storedMarking(s, id), QString());
    s.doc->undoStack()->redo();
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("restricted"));
    QCOMPARE(details->markingSelector()->level(), QStringLiteral("restricted"));

    // In the 5-whys tree the column is a choice like the kind and the category.
    QVERIFY(tree->flags(cell) & Qt::ItemIsEditable);
    QCOMPARE(cell.data(CauseTreeModel::ChoicesRole).toStringList(), markingLevels());
    QVERIFY(tree->setData(cell, QString()));
    QCOMPARE(markingOf(*s.doc, id), QString());
    QCOMPARE(details->markingSelector()->level(), QString());

    pane->setReadOnly(true);
    QVERIFY(!details->markingSelector()->isEnabled());
    QVERIFY(!(tree->flags(cell) & Qt::ItemIsEditable));
}

void TestMarkingsUi::actionMarking() {
    Sample s = openSample();
    ActionsPane* pane = s.editor->actionsPane();
    QAbstractItemModelTester tester(pane->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = firstOfKind(*s.doc, Kind::Action);
    QVERIFY(!id.isEmpty());
    pane->selectAction(id);
    ActionDetails* details = pane->details();
    QCOMPARE(details->actionId(), id);

    choose(details->markingSelector(), QStringLiteral("internal"));
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("internal"));
    const QModelIndex cell =
        pane->model()->index(pane->model()->rowOf(id), ActionsModel::MarkingColumn);
    QCOMPARE(cell.data().toString(),
             Vocabulary::displayName(Field::Confidentiality, QStringLiteral("internal")));
    QCOMPARE(cell.data(ActionsModel::KeyRole).toString(), QStringLiteral("internal"));
    QCOMPARE(storedMarking(s, id), QStringLiteral("internal"));
    QCOMPARE(auditedSets(s, id, ConfidentialityField::Record), 1);

    s.doc->undoStack()->undo();
    QCOMPARE(markingOf(*s.doc, id), QString());
    QCOMPARE(details->markingSelector()->level(), QString());
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(storedMarking(s, id), QString());
    s.doc->undoStack()->redo();
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("internal"));
    QCOMPARE(details->markingSelector()->level(), QStringLiteral("internal"));

    details->setReadOnly(true, true); // approved: follow-up only, no marking
    QVERIFY(!details->markingSelector()->isEnabled());
}

void TestMarkingsUi::participantMarking() {
    Sample s = openSample();
    ParticipantsWidget* widget = s.editor->participants();
    QVERIFY(widget);
    ParticipantsModel* model = widget->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() > 0);
    const QString id = model->idAt(0);
    s.editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(s.editor.get()));
    s.editor->tabs()->setCurrentIndex(0);

    // The Marking cell opens a choice of the levels; Enter keeps the one chosen.
    QTableView* view = widget->view();
    const QModelIndex cell = model->index(0, ParticipantsModel::MarkingColumn);
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* combo = view->viewport()->findChild<QComboBox*>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(markingLevels().size()));
    combo->setCurrentIndex(combo->findData(QStringLiteral("confidential")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(markingOf(*s.doc, id), QStringLiteral("confidential")); // committed queued
    QCOMPARE(cell.data().toString(),
             Vocabulary::displayName(Field::Confidentiality, QStringLiteral("confidential")));
    QCOMPARE(storedMarking(s, id), QStringLiteral("confidential"));
    QCOMPARE(auditedSets(s, id, ConfidentialityField::Record), 1);

    s.doc->undoStack()->undo();
    QCOMPARE(markingOf(*s.doc, id), QString());
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(storedMarking(s, id), QString());
    s.doc->undoStack()->redo();
    QCOMPARE(markingOf(*s.doc, id), QStringLiteral("confidential"));
    QVERIFY(!model->setData(cell, QStringLiteral("top secret")));

    widget->setReadOnly(true);
    QVERIFY(!(model->flags(cell) & Qt::ItemIsEditable));
    QVERIFY(!model->setData(cell, QStringLiteral("public")));
}

void TestMarkingsUi::reportFieldMarking() {
    Sample s = openSample();
    const QString root = s.doc->id();
    // The document's identity is on every report's cover: it has no marking of its own.
    QVERIFY(!s.editor->fieldMarking(Field::Title));
    QVERIFY(!s.editor->fieldMarking(Field::Confidentiality));
    MarkingSelector* impact = s.editor->fieldMarking(Field::Impact);
    MarkingSelector* lessons = s.editor->fieldMarking(Field::LessonsLearned);
    QVERIFY(impact);
    QVERIFY(lessons);
    QVERIFY(s.editor->fieldMarking(Field::Summary));

    choose(impact, QStringLiteral("confidential"));
    QCOMPARE(fieldConfidentiality(s.doc->postmortem().root).value(Field::Impact),
             QStringLiteral("confidential"));
    choose(lessons, QStringLiteral("internal"));
    QMap<QString, QString> marked = fieldConfidentiality(s.doc->postmortem().root);
    QCOMPARE(marked.value(Field::Impact), QStringLiteral("confidential"));
    QCOMPARE(marked.value(Field::LessonsLearned), QStringLiteral("internal"));
    QVERIFY(
        storedMarking(s, root).contains(QString(Field::Impact + QStringLiteral(":confidential"))));
    QVERIFY(auditedSets(s, root, ConfidentialityField::FieldMarkings) >= 1);

    // Undo takes back the last marking only, and the selectors follow.
    s.doc->undoStack()->undo();
    marked = fieldConfidentiality(s.doc->postmortem().root);
    QCOMPARE(marked.value(Field::Impact), QStringLiteral("confidential"));
    QVERIFY(!marked.contains(Field::LessonsLearned));
    QCOMPARE(lessons->level(), QString());
    s.doc->undoStack()->undo();
    QVERIFY(fieldConfidentiality(s.doc->postmortem().root).isEmpty());
    QCOMPARE(impact->level(), QString());
    QVERIFY(!storedMarking(s, root).contains(Field::Impact));
    s.doc->undoStack()->redo();
    QCOMPARE(fieldConfidentiality(s.doc->postmortem().root).value(Field::Impact),
             QStringLiteral("confidential"));
    QCOMPARE(impact->level(), QStringLiteral("confidential"));

    // "Not marked" removes the entry.
    choose(impact, QString());
    QVERIFY(!fieldConfidentiality(s.doc->postmortem().root).contains(Field::Impact));

    s.editor->setReadOnlyReason(QStringLiteral("The database is read-only."));
    QVERIFY(!impact->isEnabled());
    QVERIFY(!lessons->isEnabled());
}

void TestMarkingsUi::approvedPostmortemDisablesMarkings() {
    Sample s = openSample();
    const QString event = firstOfKind(*s.doc, Kind::Event);
    const QString cause = firstOfKind(*s.doc, Kind::Cause);
    const QString action = firstOfKind(*s.doc, Kind::Action);
    s.editor->timeline()->revealEvent(event);
    s.editor->causes()->factors()->details()->setCause(cause);
    s.editor->actionsPane()->selectAction(action);
    QVERIFY(s.editor->timeline()->eventMarking()->isEnabled());
    QVERIFY(s.editor->causes()->factors()->details()->markingSelector()->isEnabled());
    QVERIFY(s.editor->actionsPane()->details()->markingSelector()->isEnabled());
    QVERIFY(s.editor->fieldMarking(Field::Impact)->isEnabled());

    // Approved through the Review tab, as a reviewer does it.
    ReviewPane* review = s.editor->reviewPane();
    review->setReasonPrompt([](Transition, const QList<ChecklistItem>&) {
        return std::optional<QString>(QStringLiteral("Markings test"));
    });
    review->requestTransition(Transition::Submit);
    review->requestTransition(Transition::Approve);
    QVERIFY(s.doc->isLocked());

    QVERIFY(!s.editor->timeline()->eventMarking()->isEnabled());
    QVERIFY(!s.editor->causes()->factors()->details()->markingSelector()->isEnabled());
    QVERIFY(!s.editor->actionsPane()->details()->markingSelector()->isEnabled());
    QVERIFY(!s.editor->fieldMarking(Field::Impact)->isEnabled());
    const QModelIndex participant =
        s.editor->participants()->model()->index(0, ParticipantsModel::MarkingColumn);
    QVERIFY(!(participant.flags() & Qt::ItemIsEditable));
    // Even a direct edit is refused by the locked document.
    s.doc->editField(event, ConfidentialityField::Record, QStringLiteral("public"));
    QCOMPARE(markingOf(*s.doc, event), QString());
}

QTEST_MAIN(TestMarkingsUi)
#include "test_markings_ui.moc"
