#include "TestSupport.h"

#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "causes/FishboneItems.h"
#include "causes/FishboneView.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "store/Store.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

#include <optional>

using namespace causeway;

namespace {

// A stored postmortem open in a document: edits need a store (a document without one is
// read-only).
struct Fixture {
    std::unique_ptr<Store> store;
    std::unique_ptr<PostmortemDocument> doc;

    Fixture() {
        store = test::newStore();
        const QString id =
            store
                ->createPostmortem(QStringLiteral("standard"),
                                   {{Field::Title, QStringLiteral("Checkout")},
                                    {Field::Summary, QStringLiteral("Checkout failed")}})
                .value();
        doc = std::make_unique<PostmortemDocument>(store.get(), *store->loadPostmortem(id));
    }
    QString add(const QString& statement, const QString& category,
                const QString& parent = QString()) {
        return CauseEditing::addCause(*doc, parent, -1, statement, true, category);
    }
    // The cause as the document has it now; valid until the next call.
    const Cause* cause(const QString& id) {
        tree = CauseTree(doc->postmortem());
        return tree->find(id);
    }
    std::optional<CauseTree> tree;
};

bool show(FishboneView& view, Fixture& f, QSize size = QSize(1100, 700)) {
    view.setDocument(f.doc.get());
    view.resize(size);
    view.show();
    view.activateWindow();
    return QTest::qWaitForWindowActive(&view);
}

QPoint viewportPos(FishboneView& view, const QPointF& scenePos) {
    return view.mapFromScene(scenePos);
}

QPoint labelCentre(FishboneView& view, const FishboneLabel& label) {
    view.ensureVisible(label.rect, 10, 10);
    return viewportPos(view, label.rect.center());
}

const FishboneLabel& categoryLabel(FishboneView& view, const QString& category) {
    const FishboneLayout& layout = view.layout();
    for (const FishboneBoneGeometry& bone : layout.bones) {
        if (bone.category == category)
            return layout.labels.at(bone.label);
    }
    static const FishboneLabel none;
    return none;
}

// A double-click as a person makes it: press, release, double-click, release.
void doubleClick(QWidget* widget, const QPoint& pos) {
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

void drag(QWidget* widget, const QPoint& from, const QPoint& to) {
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    constexpr int kSteps = 8;
    for (int i = 1; i <= kSteps; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / kSteps);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

// Opens the view's context menu at pos and triggers the action at path (a submenu's title,
// then the action's text). Returns the texts the menu offered at its top level.
QStringList chooseFromMenu(FishboneView& view, const QPoint& pos, const QStringList& path) {
    QStringList offered;
    QTimer::singleShot(0, &view, [&offered, path] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction* action : menu->actions())
            offered.append(action->text());
        QMenu* at = menu;
        for (const QString& step : path) {
            QAction* chosen = nullptr;
            for (QAction* action : at->actions()) {
                if (action->text() == step)
                    chosen = action;
            }
            if (!chosen)
                break;
            if (chosen->menu()) {
                at = chosen->menu();
                continue;
            }
            menu->close();
            if (chosen->isEnabled())
                chosen->trigger();
            return;
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &event);
    return offered;
}

} // namespace

class TestFishboneView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void drawsTheCausesOnTheFishbone();
    void addCauseOnABone();
    void addCauseByDoubleClickingTheBoneLine();
    void escapeCancelsAnAdd();
    void renameInPlace();
    void escapeKeepsTheName();
    void dragToAnotherBoneChangesCategory();
    void deleteKeyRemovesAndUndoRestores();
    void followsEditsMadeElsewhere();
    void selectionBothWays();
    void contextMenuOffersTheSameEdits();
    void zoomKeys();
    void readOnlyDocumentCannotBeEdited();
    void exportsSvgAndPng();
    void fortyCausesAtLaptopSize();
};

void TestFishboneView::drawsTheCausesOnTheFishbone() {
    Fixture f;
    const QString pool = f.add(QStringLiteral("Pool size fell back"), QStringLiteral("Technology"));
    const QString rename =
        f.add(QStringLiteral("Setting renamed"), QStringLiteral("Technology"), pool);
    const QString why = CauseEditing::addCause(*f.doc, pool, -1, QStringLiteral("Not drawn"));
    FishboneView view;
    QVERIFY(show(view, f));
    const FishboneLayout& layout = view.layout();
    QVERIFY(layout.cause(pool));
    QCOMPARE(layout.cause(rename)->depth, 1);
    QVERIFY(!layout.cause(why)); // in the 5-whys tree only
    QCOMPARE(layout.bones.size(), defaultCauseCategories().size());
    QCOMPARE(layout.labels.at(layout.head).lines.join(u' '), QStringLiteral("Checkout failed"));
    // One item per label, painted by the shared painter.
    int labels = 0;
    for (QGraphicsItem* item : view.scene()->items())
        labels += dynamic_cast<FishboneLabelItem*>(item) ? 1 : 0;
    QCOMPARE(labels, int(layout.labels.size()));
}

void TestFishboneView::addCauseOnABone() {
    Fixture f;
    FishboneView view;
    QVERIFY(show(view, f));
    QSignalSpy selected(&view, &FishboneView::causeSelected);
    const int undoBefore = f.doc->undoStack()->count();

    doubleClick(view.viewport(), labelCentre(view, categoryLabel(view, QStringLiteral("Process"))));
    QVERIFY(view.inlineEditor());
    // The new cause's place is on the Process bone, and the editor sits there.
    const FishboneLabel* place = view.layout().cause(QStringLiteral("+new"));
    QVERIFY(place);
    QCOMPARE(view.layout().bones.at(place->bone).category, QStringLiteral("Process"));
    QVERIFY(view.inlineEditor()->sceneBoundingRect().contains(place->rect.center()));

    QTest::keyClicks(&view, QStringLiteral("Release notes missed the rename"));
    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(!view.inlineEditor());
    const CauseTree tree(f.doc->postmortem());
    QCOMPARE(tree.causes().size(), 1);
    const Cause& added = tree.causes().first();
    QCOMPARE(added.statement, QStringLiteral("Release notes missed the rename"));
    QVERIFY(added.onFishbone);
    QCOMPARE(added.category, QStringLiteral("Process"));
    QCOMPARE(f.doc->undoStack()->count(), undoBefore + 1); // one undo step
    QTRY_VERIFY(view.layout().cause(added.id));
    QVERIFY(!view.layout().cause(QStringLiteral("+new")));
    QCOMPARE(view.selectedCauses(), QStringList{added.id});
    QCOMPARE(selected.last().at(0).toString(), added.id);

    f.doc->undoStack()->undo();
    QTRY_VERIFY(!view.layout().cause(added.id));
}

void TestFishboneView::addCauseByDoubleClickingTheBoneLine() {
    Fixture f;
    FishboneView view;
    QVERIFY(show(view, f));
    const FishboneBoneGeometry bone = view.layout().bones.at(2);
    const QPointF onLine = bone.line.pointAt(0.5);
    view.ensureVisible(QRectF(onLine, QSizeF(1, 1)), 50, 50);
    doubleClick(view.viewport(), viewportPos(view, onLine));
    QVERIFY(view.inlineEditor());
    QTest::keyClicks(&view, QStringLiteral("No alert on pool wait time"));
    QTest::keyClick(&view, Qt::Key_Enter);
    const CauseTree tree(f.doc->postmortem());
    QCOMPARE(tree.causes().size(), 1);
    QCOMPARE(tree.causes().first().category, bone.category);
}

void TestFishboneView::escapeCancelsAnAdd() {
    Fixture f;
    FishboneView view;
    QVERIFY(show(view, f));
    QVERIFY(view.startAddCause(QStringLiteral("Technology")));
    QTest::keyClicks(&view, QStringLiteral("half a thought"));
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.inlineEditor());
    QVERIFY(CauseTree(f.doc->postmortem()).causes().isEmpty());
    QCOMPARE(f.doc->undoStack()->count(), 0);
    QTRY_VERIFY(!view.layout().cause(QStringLiteral("+new")));
    // An empty new cause is no cause either.
    QVERIFY(view.startAddCause(QStringLiteral("Technology")));
    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(CauseTree(f.doc->postmortem()).causes().isEmpty());
    // Nor is a bone that does not exist.
    QVERIFY(!view.startAddCause(QStringLiteral("People")));
}

