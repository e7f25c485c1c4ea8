#include "MemoryPostmortem.h"
#include "ReviewFixture.h"
#include "SyncTestSupport.h"

#include "actions/Action.h"
#include "editing/PostmortemDocument.h"
#include "review/ReviewLock.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "sync/Conflict.h"
#include "sync/ConflictEditing.h"

#include <QTest>

using namespace causeway;
using namespace causeway::test;

// Resolving conflict records: the change set of each resolution, the labels people see, and
// the resolution as one undo step through the open document.
class TestConflictEditing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepingMineOnlyMarksResolved();
    void takingTheirsPutsTheLosingValueBack();
    void editingSetsTheChosenValue();
    void deletionConflicts();
    void refusals();
    void labels();
    void valuesAsText();
    void resolvingInTheDocumentIsOneUndoStep();
    void approvedContentNeedsReopening();
};

namespace {

FieldValue loser(const QJsonValue& value) {
    FieldValue fv;
    fv.value = value;
    fv.revision = Revision{7, QStringLiteral("devb")};
    fv.modified = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
    return fv;
}

// A conflict added to an in-memory postmortem; returns its id.
QString addConflict(Postmortem& pm, const QString& reason, const QString& recordId,
                    const QString& field, const QJsonValue& value) {
    Record conflict = makeConflict(pm.id(), reason, recordId, field, loser(value));
    pm.children.append(conflict);
    return conflict.id;
}

const ChangeSet::FieldChange* changeOf(const ChangeSet& c, const QString& recordId,
                                       const QString& field) {
    for (const ChangeSet::FieldChange& change : c.fieldChanges) {
        if (change.recordId == recordId && change.field == field)
            return &change;
    }
    return nullptr;
}

} // namespace

void TestConflictEditing::keepingMineOnlyMarksResolved() {
    Postmortem pm = memoryPostmortem();
    pm.root.fields[Field::Summary].value = QStringLiteral("current");
    const QString id = addConflict(pm, ConflictReason::Concurrent, pm.id(), Field::Summary,
                                   QStringLiteral("theirs"));
    const auto changes = resolveConflict(pm, id, ConflictResolution::KeptMine);
    QVERIFY2(changes, qPrintable(changes.error()));
    QCOMPARE(changes->fieldChanges.size(), 1);
    QVERIFY(changes->deletions.isEmpty());
    const auto* mark = changeOf(changes.value(), id, ConflictField::Resolution);
    QVERIFY(mark);
    QCOMPARE(mark->value.toString(), ConflictResolution::KeptMine);
}

void TestConflictEditing::takingTheirsPutsTheLosingValueBack() {
    Postmortem pm = memoryPostmortem();
    pm.root.fields[Field::Summary].value = QStringLiteral("current");
    const QString id = addConflict(pm, ConflictReason::Concurrent, pm.id(), Field::Summary,
                                   QStringLiteral("theirs"));
    const auto changes = resolveConflict(pm, id, ConflictResolution::KeptTheirs);
    QVERIFY2(changes, qPrintable(changes.error()));
    QCOMPARE(changes->fieldChanges.size(), 2);
    QCOMPARE(changeOf(changes.value(), id, ConflictField::Resolution)->value.toString(),
             ConflictResolution::KeptTheirs);
    const auto* summary = changeOf(changes.value(), pm.id(), Field::Summary);
    QVERIFY(summary);
    QCOMPARE(summary->value.toString(), QStringLiteral("theirs"));

    // A value that is already in place needs no change beyond the mark.
    pm.root.fields[Field::Summary].value = QStringLiteral("theirs");
    const auto again = resolveConflict(pm, id, ConflictResolution::KeptTheirs);
    QVERIFY(again);
    QCOMPARE(again->fieldChanges.size(), 1);
}

