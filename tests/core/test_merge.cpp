#include "ReviewFixture.h"
#include "SyncTestSupport.h"

#include "model/CanonicalJson.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "signing/SignedContent.h"
#include "sync/Merge.h"

#include <QSqlQuery>
#include <QTest>

using namespace causeway;
using namespace causeway::test;

// Merging copies of a postmortem edited on two machines: by revision and causal context,
// never by clock; concurrent edits of one field leave a conflict record, and so do edits
// concurrent with a deletion or an approval.
class TestMerge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newPostmortemArrivesWhole();
    void laterEditReplacesWithoutConflict();
    void differentFieldsBothSurvive();
    void sameFieldConcurrentEditsLeaveOneConflict();
    void sameValueOnBothSidesIsNoConflict();
    void editConcurrentWithDeletionIsAConflict();
    void approvedContentWinsOverConcurrentEdit();
    void recordAddedDuringApprovalGoesToTheTrash();
    void reimportChangesNothing();
    void dryRunChangesNothing();
    void importIsOneAuditEntryNamingTheBundle();
    void clockSkewDoesNotDecide();
    void recordOfAnotherPostmortemIsRefused();
    void canonicalBytesMatchTheJsonTree();
};

namespace {

QString newPostmortem(Replica& r, const QString& title = QStringLiteral("Checkout down")) {
    return r.store->createPostmortem(QStringLiteral("standard"), {{Field::Title, title}}).value();
}

int openConflicts(const Replica& r, const QString& id) {
    return static_cast<int>(r.store->openConflicts(id).size());
}

} // namespace

void TestMerge::newPostmortemArrivesWhole() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    QVERIFY(!addEvent(a, id, QStringLiteral("paged the on-call")).isEmpty());
    auto summary = sendTo(a, b, {id});
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->postmortems.size(), 1);
    QVERIFY(summary->postmortems.first().added);
    QCOMPARE(summary->postmortems.first().recordsAdded, 1);
    QCOMPARE(canonical(b, id), canonical(a, id));
    QVERIFY(b.store->verify().ok);
}

void TestMerge::laterEditReplacesWithoutConflict() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("first")));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("second, knowing the first")));
    QVERIFY(sendTo(b, a, {id}));
    QCOMPARE(a.store->loadPostmortem(id)->root.text(Field::Summary),
             QStringLiteral("second, knowing the first"));
    QCOMPARE(openConflicts(a, id), 0);
    // And back again: nothing new.
    auto back = sendTo(a, b, {id});
    QVERIFY(back);
    QVERIFY(!back->changedAnything());
    QCOMPARE(canonical(a, id), canonical(b, id));
}

void TestMerge::differentFieldsBothSurvive() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("summary from A")));
    QVERIFY(setField(b, id, Field::Impact, QStringLiteral("impact from B")));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(sendTo(b, a, {id}));
    for (const Replica* r : {&a, &b}) {
        const auto pm = r->store->loadPostmortem(id);
        QCOMPARE(pm->root.text(Field::Summary), QStringLiteral("summary from A"));
        QCOMPARE(pm->root.text(Field::Impact), QStringLiteral("impact from B"));
        QCOMPARE(openConflicts(*r, id), 0);
    }
    QCOMPARE(canonical(a, id), canonical(b, id));
}

void TestMerge::sameFieldConcurrentEditsLeaveOneConflict() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("from A")));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("from B")));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(sendTo(b, a, {id}));
    QCOMPARE(canonical(a, id), canonical(b, id));
    const QString winner = a.store->loadPostmortem(id)->root.text(Field::Summary);
    const QString loser = winner == u"from A" ? QStringLiteral("from B") : QStringLiteral("from A");
    const QList<Record> conflicts = a.store->openConflicts(id);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().text(ConflictField::Record), id);
    QCOMPARE(conflicts.first().text(ConflictField::Field), Field::Summary);
    QCOMPARE(conflicts.first().value(ConflictField::Value).toString(), loser);
    QCOMPARE(conflicts.first().text(ConflictField::Reason), ConflictReason::Concurrent);
    QVERIFY(a.store->verify().ok);
    QVERIFY(b.store->verify().ok);
}

