// The root-cause tab as the editor shows it: the sample postmortem's tree, fishbone and
// contributing factors in step, the links to and from the timeline, and the categories
// dialog.
#include "SampleDocument.h"
#include "TestSupport.h"

#include "causes/CategoriesDialog.h"
#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "causes/CauseTreeModel.h"
#include "causes/CausesPane.h"
#include "causes/ContributingFactorsPanel.h"
#include "causes/FishboneLayout.h"
#include "causes/FishboneView.h"
#include "causes/WhysView.h"
#include "editing/PostmortemDocument.h"
#include "editor/PostmortemEditor.h"
#include "model/SamplePostmortem.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QLabel>
#include <QListWidget>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace causeway;

namespace {

using Sample = test::SampleDocument;

Sample openSample() {
    return test::openSampleDocument();
}

// The first root cause of the sample that cites an event.
const Cause* rootCauseWithEvidence(const CauseTree& tree) {
    for (const Cause& c : tree.causes()) {
        if (c.kind == u"root_cause" && c.onFishbone && !c.evidence.isEmpty())
            return &c;
    }
    return nullptr;
}

} // namespace

class TestCausesPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void viewsStayInStep();
    void evidenceLeadsToTheTimelineAndBack();
    void categoriesDialogRenamesAndGuardsRemoval();
    void treeAndFishboneAgreeAfterRandomEdits();
};

void TestCausesPane::viewsStayInStep() {
    Sample s = openSample();
    CausesPane pane;
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const CauseTree tree(s.doc->postmortem());
    const Cause* cause = rootCauseWithEvidence(tree);
    QVERIFY(cause);
    // Selecting in the tree (as a click does) selects on the fishbone and in the factors.
    pane.whys()->setCurrentIndex(pane.whys()->causeModel()->indexOf(cause->id));
    QTRY_COMPARE(pane.fishbone()->selectedCauses(), QStringList{cause->id});
    QCOMPARE(pane.factors()->currentCause(), cause->id);
    // And the other way: another view leads.
    const QString other = tree.childrenOf(QString()).first();
    pane.selectCause(other);
    QCOMPARE(pane.whys()->currentCause(), other);
    QCOMPARE(pane.factors()->currentCause(), other);
    // An edit in one view shows in the others, one undo step for all.
    const int before = s.doc->undoStack()->count();
    pane.whys()->selectCause(cause->id);
    pane.whys()->toggleCurrentOnFishbone();
    QCOMPARE(s.doc->undoStack()->count(), before + 1);
    QTRY_VERIFY(!pane.fishbone()->layout().cause(cause->id));
    s.doc->undoStack()->undo();
    QTRY_VERIFY(pane.fishbone()->layout().cause(cause->id));
}

void TestCausesPane::evidenceLeadsToTheTimelineAndBack() {
    Sample s = openSample();
    PostmortemEditor editor;
    editor.setDocument(s.doc.get(), s.tmpl);
    editor.resize(1300, 760);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.showCauses();
    const CauseTree tree(s.doc->postmortem());
    const Cause* cause = rootCauseWithEvidence(tree);
    QVERIFY(cause);
    const QString eventId = cause->evidence.first();
    // "Show on timeline" from a cause's evidence.
    Q_EMIT editor.causes()->factors()->evidenceActivated(eventId);
    QCOMPARE(editor.tabs()->currentWidget(), editor.timeline());
    const QModelIndex current = editor.timeline()->table()->currentIndex();
    QVERIFY(current.isValid());
    const QModelIndex source = editor.timeline()->filterModel()->mapToSource(current);
    QCOMPARE(source.data(TimelineModel::IdRole).toString(), eventId);
    // The event's "cited by" link leads back to the cause.
    Q_EMIT editor.timeline()->causeActivated(cause->id);
    QCOMPARE(editor.tabs()->currentWidget(), editor.causes());
    QCOMPARE(editor.causes()->whys()->currentCause(), cause->id);
}

