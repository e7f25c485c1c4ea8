#include "TestSupport.h"
#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"

#include <QTest>

#include <memory>

using namespace causeway;

namespace {

using Open = test::OpenDocument;

Open open() {
    return test::openNewDocument();
}

QStringList statementsUnder(const PostmortemDocument& doc, const QString& parent) {
    const CauseTree tree(doc.postmortem());
    QStringList out;
    for (const QString& id : tree.childrenOf(parent))
        out.append(tree.find(id)->statement);
    return out;
}

} // namespace

class TestCauseEditing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addAtPositions();
    void moveRefusesOwnSubtreeAndReorders();
    void refilingMovesHangingSubCauses();
    void removeTakesTheSubtreeInOneStep();
    void categoriesRenameAndGuardedRemove();
    void editsReachTheStoreWithAnAuditTrail();
};

void TestCauseEditing::addAtPositions() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString b = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("B"));
    CauseEditing::addCause(doc, QString(), 0, QStringLiteral("A"));
    CauseEditing::addCause(doc, QString(), 1, QStringLiteral("A½"));
    CauseEditing::addCause(doc, b, -1, QStringLiteral("B1"));
    QCOMPARE(statementsUnder(doc, QString()),
             (QStringList{QStringLiteral("A"), QStringLiteral("A½"), QStringLiteral("B")}));
    QCOMPARE(statementsUnder(doc, b), QStringList{QStringLiteral("B1")});
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.undoStack()->undo();
    QVERIFY(statementsUnder(doc, b).isEmpty());
}

void TestCauseEditing::moveRefusesOwnSubtreeAndReorders() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString a = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("A"));
    const QString b = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("B"));
    const QString c = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("C"));
    const QString a1 = CauseEditing::addCause(doc, a, -1, QStringLiteral("A1"));
    const int steps = doc.undoStack()->count();
    QVERIFY(!CauseEditing::moveCause(doc, a, a1, 0)); // under its own child
    QVERIFY(!CauseEditing::moveCause(doc, a, a, 0));
    QCOMPARE(doc.undoStack()->count(), steps);
    // Drop C between A and B, then A last: positions computed without the moved cause.
    QVERIFY(CauseEditing::moveCause(doc, c, QString(), 1));
    QCOMPARE(statementsUnder(doc, QString()),
             (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QVERIFY(CauseEditing::moveCause(doc, a, QString(), 3));
    QCOMPARE(statementsUnder(doc, QString()),
             (QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}));
    // Re-parent B under A1 and back to the top: one undo step each.
    QVERIFY(CauseEditing::moveCause(doc, b, a1, -1));
    QCOMPARE(CauseTree(doc.postmortem()).parentOf(b), a1);
    doc.undoStack()->undo();
    QCOMPARE(CauseTree(doc.postmortem()).parentOf(b), QString());
    QCOMPARE(statementsUnder(doc, QString()),
             (QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}));
}

void TestCauseEditing::refilingMovesHangingSubCauses() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString tech = QStringLiteral("Technology");
    const QString process = QStringLiteral("Process");
    const QString pool =
        CauseEditing::addCause(doc, QString(), -1, QStringLiteral("pool"), true, tech);
    const QString why = CauseEditing::addCause(doc, pool, -1, QStringLiteral("why"));
    const QString limit = CauseEditing::addCause(doc, why, -1, QStringLiteral("limit"), true, tech);
    const QString review =
        CauseEditing::addCause(doc, pool, -1, QStringLiteral("review"), true, process);
    CauseEditing::setCauseCategory(doc, pool, QStringLiteral("Environment & Dependencies"));
    const CauseTree tree(doc.postmortem());
    QCOMPARE(tree.find(pool)->category, QStringLiteral("Environment & Dependencies"));
    QCOMPARE(tree.find(limit)->category, QStringLiteral("Environment & Dependencies"));
    QCOMPARE(tree.find(review)->category, process); // filed elsewhere on purpose: stays
    QVERIFY(!tree.find(why)->onFishbone);
    doc.undoStack()->undo(); // one step
    QCOMPARE(CauseTree(doc.postmortem()).find(limit)->category, tech);
    // A cause not yet on the fishbone goes on it.
    CauseEditing::setCauseCategory(doc, why, process);
    QVERIFY(CauseTree(doc.postmortem()).find(why)->onFishbone);
}

