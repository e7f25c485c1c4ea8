#include "MemoryPostmortem.h"
#include "TestSupport.h"
#include "causes/Cause.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace causeway;

namespace {

Postmortem postmortem() {
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::Title].value = QStringLiteral("Causes");
    return pm;
}

// Adds a cause; returns its id.
QString add(Postmortem& pm, const QString& statement, const QString& parent = QString(),
            double position = 0, bool onFishbone = false, const QString& category = QString()) {
    Cause c;
    c.statement = statement;
    c.parent = parent;
    c.position = position;
    c.onFishbone = onFishbone;
    c.category = category;
    return test::addMemoryRecord(pm, Kind::Cause, c.toFields());
}

QStringList statements(const CauseTree& tree, const QStringList& ids) {
    QStringList out;
    for (const QString& id : ids)
        out.append(tree.find(id)->statement);
    return out;
}

QStringList idsOf(const QList<FishboneCause>& causes) {
    QStringList out;
    for (const FishboneCause& c : causes) {
        out.append(c.id);
        out.append(idsOf(c.children));
    }
    return out;
}

// Gives every record and field a revision and time, as stored records have.
void stamp(Postmortem& pm) {
    QList<Record*> records{&pm.root};
    for (Record& r : pm.children)
        records.append(&r);
    for (Record* r : records) {
        r->created = r->modified = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
        r->revision = Revision{1, QStringLiteral("dev")};
        for (auto& f : r->fields) {
            f.revision = r->revision;
            f.modified = r->created;
        }
    }
}

} // namespace

class TestCauses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void treeOrdersSiblingsByPosition();
    void orphansAndLoopsStayVisibleOnce();
    void deletedCausesAreLeftOut();
    void positionsBetweenSiblings();
    void problemStatementFallsBackToSummary();
    void categoriesFromPostmortemTemplateOrDefaults();
    void defaultCategoriesHaveNoPeopleBone();
    void fishboneHangsSubCausesOnTheirBranch();
    void fishboneShowsEveryMarkedCauseOnceUnderRandomTrees();
    void canonicalJsonRoundTripsCauses();
    void canonicalJsonRejectsABadCause();
};

void TestCauses::treeOrdersSiblingsByPosition() {
    Postmortem pm = postmortem();
    const QString b = add(pm, QStringLiteral("B"), QString(), 2);
    const QString a = add(pm, QStringLiteral("A"), QString(), 1);
    const QString a2 = add(pm, QStringLiteral("A2"), a, 2);
    const QString a1 = add(pm, QStringLiteral("A1"), a, 1);
    const CauseTree tree(pm);
    QCOMPARE(tree.childrenOf(QString()), (QStringList{a, b}));
    QCOMPARE(tree.childrenOf(a), (QStringList{a1, a2}));
    QCOMPARE(tree.parentOf(a1), a);
    QCOMPARE(tree.depth(a2), 1);
    QVERIFY(tree.isAncestor(a, a2));
    QVERIFY(!tree.isAncestor(b, a2));
    QCOMPARE(tree.subtree(a), (QStringList{a, a1, a2}));
    QCOMPARE(statements(tree, tree.childrenOf(a)),
             (QStringList{QStringLiteral("A1"), QStringLiteral("A2")}));
}

void TestCauses::orphansAndLoopsStayVisibleOnce() {
    Postmortem pm = postmortem();
    const QString orphan = add(pm, QStringLiteral("orphan"), QStringLiteral("gone"));
    const QString x = add(pm, QStringLiteral("x"));
    const QString y = add(pm, QStringLiteral("y"), x);
    // Two machines re-parented x under y and y under x: a loop.
    pm.children[1].fields[CauseField::Parent].value = y;
    const CauseTree tree(pm);
    QCOMPARE(tree.parentOf(orphan), QString());
    QSet<QString> seen;
    for (const QString& id : tree.subtree(QString()).mid(1)) {
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen, (QSet<QString>{orphan, x, y}));
    // The loop is cut at the smaller id, whatever order the records come in.
    const QString top = std::min(x, y);
    QCOMPARE(tree.parentOf(top), QString());
    std::reverse(pm.children.begin(), pm.children.end());
    QCOMPARE(CauseTree(pm).parentOf(top), QString());
}