void TestConflictEditing::editingSetsTheChosenValue() {
    Postmortem pm = memoryPostmortem();
    const QString action =
        addMemoryRecord(pm, Kind::Action, {{ActionField::Title, QStringLiteral("Raise it")}});
    const QString id = addConflict(pm, ConflictReason::Concurrent, action, ActionField::Title,
                                   QStringLiteral("Raise the limit"));
    const auto changes =
        resolveConflict(pm, id, ConflictResolution::Edited, QStringLiteral("Raise the pool limit"));
    QVERIFY2(changes, qPrintable(changes.error()));
    QCOMPARE(changeOf(changes.value(), id, ConflictField::Resolution)->value.toString(),
             ConflictResolution::Edited);
    QCOMPARE(changeOf(changes.value(), action, ActionField::Title)->value.toString(),
             QStringLiteral("Raise the pool limit"));
}

void TestConflictEditing::deletionConflicts() {
    Postmortem pm = memoryPostmortem();
    const QString event = addMemoryRecord(
        pm, Kind::Event, {{EventField::Description, QStringLiteral("paged the on-call")}});
    pm.children.last().deleted = true;
    const QString added = addMemoryRecord(pm, Kind::Event, {});
    pm.children.last().deleted = true;
    const QString live = addMemoryRecord(pm, Kind::Event, {});

    // Edited while deleted: taking the edit restores the record.
    const QString edited =
        addConflict(pm, ConflictReason::EditedWhileDeleted, event, kDeletionField, true);
    auto changes = resolveConflict(pm, edited, ConflictResolution::KeptTheirs);
    QVERIFY2(changes, qPrintable(changes.error()));
    QCOMPARE(changes->deletions.size(), 1);
    QCOMPARE(changes->deletions.first().recordId, event);
    QVERIFY(!changes->deletions.first().deleted);

    // Added after the approval: the same.
    const QString afterApproval =
        addConflict(pm, ConflictReason::AddedAfterApproval, added, kDeletionField, false);
    changes = resolveConflict(pm, afterApproval, ConflictResolution::KeptTheirs);
    QVERIFY(changes);
    QCOMPARE(changes->deletions.size(), 1);
    QVERIFY(!changes->deletions.first().deleted);

    // A deletion that lost: taking it deletes the record.
    const QString lostDeletion =
        addConflict(pm, ConflictReason::Concurrent, live, kDeletionField, true);
    changes = resolveConflict(pm, lostDeletion, ConflictResolution::KeptTheirs);
    QVERIFY(changes);
    QCOMPARE(changes->deletions.size(), 1);
    QCOMPARE(changes->deletions.first().recordId, live);
    QVERIFY(changes->deletions.first().deleted);

    // Edited: yes or no only.
    changes = resolveConflict(pm, lostDeletion, ConflictResolution::Edited, false);
    QVERIFY(changes);
    QVERIFY(changes->deletions.isEmpty()); // it is live already
    changes = resolveConflict(pm, lostDeletion, ConflictResolution::Edited, QStringLiteral("x"));
    QVERIFY(!changes);

    // Keeping the current state touches nothing but the conflict.
    changes = resolveConflict(pm, edited, ConflictResolution::KeptMine);
    QVERIFY(changes);
    QVERIFY(changes->deletions.isEmpty());
}

void TestConflictEditing::refusals() {
    Postmortem pm = memoryPostmortem();
    const QString id = addConflict(pm, ConflictReason::Concurrent, pm.id(), Field::Summary,
                                   QStringLiteral("theirs"));
    QVERIFY(!resolveConflict(pm, newRecordId(), ConflictResolution::KeptMine));
    QVERIFY(!resolveConflict(pm, pm.id(), ConflictResolution::KeptMine)); // not a conflict
    const auto unknown = resolveConflict(pm, id, QStringLiteral("both"));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(QStringLiteral("both")));

    // A resolved conflict stays resolved.
    pm.children.last().fields[ConflictField::Resolution].value = ConflictResolution::KeptMine;
    const auto resolved = resolveConflict(pm, id, ConflictResolution::KeptTheirs);
    QVERIFY(!resolved);
    QVERIFY2(resolved.error().contains(QStringLiteral("already resolved")),
             qPrintable(resolved.error()));

    // The record it is about must be there to take a value.
    const QString gone = addConflict(pm, ConflictReason::Concurrent, newRecordId(),
                                     ActionField::Title, QStringLiteral("x"));
    QVERIFY(!resolveConflict(pm, gone, ConflictResolution::KeptTheirs));
    QVERIFY(resolveConflict(pm, gone, ConflictResolution::KeptMine));
}