void TestFishboneView::renameInPlace() {
    Fixture f;
    const QString id = f.add(QStringLiteral("Pool too small"), QStringLiteral("Technology"));
    FishboneView view;
    QVERIFY(show(view, f));
    doubleClick(view.viewport(), labelCentre(view, *view.layout().cause(id)));
    FishboneInlineEditor* editor = view.inlineEditor();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), QStringLiteral("Pool too small"));
    QVERIFY(editor->textCursor().hasSelection()); // typing replaces it
    // The label being edited gives way to the editor.
    for (QGraphicsItem* item : view.scene()->items()) {
        if (auto* label = dynamic_cast<FishboneLabelItem*>(item))
            QCOMPARE(label->isVisible(), label->label().id != id);
    }
    QTest::keyClicks(&view, QStringLiteral("Pool size fell back to the default of 10"));
    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(!view.inlineEditor());
    QCOMPARE(f.cause(id)->statement, QStringLiteral("Pool size fell back to the default of 10"));
    QTRY_COMPARE(view.layout().cause(id)->lines.join(u' '),
                 QStringLiteral("Pool size fell back to the default of 10"));
    f.doc->undoStack()->undo();
    QCOMPARE(f.cause(id)->statement, QStringLiteral("Pool too small"));
    QTRY_COMPARE(view.layout().cause(id)->lines.join(u' '), QStringLiteral("Pool too small"));
}