void TestCauses::deletedCausesAreLeftOut() {
    Postmortem pm = postmortem();
    const QString a = add(pm, QStringLiteral("A"));
    const QString child = add(pm, QStringLiteral("child"), a);
    pm.children[0].deleted = true;
    const CauseTree tree(pm);
    QVERIFY(!tree.find(a));
    QCOMPARE(tree.childrenOf(QString()), QStringList{child});
}

void TestCauses::positionsBetweenSiblings() {
    Postmortem pm = postmortem();
    add(pm, QStringLiteral("A"), QString(), 1);
    add(pm, QStringLiteral("B"), QString(), 2);
    const CauseTree tree(pm);
    QCOMPARE(tree.positionAt(QString(), 0), 0.0);
    QCOMPARE(tree.positionAt(QString(), 1), 1.5);
    QCOMPARE(tree.positionAt(QString(), 2), 3.0);
    QCOMPARE(tree.positionAfterLast(QString()), 3.0);
    QCOMPARE(tree.positionAfterLast(QStringLiteral("none")), 1.0);
}

void TestCauses::problemStatementFallsBackToSummary() {
    Postmortem pm = postmortem();
    pm.root.fields[Field::Summary].value =
        QStringLiteral("  Checkout failed for 42 minutes\nMore.");
    QCOMPARE(problemStatement(pm), QStringLiteral("Checkout failed for 42 minutes"));
    pm.root.fields[CauseRootField::ProblemStatement].value = QStringLiteral("Orders were lost");
    QCOMPARE(problemStatement(pm), QStringLiteral("Orders were lost"));
}

void TestCauses::categoriesFromPostmortemTemplateOrDefaults() {
    Postmortem pm = postmortem();
    QCOMPARE(causeCategories(pm, nullptr), defaultCauseCategories());
    const Template* regulated = test::builtinTemplates().find(QStringLiteral("regulated"));
    QVERIFY(regulated);
    QVERIFY(regulated->causeCategories.contains(QStringLiteral("Controls & Compliance")));
    QCOMPARE(causeCategories(pm, regulated), regulated->causeCategories);
    pm.root.fields[CauseRootField::Categories].value =
        QJsonArray{QStringLiteral("Technology"), QStringLiteral("Vendors")};
    QCOMPARE(causeCategories(pm, regulated),
             (QStringList{QStringLiteral("Technology"), QStringLiteral("Vendors")}));
}

void TestCauses::defaultCategoriesHaveNoPeopleBone() {
    const QStringList categories = defaultCauseCategories();
    QCOMPARE(categories.size(), 6);
    for (const QString& c : categories)
        QVERIFY2(!c.contains(QStringLiteral("People"), Qt::CaseInsensitive), qPrintable(c));
    for (const Template& t : test::builtinTemplates().all()) {
        for (const QString& c : t.causeCategories)
            QVERIFY2(!c.contains(QStringLiteral("People"), Qt::CaseInsensitive), qPrintable(c));
    }
}