void TestConflictEditing::labels() {
    Postmortem pm = memoryPostmortem();
    pm.root.fields[Field::TimeZone].value = QStringLiteral("Europe/Berlin");
    const QString summary =
        addConflict(pm, ConflictReason::Concurrent, pm.id(), Field::Summary, QStringLiteral("x"));
    const QString event =
        addMemoryRecord(pm, Kind::Event,
                        {{EventField::Time, QStringLiteral("2026-03-02T13:05:00.000Z")},
                         {EventField::Description, QStringLiteral("paged the on-call")}});
    const QString eventConflict =
        addConflict(pm, ConflictReason::EditedWhileDeleted, event, kDeletionField, true);
    const QString action = addMemoryRecord(
        pm, Kind::Action, {{ActionField::Title, QStringLiteral("Raise the pool limit")}});
    const QString owner =
        addConflict(pm, ConflictReason::Concurrent, action, ActionField::Owner, QString());
    const QString eventText = addConflict(pm, ConflictReason::Concurrent, event,
                                          EventField::Description, QStringLiteral("y"));

    const auto describe = [&pm](const QString& id) {
        return describeConflict(pm, *pm.findRecord(id));
    };
    // The standard template's label of the summary field.
    const Template* standard = builtinTemplates().find(QStringLiteral("standard"));
    QVERIFY(standard && standard->field(Field::Summary));
    QCOMPARE(describe(summary), standard->field(Field::Summary)->label);
    // 13:05 UTC is 14:05 in Berlin in March.
    QCOMPARE(describe(eventConflict), QStringLiteral("Event 14:05 — paged the on-call"));
    QCOMPARE(describe(owner), QStringLiteral("Action “Raise the pool limit” — Owner"));
    QCOMPARE(describe(eventText), QStringLiteral("Event 14:05 — paged the on-call — Description"));
    QCOMPARE(conflictTargetLabel(pm, *pm.findRecord(summary)), QStringLiteral("The postmortem"));
    QCOMPARE(conflictFieldLabel(pm, *pm.findRecord(eventConflict)), QStringLiteral("Deleted"));
    QVERIFY(!conflictReasonExplanation(ConflictReason::Approved).isEmpty());
    QCOMPARE(conflictReasonName(ConflictReason::Concurrent), QStringLiteral("Concurrent edit"));
}

void TestConflictEditing::valuesAsText() {
    Postmortem pm = memoryPostmortem();
    const QString kim =
        addMemoryRecord(pm, Kind::Participant, {{Field::Name, QStringLiteral("Kim")}});
    const QString action = addMemoryRecord(pm, Kind::Action, {{ActionField::Owner, kim}});
    const QString owner =
        addConflict(pm, ConflictReason::Concurrent, action, ActionField::Owner, QString());
    const Record& c = *pm.findRecord(owner);
    QCOMPARE(conflictValueText(pm, c, currentConflictValue(pm, c)), QStringLiteral("Kim"));
    QCOMPARE(conflictValueText(pm, c, c.value(ConflictField::Value)), QStringLiteral("(empty)"));
    const QString deletion =
        addConflict(pm, ConflictReason::Concurrent, action, kDeletionField, true);
    const Record& d = *pm.findRecord(deletion);
    QCOMPARE(currentConflictValue(pm, d), QJsonValue(false));
    QCOMPARE(conflictValueText(pm, d, true), QStringLiteral("deleted"));
}