void TestCausesPane::categoriesDialogRenamesAndGuardsRemoval() {
    Sample s = openSample();
    CategoriesDialog dialog(s.doc.get(), s.tmpl);
    QCOMPARE(dialog.list()->count(), defaultCauseCategories().size());
    dialog.list()->setCurrentRow(0); // Technology, used by the sample's causes
    dialog.renameCurrent(QStringLiteral("Software & Hardware"));
    QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("Software & Hardware"));
    const CauseTree renamed(s.doc->postmortem());
    int filed = 0;
    for (const Cause& c : renamed.causes()) {
        QVERIFY(c.category != u"Technology");
        filed += c.category == u"Software & Hardware";
    }
    QVERIFY(filed >= 2);
    dialog.removeCurrent();
    QVERIFY2(dialog.message()->text().contains(QStringLiteral("move them")),
             qPrintable(dialog.message()->text()));
    QCOMPARE(dialog.list()->count(), defaultCauseCategories().size());
    dialog.addCategory(QStringLiteral("Vendors"));
    QCOMPARE(dialog.list()->currentItem()->text(), QStringLiteral("Vendors"));
    dialog.moveCurrent(-1);
    QCOMPARE(dialog.list()->item(dialog.list()->count() - 2)->text(), QStringLiteral("Vendors"));
    dialog.removeCurrent();
    QVERIFY(dialog.message()->text().isEmpty());
    QCOMPARE(dialog.list()->count(), defaultCauseCategories().size());
    // Each change was one undo step; undoing them all restores the template's bones.
    while (s.doc->undoStack()->canUndo())
        s.doc->undoStack()->undo();
    QCOMPARE(causeCategories(s.doc->postmortem(), s.tmpl), defaultCauseCategories());
    QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("Technology"));
}

// Random edits through the shared edit functions and undo/redo: after each, the causes the
// tree marks "on fishbone" are exactly those the diagram draws, each under its category.
void TestCausesPane::treeAndFishboneAgreeAfterRandomEdits() {
    Sample s = openSample();
    CausesPane pane;
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.resize(1200, 700);
    pane.show();
    QRandomGenerator random(4711);
    const QStringList categories = causeCategories(s.doc->postmortem(), s.tmpl);
    CauseTreeModel* model = pane.whys()->causeModel();
    for (int step = 0; step < 150; ++step) {
        const CauseTree tree(s.doc->postmortem());
        QStringList ids;
        for (const Cause& c : tree.causes())
            ids.append(c.id);
        const QString some = ids.isEmpty() ? QString() : ids.at(random.bounded(ids.size()));
        switch (random.bounded(7)) {
        case 0:
            CauseEditing::addCause(*s.doc, some, -1, QStringLiteral("added %1").arg(step),
                                   random.bounded(2) == 0,
                                   categories.at(random.bounded(categories.size())));
            break;
        case 1:
            if (!some.isEmpty())
                CauseEditing::setCauseCategory(*s.doc, some,
                                               categories.at(random.bounded(categories.size())));
            break;
        case 2:
            if (!some.isEmpty())
                CauseEditing::moveCause(*s.doc, some, ids.at(random.bounded(ids.size())),
                                        int(random.bounded(3)) - 1);
            break;
        case 3:
            if (!some.isEmpty() && ids.size() > 3)
                CauseEditing::removeCauses(*s.doc, {some});
            break;
        case 4:
            if (!some.isEmpty())
                s.doc->editField(some, CauseField::OnFishbone, !tree.find(some)->onFishbone);
            break;
        case 5:
            s.doc->undoStack()->undo();
            break;
        default:
            s.doc->undoStack()->redo();
            break;
        }
        const CauseTree after(s.doc->postmortem());
        const FishboneLayout& drawn = pane.fishbone()->layout();
        QCOMPARE(model->causeCount(), int(after.causes().size()));
        for (const Cause& c : after.causes()) {
            const QModelIndex index = model->indexOf(c.id, CauseTreeModel::FishboneColumn);
            QVERIFY2(index.isValid(), qPrintable(c.statement));
            const bool marked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            QCOMPARE(marked, c.onFishbone);
            const FishboneLabel* label = drawn.cause(c.id);
            QVERIFY2(bool(label) == c.onFishbone,
                     qPrintable(QStringLiteral("step %1: %2").arg(step).arg(c.statement)));
            if (label && c.onFishbone)
                QCOMPARE(drawn.bones.at(label->bone).category, c.category);
        }
    }
}

QTEST_MAIN(TestCausesPane)
#include "test_causespane.moc"