void TestFishboneView::escapeKeepsTheName() {
    Fixture f;
    const QString id = f.add(QStringLiteral("Pool too small"), QStringLiteral("Technology"));
    FishboneView view;
    QVERIFY(show(view, f));
    QVERIFY(view.startRename(id));
    QTest::keyClicks(&view, QStringLiteral("oops"));
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(f.cause(id)->statement, QStringLiteral("Pool too small"));
    // Emptying the text is taken as a slip, not as a wish.
    QVERIFY(view.startRename(id));
    QTest::keyClick(&view, Qt::Key_Delete);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(f.cause(id)->statement, QStringLiteral("Pool too small"));
    // F2 renames the selected cause, and a click elsewhere commits.
    view.selectCause(id);
    QTest::keyClick(&view, Qt::Key_F2);
    QVERIFY(view.inlineEditor());
    QTest::keyClicks(&view, QStringLiteral("Pool of 10"));
    const QPointF empty = view.layout().sceneRect.bottomRight() - QPointF(5, 5);
    view.ensureVisible(QRectF(empty, QSizeF(1, 1)));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportPos(view, empty));
    QTRY_COMPARE(f.cause(id)->statement, QStringLiteral("Pool of 10"));
    QVERIFY(!view.inlineEditor());
}

void TestFishboneView::dragToAnotherBoneChangesCategory() {
    Fixture f;
    const QString pool = f.add(QStringLiteral("Pool size fell back"), QStringLiteral("Technology"));
    const QString sub =
        f.add(QStringLiteral("Setting renamed"), QStringLiteral("Technology"), pool);
    f.add(QStringLiteral("Retries without backoff"), QStringLiteral("Technology"));
    FishboneView view;
    QVERIFY(show(view, f));
    const int undoBefore = f.doc->undoStack()->count();

    const QPoint from = labelCentre(view, *view.layout().cause(pool));
    const QPoint to = viewportPos(
        view, categoryLabel(view, QStringLiteral("Environment & Dependencies")).rect.center());
    QVERIFY(view.viewport()->rect().contains(from));
    QVERIFY(view.viewport()->rect().contains(to));
    drag(view.viewport(), from, to);

    QCOMPARE(f.cause(pool)->category, QStringLiteral("Environment & Dependencies"));
    QCOMPARE(f.cause(sub)->category, QStringLiteral("Environment & Dependencies"));
    QCOMPARE(f.doc->undoStack()->count(), undoBefore + 1);
    QTRY_COMPARE(view.layout().bones.at(view.layout().cause(pool)->bone).category,
                 QStringLiteral("Environment & Dependencies"));
    QCOMPARE(view.layout().cause(sub)->depth, 1);

    f.doc->undoStack()->undo();
    QCOMPARE(f.cause(pool)->category, QStringLiteral("Technology"));
    QTRY_COMPARE(view.layout().bones.at(view.layout().cause(pool)->bone).category,
                 QStringLiteral("Technology"));

    // Dropped far from every bone: nothing changes, the label goes back.
    const QPoint again = labelCentre(view, *view.layout().cause(pool));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, again);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(view.viewport(), again + QPoint(0, -5 * i));
    const QPointF nowhere = view.layout().sceneRect.topLeft() + QPointF(2, 2);
    const FishboneLayout& layout = view.layout();
    QVERIFY(layout.boneAt(nowhere, 48) < 0);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, again + QPoint(0, -20));
    QCOMPARE(f.cause(pool)->category, QStringLiteral("Technology"));
    for (QGraphicsItem* item : view.scene()->items())
        QCOMPARE(item->pos(), QPointF());
}

