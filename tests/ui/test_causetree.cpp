#include "CauseTreeTestSupport.h"
#include "TimelineTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace causeway;
using test::CauseFixture;
using test::modelShape;
using test::treeShape;

namespace {

struct Spies {
    explicit Spies(QAbstractItemModel* model)
        : changed(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , reset(model, &QAbstractItemModel::modelReset) {}
    void clear() {
        for (QSignalSpy* spy : {&changed, &inserted, &removed, &moved, &layout, &reset})
            spy->clear();
    }
    QSignalSpy changed;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy layout;
    QSignalSpy reset;
};

std::unique_ptr<QMimeData> dragged(const CauseTreeModel& model, const QStringList& ids) {
    QModelIndexList indexes;
    for (const QString& id : ids)
        indexes.append(model.indexOf(id));
    return std::unique_ptr<QMimeData>(model.mimeData(indexes));
}

} // namespace

class TestCauseTree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void problemRowShowsStatementOrSummary() {
        CauseFixture f;
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex problem = model.problemIndex();
        QVERIFY(model.isProblem(problem));
        QCOMPARE(model.idAt(problem), QString());
        QCOMPARE(model.indexOf(QString()), problem);
        // No statement of its own: the summary's first line stands in, in italics.
        QCOMPARE(problem.data().toString(), QStringLiteral("Checkout failed for 40 minutes"));
        QVERIFY(problem.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(problem.data(Qt::ForegroundRole).isValid());

        // Committing the stand-in unchanged stores nothing.
        const int steps = f.doc->undoStack()->count();
        QVERIFY(model.setData(problem, QStringLiteral("Checkout failed for 40 minutes")));
        QCOMPARE(f.doc->undoStack()->count(), steps);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(problem, QStringLiteral("  Customers could not pay  ")));
        QCOMPARE(f.doc->value(f.id, CauseRootField::ProblemStatement).toString(),
                 QStringLiteral("Customers could not pay"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), problem);
        QCOMPARE(problem.data().toString(), QStringLiteral("Customers could not pay"));
        QVERIFY(!problem.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!problem.data(Qt::ForegroundRole).isValid());

        f.doc->undoStack()->undo();
        QCOMPARE(problem.data().toString(), QStringLiteral("Checkout failed for 40 minutes"));
        // A summary edit shows while there is no statement of its own.
        f.doc->editField(f.id, Field::Summary, QStringLiteral("Payments timed out"));
        QCOMPARE(problem.data().toString(), QStringLiteral("Payments timed out"));
        QCOMPARE(changed.count(), 3);
        // The problem row is no cause: not draggable, no kind, no checkbox.
        QVERIFY(!(model.flags(problem) & Qt::ItemIsDragEnabled));
        QVERIFY(model.flags(problem) & Qt::ItemIsDropEnabled);
        QVERIFY(!(model.flags(model.problemIndex(CauseTreeModel::FishboneColumn)) &
                  Qt::ItemIsUserCheckable));
        QVERIFY(model.mimeData({problem}) == nullptr);
    }