void TestMerge::sameValueOnBothSidesIsNoConflict() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("agreed")));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("agreed")));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(sendTo(b, a, {id}));
    QCOMPARE(openConflicts(a, id), 0);
    QCOMPARE(canonical(a, id), canonical(b, id));
}

void TestMerge::editConcurrentWithDeletionIsAConflict() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    const QString event = addEvent(a, id, QStringLiteral("paged the on-call"));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(a.store->setDeleted(event, true));
    QVERIFY(setField(b, event, EventField::Description, QStringLiteral("paged the on-call twice")));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(sendTo(b, a, {id}));
    QCOMPARE(canonical(a, id), canonical(b, id));
    const Postmortem pm = *a.store->loadPostmortem(id);
    const Record* merged = pm.findRecord(event);
    QVERIFY(merged);
    QVERIFY(merged->deleted);
    // Nothing lost: the edit is in the tombstone, and a conflict says so.
    QCOMPARE(merged->text(EventField::Description), QStringLiteral("paged the on-call twice"));
    const QList<Record> conflicts = a.store->openConflicts(id);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().text(ConflictField::Reason), ConflictReason::EditedWhileDeleted);
    QCOMPARE(conflicts.first().text(ConflictField::Record), event);
}

void TestMerge::approvedContentWinsOverConcurrentEdit() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = completePostmortem(*a.store);
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Submit, {}}));
    QVERIFY(sendTo(a, b, {id}));
    const QString approvedSummary = a.store->loadPostmortem(id)->root.text(Field::Summary);
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Approve, QStringLiteral("test")}));
    const QString approvedHash = SignedContent::sha256(*a.store->loadPostmortem(id));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("changed while A approved")));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(sendTo(b, a, {id}));
    QCOMPARE(canonical(a, id), canonical(b, id));
    for (const Replica* r : {&a, &b}) {
        const auto pm = r->store->loadPostmortem(id);
        QCOMPARE(pm->root.text(Field::Status), WorkflowState::Approved);
        QCOMPARE(pm->root.text(Field::Summary), approvedSummary);
        QCOMPARE(SignedContent::sha256(*pm), approvedHash);
    }
    const QList<Record> conflicts = b.store->openConflicts(id);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().text(ConflictField::Reason), ConflictReason::Approved);
    QCOMPARE(conflicts.first().value(ConflictField::Value).toString(),
             QStringLiteral("changed while A approved"));
}

void TestMerge::recordAddedDuringApprovalGoesToTheTrash() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = completePostmortem(*a.store);
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Submit, {}}));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Approve, QStringLiteral("test")}));
    const QString approvedHash = SignedContent::sha256(*a.store->loadPostmortem(id));
    const QString event = addEvent(b, id, QStringLiteral("added while A approved"));
    QVERIFY(!event.isEmpty());
    QVERIFY(sendTo(b, a, {id}));
    QVERIFY2(a.store->loadPostmortem(id)->findRecord(event)->deleted, canonical(a, id).constData());
    QVERIFY(sendTo(a, b, {id}));
    QCOMPARE(canonical(a, id), canonical(b, id));
    const auto pm = b.store->loadPostmortem(id);
    QVERIFY(pm->findRecord(event)->deleted);
    QCOMPARE(SignedContent::sha256(*pm), approvedHash);
    const QList<Record> conflicts = b.store->openConflicts(id);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().text(ConflictField::Reason), ConflictReason::AddedAfterApproval);
}

void TestMerge::reimportChangesNothing() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("x")));
    BundleMergeRequest request;
    request.postmortems.append(*a.store->loadPostmortem(id));
    request.bundleId = QStringLiteral("bundle-1");
    QVERIFY(b.store->mergeBundle(request));
    const QByteArray before = canonical(b, id);
    const qint64 head = b.store->auditHead();
    auto again = b.store->mergeBundle(request);
    QVERIFY(again);
    QVERIFY(again->alreadyImported);
    QVERIFY(!again->changedAnything());
    QCOMPARE(canonical(b, id), before);
    QCOMPARE(b.store->auditHead(), head);
}