void TestCauseEditing::removeTakesTheSubtreeInOneStep() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const QString a = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("A"));
    const QString a1 = CauseEditing::addCause(doc, a, -1, QStringLiteral("A1"));
    CauseEditing::addCause(doc, a1, -1, QStringLiteral("A1a"));
    const QString b = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("B"));
    const int steps = doc.undoStack()->count();
    CauseEditing::removeCauses(doc, {a1, a}); // overlapping subtrees
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(CauseTree(doc.postmortem()).causes().size(), 1);
    QVERIFY(CauseTree(doc.postmortem()).find(b));
    doc.undoStack()->undo();
    QCOMPARE(CauseTree(doc.postmortem()).causes().size(), 4);
    QCOMPARE(CauseTree(doc.postmortem()).parentOf(a1), a);
}

void TestCauseEditing::categoriesRenameAndGuardedRemove() {
    Open o = open();
    PostmortemDocument& doc = *o.doc;
    const auto categories = [&doc] {
        return causeCategories(doc.postmortem(), nullptr);
    };
    QCOMPARE(categories(), defaultCauseCategories());
    const QString c = CauseEditing::addCause(doc, QString(), -1, QStringLiteral("stale runbook"),
                                             true, QStringLiteral("Process"));
    QVERIFY(CauseEditing::addCategory(doc, categories(), QStringLiteral("Process"))
                .contains(QStringLiteral("already")));
    QVERIFY(CauseEditing::addCategory(doc, categories(), QStringLiteral("Vendors")).isEmpty());
    QCOMPARE(categories().last(), QStringLiteral("Vendors"));
    QVERIFY(CauseEditing::renameCategory(doc, categories(), QStringLiteral("Process"),
                                         QStringLiteral("Runbooks & Process"))
                .isEmpty());
    QCOMPARE(CauseTree(doc.postmortem()).find(c)->category, QStringLiteral("Runbooks & Process"));
    QCOMPARE(categories().at(1), QStringLiteral("Runbooks & Process"));
    const QString refused =
        CauseEditing::removeCategory(doc, categories(), QStringLiteral("Runbooks & Process"));
    QVERIFY2(refused.contains(QStringLiteral("move them")), qPrintable(refused));
    CauseEditing::moveCategory(doc, categories(), QStringLiteral("Vendors"), -1);
    QCOMPARE(categories().at(categories().size() - 2), QStringLiteral("Vendors"));
    CauseEditing::moveCategory(doc, categories(), QStringLiteral("Technology"), -1); // first
    QCOMPARE(categories().first(), QStringLiteral("Technology"));
    doc.undoStack()->undo();
    QVERIFY(CauseEditing::removeCategory(doc, categories(), QStringLiteral("Vendors")).isEmpty());
    QVERIFY(!categories().contains(QStringLiteral("Vendors")));
    doc.undoStack()->undo();
    doc.undoStack()->undo(); // the rename, cause and list together
    QCOMPARE(CauseTree(doc.postmortem()).find(c)->category, QStringLiteral("Process"));
    QCOMPARE(categories().at(1), QStringLiteral("Process"));
}

void TestCauseEditing::editsReachTheStoreWithAnAuditTrail() {
    Open o = open();
    const QString a = CauseEditing::addCause(*o.doc, QString(), -1, QStringLiteral("A"));
    CauseEditing::addCause(*o.doc, a, -1, QStringLiteral("A1"));
    CauseEditing::setProblemStatement(*o.doc, QStringLiteral("Orders were lost"));
    QVERIFY(o.doc->flush());
    const auto stored = o.store->loadPostmortem(o.id);
    QVERIFY(stored);
    QCOMPARE(problemStatement(*stored), QStringLiteral("Orders were lost"));
    const CauseTree tree(*stored);
    QCOMPARE(tree.causes().size(), 2);
    QCOMPARE(tree.childrenOf(a).size(), 1);
    QVERIFY(o.store->verify().ok);
}

QTEST_GUILESS_MAIN(TestCauseEditing)
#include "test_causeediting.moc"