    void modelMatchesCauseTreeThroughRandomEdits() {
        CauseFixture f;
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QUndoStack* undo = f.doc->undoStack();
        QRandomGenerator rng(20260302);
        int structural = 0;
        qsizetype largest = 0;
        for (int step = 0; step < 400; ++step) {
            const CauseTree before = f.tree();
            QStringList ids;
            for (const Cause& c : before.causes())
                ids.append(c.id);
            // Where every cause is now: a view's selection and expanded branches hang on
            // persistent indexes like these.
            QHash<QString, QPersistentModelIndex> held;
            for (const QString& id : std::as_const(ids))
                held.insert(id, QPersistentModelIndex(model.indexOf(id)));
            const auto pick = [&]() -> QString {
                return ids.isEmpty() ? QString() : ids.at(rng.bounded(int(ids.size())));
            };
            const auto parentOrTop = [&]() -> QString {
                return rng.bounded(4) == 0 ? QString() : pick();
            };
            const int op = ids.size() < 3 ? 0 : int(rng.bounded(11));
            switch (op) {
            case 0:
            case 1:
            case 10: {
                const QString parent = parentOrTop();
                const int index =
                    int(rng.bounded(int(before.childrenOf(parent).size()) + 2)) - 1; // -1: last
                f.add(parent, QStringLiteral("why %1").arg(step), index);
                break;
            }
            case 2:
            case 3: {
                const QString parent = parentOrTop();
                CauseEditing::moveCause(
                    *f.doc, pick(), parent,
                    int(rng.bounded(int(before.childrenOf(parent).size()) + 2)) - 1);
                break;
            }
            case 4:
                model.moveCauses({pick(), pick()}, parentOrTop(), 0);
                break;
            case 5: // a subtree: prune only leaves once the tree is small, so it keeps growing
                if (const QString id = pick(); ids.size() > 12 || before.childrenOf(id).isEmpty())
                    CauseEditing::removeCauses(*f.doc, {id});
                break;
            case 6:
                QVERIFY(model.setData(model.indexOf(pick()), QStringLiteral("edit %1").arg(step)));
                break;
            case 7: {
                const QModelIndex box = model.indexOf(pick(), CauseTreeModel::FishboneColumn);
                QVERIFY(model.setData(box,
                                      box.data(Qt::CheckStateRole).toInt() == Qt::Checked
                                          ? Qt::Unchecked
                                          : Qt::Checked,
                                      Qt::CheckStateRole));
                break;
            }
            case 8:
                if (undo->canUndo())
                    undo->undo();
                break;
            default:
                if (undo->canRedo())
                    undo->redo();
                break;
            }
            const CauseTree after = f.tree();
            QCOMPARE(modelShape(model), treeShape(after));
            QCOMPARE(model.causeCount(), int(after.causes().size()));
            for (auto it = held.cbegin(); it != held.cend(); ++it) {
                if (after.find(it.key())) {
                    QVERIFY2(it->isValid(), qPrintable(it.key()));
                    QCOMPARE(model.idAt(*it), it.key());
                } else {
                    QVERIFY(!it->isValid());
                }
            }
            if (ids.size() != after.causes().size())
                ++structural;
            largest = std::max(largest, after.causes().size());
        }
        QVERIFY(structural > 50); // the walk did grow and prune the tree
        QVERIFY(largest > 15);
        QCOMPARE(resets.count(), 0);
    }

    void undoRedoRoundTripsRestoreTheExactTree() {
        CauseFixture f;
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        QUndoStack* undo = f.doc->undoStack();
        QStringList snapshots{test::exactTree(f.tree())};
        QStringList shapes{modelShape(model)};
        const auto step = [&] {
            snapshots.append(test::exactTree(f.tree()));
            shapes.append(modelShape(model));
            QCOMPARE(shapes.last(), treeShape(f.tree()));
        };
        const QString a = f.add({}, QStringLiteral("Bad config shipped"));
        step();
        const QString a1 = f.add(a, QStringLiteral("Validation skipped"));
        step();
        const QString a1x = f.add(a1, QStringLiteral("No schema for the new key"));
        step();
        const QString b = f.add({}, QStringLiteral("Alert fired late"), 0);
        step();
        const QString b1 = f.add(b, QStringLiteral("Threshold tuned for daytime"));
        step();
        QVERIFY(CauseEditing::moveCause(*f.doc, a1, b, 0));
        step();
        QVERIFY(model.setData(model.indexOf(a1x, CauseTreeModel::FishboneColumn), Qt::Checked,
                              Qt::CheckStateRole));
        step();
        QVERIFY(model.setData(model.indexOf(b1), QStringLiteral("Threshold tuned for days")));
        step();
        QVERIFY(model.setData(model.indexOf(b1, CauseTreeModel::KindColumn),
                              QStringLiteral("root_cause")));
        step();
        CauseEditing::setEvidence(*f.doc, b1, {QStringLiteral("e1"), QStringLiteral("e2")});
        step();
        QVERIFY(model.moveCauses({a, b1}, QString(), 0));
        step();
        CauseEditing::removeCauses(*f.doc, {b});
        step();
        QCOMPARE(undo->count(), snapshots.size() - 1);

        for (qsizetype i = snapshots.size() - 2; i >= 0; --i) {
            undo->undo();
            QCOMPARE(test::exactTree(f.tree()), snapshots.at(i));
            QCOMPARE(modelShape(model), shapes.at(i));
        }
        QCOMPARE(model.causeCount(), 0);
        for (qsizetype i = 1; i < snapshots.size(); ++i) {
            undo->redo();
            QCOMPARE(test::exactTree(f.tree()), snapshots.at(i));
            QCOMPARE(modelShape(model), shapes.at(i));
        }
    }