void TestMerge::dryRunChangesNothing() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("from A")));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("from B")));
    const QByteArray before = canonical(b, id);
    const qint64 head = b.store->auditHead();
    auto preview = sendTo(a, b, {id}, /*dryRun=*/true);
    QVERIFY(preview);
    QCOMPARE(preview->conflicts, 1);
    QCOMPARE(canonical(b, id), before);
    QCOMPARE(b.store->auditHead(), head);
}

void TestMerge::importIsOneAuditEntryNamingTheBundle() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    BundleMergeRequest request;
    request.postmortems.append(*a.store->loadPostmortem(id));
    request.bundleId = QStringLiteral("0f6a7c1e-1111-4222-8333-944455556666");
    request.signerKeyId = QStringLiteral("ABCDEF0123456789");
    QVERIFY(b.store->mergeBundle(request));
    QSqlQuery q(b.store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(new_value) FROM audit WHERE action = "
                                  "'import-bundle'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.value(1).toString().contains(request.bundleId));
    QVERIFY(q.value(1).toString().contains(request.signerKeyId));
    QVERIFY(b.store->verify().ok);
}

void TestMerge::clockSkewDoesNotDecide() {
    // B's clock is a year ahead; A's edit knew B's, so A's wins whatever the times say.
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("B's")));
    auto pm = *b.store->loadPostmortem(id);
    pm.root.fields[Field::Summary].modified = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    BundleMergeRequest skewed;
    skewed.postmortems.append(pm);
    skewed.bundleId = QStringLiteral("skewed");
    QVERIFY(a.store->mergeBundle(skewed));
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("A's, after B's")));
    QVERIFY(sendTo(a, b, {id}));
    QCOMPARE(b.store->loadPostmortem(id)->root.text(Field::Summary),
             QStringLiteral("A's, after B's"));
    QCOMPARE(openConflicts(b, id), 0);
}

void TestMerge::recordOfAnotherPostmortemIsRefused() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString first = newPostmortem(a, QStringLiteral("First"));
    const QString event = addEvent(a, first, QStringLiteral("x"));
    QVERIFY(sendTo(a, b, {first}));
    // A hostile document that claims the event for a second postmortem.
    Postmortem other = *a.store->loadPostmortem(newPostmortem(a, QStringLiteral("Second")));
    Record stolen = *a.store->loadPostmortem(first)->findRecord(event);
    stolen.parentId = other.id();
    other.children.append(stolen);
    const QByteArray before = canonical(b, first);
    const qint64 head = b.store->auditHead();
    BundleMergeRequest request;
    request.postmortems.append(other);
    request.bundleId = QStringLiteral("hostile");
    auto result = b.store->mergeBundle(request);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(u"another postmortem"), qPrintable(result.error()));
    QCOMPARE(canonical(b, first), before);
    QCOMPARE(b.store->auditHead(), head);
    QVERIFY(!b.store->summary(other.id()));
}

void TestMerge::canonicalBytesMatchTheJsonTree() {
    // The direct writer of canonical bytes and the JSON tree give the same bytes, with
    // contexts, deletions and conflict records in the document.
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = newPostmortem(a);
    const QString event = addEvent(a, id, QStringLiteral("a \"quoted\" text, ümlaut, 日本"));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("from A")));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("from B")));
    QVERIFY(a.store->setDeleted(event, true));
    QVERIFY(setField(b, event, EventField::Description, QStringLiteral("edited")));
    QVERIFY(sendTo(b, a, {id}));
    const Postmortem pm = *a.store->loadPostmortem(id);
    QVERIFY(!pm.childrenOfKind(Kind::Conflict).isEmpty());
    QVERIFY(!pm.findRecord(event)->deletion.revision.isNull());
    QCOMPARE(PostmortemJson::toCanonicalBytes(pm), canonicalJson(PostmortemJson::toJson(pm)));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "test_merge.moc"