void TestFishboneView::deleteKeyRemovesAndUndoRestores() {
    Fixture f;
    const QString a = f.add(QStringLiteral("Pool size fell back"), QStringLiteral("Technology"));
    const QString b =
        f.add(QStringLiteral("Alert was downgraded"), QStringLiteral("Detection & Monitoring"));
    FishboneView view;
    QVERIFY(show(view, f));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      labelCentre(view, *view.layout().cause(a)));
    QCOMPARE(view.selectedCauses(), QStringList{a});
    QTest::keyClick(&view, Qt::Key_Delete);
    QVERIFY(!f.cause(a));
    QVERIFY(f.cause(b));
    QTRY_VERIFY(!view.layout().cause(a));
    f.doc->undoStack()->undo();
    QVERIFY(f.cause(a));
    QTRY_VERIFY(view.layout().cause(a));
    f.doc->undoStack()->redo();
    QTRY_VERIFY(!view.layout().cause(a));
}

void TestFishboneView::followsEditsMadeElsewhere() {
    Fixture f;
    FishboneView view;
    QVERIFY(show(view, f));
    // What the 5-whys tree and the panels do, through the same edits.
    const QString id =
        f.add(QStringLiteral("Retries without backoff"), QStringLiteral("Technology"));
    QTRY_VERIFY(view.layout().cause(id));
    f.doc->editField(id, CauseField::Statement, QStringLiteral("Retries with no jitter"));
    QTRY_COMPARE(view.layout().cause(id)->lines.join(u' '),
                 QStringLiteral("Retries with no jitter"));
    f.doc->editField(id, CauseField::Kind, QStringLiteral("root_cause"));
    QTRY_COMPARE(view.layout().cause(id)->causeKind, QStringLiteral("root_cause"));
    CauseEditing::setCauseCategory(*f.doc, id, QStringLiteral("Process"));
    QTRY_COMPARE(view.layout().bones.at(view.layout().cause(id)->bone).category,
                 QStringLiteral("Process"));
    CauseEditing::setProblemStatement(*f.doc, QStringLiteral("Card payments failed"));
    QTRY_COMPARE(view.layout().labels.at(view.layout().head).lines.join(u' '),
                 QStringLiteral("Card payments failed"));
    const QStringList categories = causeCategories(f.doc->postmortem(), nullptr);
    QCOMPARE(CauseEditing::addCategory(*f.doc, categories, QStringLiteral("Vendors")), QString());
    QTRY_COMPARE(view.layout().bones.last().category, QStringLiteral("Vendors"));
    CauseEditing::removeCauses(*f.doc, {id});
    QTRY_VERIFY(!view.layout().cause(id));
    // Undo walks back through all of it, the view in step.
    while (f.doc->undoStack()->canUndo())
        f.doc->undoStack()->undo();
    QTRY_COMPARE(view.layout().bones.size(), defaultCauseCategories().size());
    QVERIFY(!view.layout().cause(id));
    QCOMPARE(view.layout().labels.at(view.layout().head).lines.join(u' '),
             QStringLiteral("Checkout failed"));
}