    void fieldEditChangesOneRowOnly() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString a1 = f.add(a, QStringLiteral("a1"));
        const QString a2 = f.add(a, QStringLiteral("a2"));
        f.add({}, QStringLiteral("b"));
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        Spies spies(&model);

        QVERIFY(model.setData(model.indexOf(a2), QStringLiteral("a2, edited")));
        QCOMPARE(f.tree().find(a2)->statement, QStringLiteral("a2, edited"));
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex(), model.indexOf(a2));
        QCOMPARE(spies.changed.first().at(1).toModelIndex(), model.indexOf(a2));
        QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.moved.count() +
                     spies.layout.count() + spies.reset.count(),
                 0);

        spies.clear();
        QVERIFY(model.setData(model.indexOf(a1, CauseTreeModel::KindColumn),
                              QStringLiteral("mitigator")));
        QVERIFY(!model.setData(model.indexOf(a1, CauseTreeModel::KindColumn),
                               QStringLiteral("no such kind")));
        QCOMPARE(f.tree().find(a1)->kind, QStringLiteral("mitigator"));
        QCOMPARE(model.indexOf(a1, CauseTreeModel::KindColumn).data().toString(),
                 CauseVocabulary::kindName(QStringLiteral("mitigator")));
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex().row(), model.indexOf(a1).row());
        QCOMPARE(spies.changed.first().at(0).toModelIndex().parent(), model.indexOf(a));

        spies.clear();
        CauseEditing::setEvidence(*f.doc, a1, {QStringLiteral("e1"), QStringLiteral("e2")});
        QCOMPARE(model.indexOf(a1, CauseTreeModel::EvidenceColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex(),
                 model.indexOf(a1, CauseTreeModel::EvidenceColumn));
        // Evidence can be set through the model too, as one undo step.
        const int steps = f.doc->undoStack()->count();
        QVERIFY(model.setData(model.indexOf(a1, CauseTreeModel::EvidenceColumn),
                              QStringList{QStringLiteral("e3")}, CauseTreeModel::EvidenceRole));
        QCOMPARE(f.tree().find(a1)->evidence, QStringList{QStringLiteral("e3")});
        QCOMPARE(f.doc->undoStack()->count(), steps + 1);
    }

    void structuralChangesAreRowMovesNotResets() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString a1 = f.add(a, QStringLiteral("a1"));
        f.add(a1, QStringLiteral("a1x"));
        f.add(a, QStringLiteral("a2"));
        const QString b = f.add({}, QStringLiteral("b"));
        const QString c = f.add({}, QStringLiteral("c"));
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.indexOf(b),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Spies spies(&model);

        // A deleted subtree leaves in one removal; its children never surface at the top.
        CauseEditing::removeCauses(*f.doc, {a});
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.moved.count() + spies.inserted.count(), 0);
        QCOMPARE(model.rowCount(model.problemIndex()), 2);
        QCOMPARE(model.idAt(selection.currentIndex()), b);
        spies.clear();
        f.doc->undoStack()->undo();
        QCOMPARE(spies.inserted.count(), 4);
        QCOMPARE(spies.moved.count() + spies.removed.count(), 0);
        QCOMPARE(modelShape(model), treeShape(f.tree()));

        // Reordering among siblings is one row move, and the selection follows the cause.
        spies.clear();
        QVERIFY(CauseEditing::moveCause(*f.doc, b, QString(), 3)); // after c
        QCOMPARE(spies.moved.count(), 1);
        QCOMPARE(model.idAt(model.index(2, 0, model.problemIndex())), b);
        QCOMPARE(model.idAt(selection.currentIndex()), b);
        QVERIFY(selection.isRowSelected(2, model.problemIndex()));
        spies.clear();
        QVERIFY(CauseEditing::moveCause(*f.doc, c, QString(), 0)); // to the front, past two
        QCOMPARE(spies.moved.count(), 1);

        // Re-parenting moves the row with its subtree.
        spies.clear();
        QVERIFY(CauseEditing::moveCause(*f.doc, a, b, -1));
        QVERIFY(spies.moved.count() >= 1 && spies.moved.count() <= 2);
        QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.reset.count() +
                     spies.layout.count(),
                 0);
        QCOMPARE(model.indexOf(a).parent(), model.indexOf(b));
        QCOMPARE(model.rowCount(model.indexOf(a)), 2);
        QCOMPARE(modelShape(model), treeShape(f.tree()));
        QCOMPARE(model.idAt(selection.currentIndex()), b);
    }

    void fishboneAndCategory() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString b = f.add({}, QStringLiteral("b"));
        Template tmpl;
        tmpl.id = QStringLiteral("custom");
        tmpl.causeCategories = {QStringLiteral("Vendors"), QStringLiteral("Code")};
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get(), &tmpl);
        QCOMPARE(model.categories(), tmpl.causeCategories);
        const QModelIndex boxA = model.indexOf(a, CauseTreeModel::FishboneColumn);
        QVERIFY(model.flags(boxA) & Qt::ItemIsUserCheckable);
        QCOMPARE(boxA.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Marking a cause without a category files it under the first one, in one step.
        const int steps = f.doc->undoStack()->count();
        QVERIFY(model.setData(boxA, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(f.doc->undoStack()->count(), steps + 1);
        QVERIFY(f.tree().find(a)->onFishbone);
        QCOMPARE(f.tree().find(a)->category, QStringLiteral("Vendors"));
        QCOMPARE(model.indexOf(a, CauseTreeModel::CategoryColumn).data().toString(),
                 QStringLiteral("Vendors"));
        QCOMPARE(model.indexOf(a, CauseTreeModel::CategoryColumn)
                     .data(CauseTreeModel::ChoicesRole)
                     .toStringList(),
                 tmpl.causeCategories);

        // Unmarking keeps the category for later but no longer shows it.
        QVERIFY(model.setData(boxA, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!f.tree().find(a)->onFishbone);
        QCOMPARE(f.tree().find(a)->category, QStringLiteral("Vendors"));
        QCOMPARE(model.indexOf(a, CauseTreeModel::CategoryColumn).data().toString(), QString());

        // Choosing a category marks the cause too.
        QVERIFY(model.setData(model.indexOf(b, CauseTreeModel::CategoryColumn),
                              QStringLiteral("Code")));
        QVERIFY(f.tree().find(b)->onFishbone);
        QCOMPARE(f.tree().find(b)->category, QStringLiteral("Code"));
        QVERIFY(!model.setData(model.indexOf(b, CauseTreeModel::CategoryColumn), QString()));

        // The postmortem's own categories win over the template's.
        QCOMPARE(CauseEditing::addCategory(*f.doc, model.categories(), QStringLiteral("Luck")),
                 QString());
        QVERIFY(model.categories().contains(QStringLiteral("Luck")));
        // Without a template, the defaults.
        CauseFixture g;
        CauseTreeModel plain;
        plain.setDocument(g.doc.get());
        QCOMPARE(plain.categories(), defaultCauseCategories());
    }

    void dragAndDropReparents() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString a1 = f.add(a, QStringLiteral("a1"));
        const QString b = f.add({}, QStringLiteral("b"));
        const QString c = f.add({}, QStringLiteral("c"));
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        QUndoStack* undo = f.doc->undoStack();
        const QString start = test::exactTree(f.tree());
        QVERIFY(model.mimeTypes().contains(CauseTreeModel::mimeType()));
        QVERIFY(model.flags(model.indexOf(c)) & Qt::ItemIsDragEnabled);

        // Between rows: c becomes the first answer under a.
        auto data = dragged(model, {c});
        QVERIFY(data && data->hasFormat(CauseTreeModel::mimeType()));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOf(a)));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, model.indexOf(a)));
        int steps = undo->index();
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOf(a)));
        QCOMPARE(undo->index(), steps + 1);
        QCOMPARE(f.tree().childrenOf(a), (QStringList{c, a1}));
        QCOMPARE(modelShape(model), treeShape(f.tree()));

        // Onto a row: b becomes its last answer.
        data = dragged(model, {b});
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(a1)));
        QCOMPARE(f.tree().parentOf(b), a1);
        // Beside the problem statement: a first-level answer, last.
        data = dragged(model, {a1});
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
        QCOMPARE(f.tree().childrenOf(QString()), (QStringList{a, a1}));
        QCOMPARE(f.tree().childrenOf(a1), QStringList{b});
        // Two at once, one undo step; a cause under another dragged one stays under it.
        steps = undo->index();
        data = dragged(model, {a1, b, c});
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.problemIndex()));
        QCOMPARE(undo->index(), steps + 1);
        QCOMPARE(f.tree().childrenOf(QString()), (QStringList{a1, c, a}));
        QCOMPARE(f.tree().childrenOf(a1), QStringList{b});
        QCOMPARE(modelShape(model), treeShape(f.tree()));
        // A drop that changes nothing is no undo step.
        steps = undo->index();
        QVERIFY(!model.moveCauses({a1, c}, QString(), 0));
        QCOMPARE(undo->index(), steps);

        while (undo->canUndo())
            undo->undo();
        QCOMPARE(f.tree().causes().size(), 0);
        for (int i = 0; i < 4; ++i)
            undo->redo();
        QCOMPARE(test::exactTree(f.tree()), start);
        QCOMPARE(modelShape(model), treeShape(f.tree()));
    }

    void dropUnderItselfIsRefused() {
        CauseFixture f;
        const QString a = f.add({}, QStringLiteral("a"));
        const QString a1 = f.add(a, QStringLiteral("a1"));
        const QString a1x = f.add(a1, QStringLiteral("a1x"));
        const QString b = f.add({}, QStringLiteral("b"));
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        const QString before = test::exactTree(f.tree());
        const int steps = f.doc->undoStack()->index();

        auto data = dragged(model, {a});
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(a)));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOf(a1)));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(a1x)));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(a1x)));
        QVERIFY(!model.moveCauses({a}, a1x, -1));
        // With another cause beside it, the whole drop is refused.
        data = dragged(model, {b, a1});
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(a1x)));
        QCOMPARE(test::exactTree(f.tree()), before);
        QCOMPARE(f.doc->undoStack()->index(), steps);

        // Causes dragged from another postmortem are not moved here.
        QMimeData foreign;
        foreign.setData(CauseTreeModel::mimeType(),
                        QStringList{QStringLiteral("another-postmortem"), b}.join(u'\n').toUtf8());
        QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, -1, -1, model.indexOf(a)));

        // The descendant may go up, above the cause it answered.
        data = dragged(model, {a1x});
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.problemIndex()));
        QCOMPARE(f.tree().childrenOf(QString()).first(), a1x);
    }

    void readOnlyDocumentOffersNoEdits() {
        Postmortem pm;
        pm.root.id = newRecordId();
        pm.root.kind = Kind::Postmortem;
        Cause cause;
        cause.statement = QStringLiteral("Archived answer");
        Record r;
        r.id = newRecordId();
        r.kind = Kind::Cause;
        r.parentId = pm.root.id;
        const QMap<QString, QJsonValue> fields = cause.toFields();
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            r.fields[it.key()].value = it.value();
        pm.children.append(r);
        PostmortemDocument doc(nullptr, pm); // no store: read-only
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(&doc);
        QVERIFY(!model.isEditable());
        const QModelIndex index = model.indexOf(r.id);
        QCOMPARE(index.data().toString(), QStringLiteral("Archived answer"));
        QVERIFY(!(model.flags(index) & (Qt::ItemIsEditable | Qt::ItemIsDragEnabled)));
        QVERIFY(!(model.flags(model.problemIndex()) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(index, QStringLiteral("changed")));
        auto data = dragged(model, {r.id});
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.problemIndex()));
    }

    void documentGoingAwayEmptiesTheModel() {
        auto f = std::make_unique<CauseFixture>();
        f->add({}, QStringLiteral("a"));
        CauseTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f->doc.get());
        QCOMPARE(model.causeCount(), 1);
        f->doc.reset();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.causeCount(), 0);
    }
};

QTEST_MAIN(TestCauseTree)
#include "test_causetree.moc"