void TestConflictEditing::resolvingInTheDocumentIsOneUndoStep() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id =
        a.store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("T")}})
            .value();
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(setField(a, id, Field::Summary, QStringLiteral("from A")));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("from B")));
    QVERIFY(sendTo(b, a, {id}));
    const QList<Record> open = a.store->openConflicts(id);
    QCOMPARE(open.size(), 1);
    const QString conflictId = open.first().id;
    const QString winner = a.store->loadPostmortem(id)->root.text(Field::Summary);
    const QString other = open.first().value(ConflictField::Value).toString();
    QVERIFY(winner != other);

    PostmortemDocument doc(a.store.get(), *a.store->loadPostmortem(id));
    QCOMPARE(ConflictEditing::resolve(doc, conflictId, ConflictResolution::KeptTheirs), QString());
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.undoStack()->text(0).startsWith(QStringLiteral("Take conflicting value")));
    QVERIFY(doc.flush());
    QCOMPARE(a.store->loadPostmortem(id)->root.text(Field::Summary), other);
    QVERIFY(a.store->openConflicts(id).isEmpty());

    doc.undoStack()->undo();
    QVERIFY(doc.flush());
    QCOMPARE(a.store->loadPostmortem(id)->root.text(Field::Summary), winner);
    QCOMPARE(a.store->openConflicts(id).size(), 1);
    QVERIFY(isOpenConflict(*doc.record(conflictId)));

    doc.undoStack()->redo();
    QVERIFY(doc.flush());
    QCOMPARE(a.store->loadPostmortem(id)->root.text(Field::Summary), other);
    QVERIFY(a.store->openConflicts(id).isEmpty());
    // Resolving it again is refused with a reason.
    QVERIFY(!ConflictEditing::resolve(doc, conflictId, ConflictResolution::KeptMine).isEmpty());
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(a.store->verify().ok);
}

void TestConflictEditing::approvedContentNeedsReopening() {
    Replica a = newReplica(QStringLiteral("deva"));
    Replica b = newReplica(QStringLiteral("devb"));
    const QString id = completePostmortem(*a.store);
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Submit, {}}));
    QVERIFY(sendTo(a, b, {id}));
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Approve, QStringLiteral("test")}));
    QVERIFY(setField(b, id, Field::Summary, QStringLiteral("changed while A approved")));
    QVERIFY(sendTo(b, a, {id}));
    const QList<Record> open = a.store->openConflicts(id);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().text(ConflictField::Reason), ConflictReason::Approved);

    // The document refuses with the store's own message, and pushes nothing.
    PostmortemDocument doc(a.store.get(), *a.store->loadPostmortem(id));
    QVERIFY(doc.isLocked());
    const QString why =
        ConflictEditing::resolve(doc, open.first().id, ConflictResolution::KeptTheirs);
    QVERIFY(!why.isEmpty());
    QCOMPARE(doc.undoStack()->count(), 0);
    const auto changes = resolveConflict(*a.store->loadPostmortem(id), open.first().id,
                                         ConflictResolution::KeptTheirs);
    QVERIFY(changes);
    const Status refused = a.store->commit(changes.value());
    QVERIFY(!refused);
    QCOMPARE(why, refused.error());
    QVERIFY(why.contains(QStringLiteral("reopen")));

    // Reopened, the conflicting value can be taken.
    QVERIFY(Workflow::apply(*a.store, id, {Transition::Reopen, QStringLiteral("sync")}));
    PostmortemDocument reopened(a.store.get(), *a.store->loadPostmortem(id));
    QCOMPARE(ConflictEditing::resolve(reopened, open.first().id, ConflictResolution::KeptTheirs),
             QString());
    QVERIFY(reopened.flush());
    QCOMPARE(a.store->loadPostmortem(id)->root.text(Field::Summary),
             QStringLiteral("changed while A approved"));
}

QTEST_GUILESS_MAIN(TestConflictEditing)
#include "test_conflict_editing.moc"