void TestFishboneView::selectionBothWays() {
    Fixture f;
    const QString a = f.add(QStringLiteral("Pool size fell back"), QStringLiteral("Technology"));
    const QString b = f.add(QStringLiteral("Alert was downgraded"), QStringLiteral("Process"));
    FishboneView view;
    QVERIFY(show(view, f));
    QSignalSpy selected(&view, &FishboneView::causeSelected);
    view.selectCause(a);
    QCOMPARE(view.selectedCauses(), QStringList{a});
    QCOMPARE(selected.count(), 0); // the caller already knows
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      labelCentre(view, *view.layout().cause(b)));
    QCOMPARE(view.selectedCauses(), QStringList{b});
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).toString(), b);
    // A cause the tree selects that is not on the fishbone clears the selection.
    const QString whyOnly = CauseEditing::addCause(*f.doc, QString(), -1, QStringLiteral("why"));
    view.selectCause(whyOnly);
    QVERIFY(view.selectedCauses().isEmpty());
    // The selection survives edits that rebuild the diagram.
    view.selectCause(a);
    f.doc->editField(a, CauseField::Statement, QStringLiteral("Pool size fell back to 10"));
    QTRY_COMPARE(view.layout().cause(a)->lines.join(u' '),
                 QStringLiteral("Pool size fell back to 10"));
    QCOMPARE(view.selectedCauses(), QStringList{a});
}

void TestFishboneView::contextMenuOffersTheSameEdits() {
    Fixture f;
    const QString a = f.add(QStringLiteral("Pool size fell back"), QStringLiteral("Technology"));
    const QString b = f.add(QStringLiteral("Alert was downgraded"), QStringLiteral("Process"));
    FishboneView view;
    QVERIFY(show(view, f));
    // On a cause: rename, move to another bone, delete.
    const QStringList offered =
        chooseFromMenu(view, labelCentre(view, *view.layout().cause(a)),
                       {QStringLiteral("Move to"), QStringLiteral("Working Conditions")});
    QVERIFY2(offered.contains(QStringLiteral("Rename")), qPrintable(offered.join(u'|')));
    QVERIFY(offered.contains(QStringLiteral("Delete cause")));
    QVERIFY(offered.contains(QStringLiteral("Add cause here")));
    QCOMPARE(f.cause(a)->category, QStringLiteral("Working Conditions"));
    QTRY_VERIFY(view.layout().cause(a));
    chooseFromMenu(view, labelCentre(view, *view.layout().cause(b)),
                   {QStringLiteral("Delete cause")});
    QVERIFY(!f.cause(b));
    // On a bone's label: add a cause there.
    QTRY_VERIFY(!view.layout().cause(b));
    chooseFromMenu(view, labelCentre(view, categoryLabel(view, QStringLiteral("Process"))),
                   {QStringLiteral("Add cause here")});
    QTRY_VERIFY(view.inlineEditor());
    QTest::keyClicks(&view, QStringLiteral("Canary checks only errors"));
    QTest::keyClick(&view, Qt::Key_Return);
    QStringList processCauses;
    const CauseTree tree(f.doc->postmortem());
    for (const Cause& c : tree.causes()) {
        if (c.category == u"Process")
            processCauses.append(c.statement);
    }
    QCOMPARE(processCauses, QStringList{QStringLiteral("Canary checks only errors")});
}