void TestCauses::fishboneHangsSubCausesOnTheirBranch() {
    Postmortem pm = postmortem();
    const QString tech = QStringLiteral("Technology");
    const QString process = QStringLiteral("Process");
    // why 1 (not marked) -> pool too small (Technology) -> limit never reviewed (Technology)
    //                                                   -> no review step (Process)
    const QString why = add(pm, QStringLiteral("why"), QString(), 1);
    const QString pool = add(pm, QStringLiteral("pool"), why, 1, true, tech);
    const QString limit = add(pm, QStringLiteral("limit"), pool, 1, true, tech);
    const QString review = add(pm, QStringLiteral("review"), pool, 2, true, process);
    const QString vendor =
        add(pm, QStringLiteral("vendor"), QString(), 2, true, QStringLiteral("Vendors"));
    const Fishbone fb =
        buildFishbone(CauseTree(pm), QStringLiteral("Checkout down"), {tech, process});
    QCOMPARE(fb.problem, QStringLiteral("Checkout down"));
    QCOMPARE(fb.bones.size(), 3); // the unknown category gets its own bone at the end
    QCOMPARE(fb.bones.at(0).category, tech);
    QCOMPARE(fb.bones.at(0).causes.size(), 1);
    QCOMPARE(fb.bones.at(0).causes.at(0).id, pool);
    QCOMPARE(fb.bones.at(0).causes.at(0).children.size(), 1);
    QCOMPARE(fb.bones.at(0).causes.at(0).children.at(0).id, limit);
    QCOMPARE(idsOf(fb.bones.at(1).causes), QStringList{review});
    QCOMPARE(fb.bones.at(2).category, QStringLiteral("Vendors"));
    QCOMPARE(idsOf(fb.bones.at(2).causes), QStringList{vendor});
    QCOMPARE(fb.causeCount(), 4);
}

void TestCauses::fishboneShowsEveryMarkedCauseOnceUnderRandomTrees() {
    QRandomGenerator random(20261127);
    const QStringList categories{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (int round = 0; round < 200; ++round) {
        Postmortem pm = postmortem();
        QStringList ids;
        QSet<QString> marked;
        const int n = 1 + int(random.bounded(40));
        for (int i = 0; i < n; ++i) {
            const QString parent = ids.isEmpty() || random.bounded(4) == 0
                                       ? QString()
                                       : ids.at(random.bounded(ids.size()));
            const bool onFishbone = random.bounded(3) != 0;
            const QString id = add(pm, QString::number(i), parent, random.bounded(5), onFishbone,
                                   categories.at(random.bounded(categories.size())));
            ids.append(id);
            if (onFishbone)
                marked.insert(id);
        }
        const Fishbone fb = buildFishbone(CauseTree(pm), QString(), categories);
        QStringList drawn;
        for (const FishboneBone& bone : fb.bones)
            drawn.append(idsOf(bone.causes));
        QCOMPARE(drawn.size(), marked.size());
        QCOMPARE(QSet<QString>(drawn.cbegin(), drawn.cend()), marked);
    }
}

void TestCauses::canonicalJsonRoundTripsCauses() {
    Postmortem pm = postmortem();
    pm.root.fields[CauseRootField::ProblemStatement].value = QStringLiteral("Checkout down");
    pm.root.fields[CauseRootField::Categories].value = QJsonArray{QStringLiteral("Technology")};
    const QString a =
        add(pm, QStringLiteral("A"), QString(), 1, true, QStringLiteral("Technology"));
    add(pm, QStringLiteral("B"), a, 1);
    pm.children[0].fields[CauseField::Evidence].value = QJsonArray{newRecordId()};
    pm.children[0].fields[CauseField::Kind].value = QStringLiteral("root_cause");
    stamp(pm);
    const QByteArray first = canonicalJson(PostmortemJson::toJson(pm));
    auto back = PostmortemJson::fromJson(first, test::builtinTemplates());
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(canonicalJson(PostmortemJson::toJson(back.value())), first);
    QCOMPARE(CauseTree(back.value()).childrenOf(a).size(), 1);
}

void TestCauses::canonicalJsonRejectsABadCause() {
    Postmortem pm = postmortem();
    add(pm, QStringLiteral("A"));
    pm.children[0].fields[CauseField::Kind].value = QStringLiteral("human_error");
    stamp(pm);
    const auto back = PostmortemJson::fromJson(canonicalJson(PostmortemJson::toJson(pm)),
                                               test::builtinTemplates());
    QVERIFY(!back);
    QVERIFY2(back.error().contains(QStringLiteral("fields.kind")), qPrintable(back.error()));
}

QTEST_GUILESS_MAIN(TestCauses)
#include "test_causes.moc"