void TestFishboneView::zoomKeys() {
    Fixture f;
    for (int i = 0; i < 30; ++i)
        f.add(QStringLiteral("Cause number %1 with a few words").arg(i),
              defaultCauseCategories().at(i % 6));
    FishboneView view;
    QVERIFY(show(view, f, QSize(800, 500)));
    QCOMPARE(view.zoom(), 1.0); // opens at 100 %: text as large as the application's
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view.zoom() > 1.0);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view.zoom() < 1.0);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    // The scroll bars go once the layout of the view has caught up.
    const auto visible = [&view] {
        return view.mapToScene(view.viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    };
    QTRY_VERIFY(visible().contains(view.layout().sceneRect));
    QVERIFY(view.zoom() < 1.0);
}

void TestFishboneView::readOnlyDocumentCannotBeEdited() {
    Fixture f;
    const QString id = f.add(QStringLiteral("Pool too small"), QStringLiteral("Technology"));
    PostmortemDocument readOnly(nullptr, f.doc->postmortem());
    QVERIFY(readOnly.isReadOnly());
    FishboneView view;
    view.setDocument(&readOnly);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.layout().cause(id));
    QVERIFY(!view.startRename(id));
    QVERIFY(!view.startAddCause(QStringLiteral("Process")));
    doubleClick(view.viewport(), labelCentre(view, *view.layout().cause(id)));
    QVERIFY(!view.inlineEditor());
}

void TestFishboneView::exportsSvgAndPng() {
    Fixture f;
    f.add(QStringLiteral("Pool & nobody knew"), QStringLiteral("Technology"));
    FishboneView view;
    view.setDocument(f.doc.get());
    const QString svg = test::tempPath(QStringLiteral("diagram.svg"));
    QCOMPARE(view.exportTo(svg), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(">Pool &amp; nobody knew<"));
    const QString png = test::tempPath(QStringLiteral("diagram.png"));
    QCOMPARE(view.exportTo(png), QString());
    const QImage image(png);
    QCOMPARE(image.size(), (view.layout().sceneRect.size() * 2).toSize());
    QVERIFY(!view.exportTo(test::tempPath(QStringLiteral("diagram.pdf"))).isEmpty());
}

void TestFishboneView::fortyCausesAtLaptopSize() {
    Fixture f;
    const QStringList categories = defaultCauseCategories();
    QString parent;
    for (int i = 0; i < 40; ++i) {
        const QString text =
            i % 7 == 3 ? QStringLiteral("A long cause %1: the team kept the old and the new "
                                        "setting names side by side for one release, but the "
                                        "shim was removed early")
                             .arg(i)
                       : QStringLiteral("Cause %1 on its bone").arg(i);
        // Every fifth cause answers the one before it: a sub-cause.
        parent = f.add(text, categories.at(i % 6), i % 5 == 4 ? parent : QString());
    }
    FishboneView view;
    QVERIFY(show(view, f, QSize(1366, 768)));
    const FishboneLayout& layout = view.layout();
    QCOMPARE(layout.labels.size(), 40 + 6 + 1 + 4); // causes, bones, head, legend
    // What is on screen does not overlap either.
    QList<QRectF> rects;
    for (QGraphicsItem* item : view.scene()->items()) {
        if (auto* label = dynamic_cast<FishboneLabelItem*>(item))
            rects.append(label->mapRectToScene(label->label().rect));
    }
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects.at(i).intersects(rects.at(j)));
    }
    // At the default zoom the head is on screen, at full size.
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(layout.labels.at(layout.head).rect));
    QCOMPARE(view.zoom(), 1.0);
    const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(view.grab().save(dir + QStringLiteral("/fishbone_view.png")));
}

QTEST_MAIN(TestFishboneView)
#include "test_fishboneview.moc"
