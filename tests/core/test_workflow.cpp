#include "ReviewFixture.h"
#include "TestSupport.h"

#include "actions/Action.h"
#include "actions/ActionEditing.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "review/ReviewLock.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "signing/SignedContent.h"
#include "timeline/TimelineEvent.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace causeway;

// The review workflow: transitions and their guards, the read-only lock of approved
// postmortems in the store and the document, and the retention of approved postmortems.
class TestWorkflow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transitionsFollowTheStateMachine_data();
    void transitionsFollowTheStateMachine();
    void eachStepIsOneCommitWithAReviewRecord();
    void reopenNeedsAReason();
    void approvingOverFailingItemsNeedsAJustification();
    void returnForChangesGoesBackToDraft();
    void statusChangesOnlyThroughTheWorkflow();
    void approvedIsReadOnlyInTheStore();
    void approvedIsReadOnlyInTheDocument();
    void approvedIsReadOnlyThroughImport();
    void actionsAreFollowedUpAfterApproval();
    void retentionRefusesDeletionAndIsAudited();
    void deletionAfterRetentionIsAllowed();
    void approvedAtIsTheLatestApproval();
};

namespace {

Status step(Store& store, const QString& id, Transition t, const QString& reason = QString()) {
    return Workflow::apply(store, id, Workflow::Request{t, reason});
}

QString statusOf(Store& store, const QString& id) {
    return store.loadPostmortem(id)->root.text(Field::Status);
}

int auditCount(Store& store, const QString& action) {
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void TestWorkflow::transitionsFollowTheStateMachine_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("transition");
    QTest::addColumn<QString>("to"); // empty: refused
    const QString d = WorkflowState::Draft, r = WorkflowState::InReview,
                  a = WorkflowState::Approved, p = WorkflowState::Published;
    struct Row {
        QString from, t, to;
    };
    const QList<Row> rows{
        {d, QStringLiteral("submit"), r},   {d, QStringLiteral("approve"), {}},
        {d, QStringLiteral("publish"), {}}, {d, QStringLiteral("reopen"), {}},
        {d, QStringLiteral("return"), {}},  {r, QStringLiteral("approve"), a},
        {r, QStringLiteral("return"), d},   {r, QStringLiteral("submit"), {}},
        {r, QStringLiteral("publish"), {}}, {r, QStringLiteral("reopen"), {}},
        {a, QStringLiteral("publish"), p},  {a, QStringLiteral("reopen"), d},
        {a, QStringLiteral("approve"), {}}, {a, QStringLiteral("submit"), {}},
        {p, QStringLiteral("reopen"), d},   {p, QStringLiteral("publish"), {}},
        {p, QStringLiteral("approve"), {}},
    };
    for (const Row& row : rows)
        QTest::addRow("%s-%s", qPrintable(row.from), qPrintable(row.t))
            << row.from << row.t << row.to;
}

void TestWorkflow::transitionsFollowTheStateMachine() {
    QFETCH(QString, from);
    QFETCH(QString, transition);
    QFETCH(QString, to);
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    QVERIFY(!id.isEmpty());
    // Walk to the starting state along the workflow.
    const QList<Transition> path =
        from == WorkflowState::Draft      ? QList<Transition>{}
        : from == WorkflowState::InReview ? QList<Transition>{Transition::Submit}
        : from == WorkflowState::Approved
            ? QList<Transition>{Transition::Submit, Transition::Approve}
            : QList<Transition>{Transition::Submit, Transition::Approve, Transition::Publish};
    for (Transition t : path)
        QVERIFY(step(*store, id, t));
    QCOMPARE(statusOf(*store, id), from);

    const Transition t = *Workflow::fromKey(transition);
    const Status s = step(*store, id, t, QStringLiteral("A reason"));
    if (to.isEmpty()) {
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("Cannot %1 “Outage”").arg(transition)),
                 qPrintable(s.error()));
        QCOMPARE(statusOf(*store, id), from);
    } else {
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(statusOf(*store, id), to);
    }
    QCOMPARE(Workflow::allowedFrom(from).contains(t), !to.isEmpty());
    QVERIFY(store->verify().ok);
}

void TestWorkflow::eachStepIsOneCommitWithAReviewRecord() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    QSignalSpy changed(store.get(), &Store::postmortemChanged);
    QVERIFY(step(*store, id, Transition::Submit));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(auditCount(*store, QStringLiteral("create")), 5); // postmortem + 3 children + step

    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT context FROM audit WHERE seq > 4")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("review submit"));
    QVERIFY(!q.next());

    const QList<Workflow::Step> history = Workflow::history(*store->loadPostmortem(id));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().from, WorkflowState::Draft);
    QCOMPARE(history.first().to, WorkflowState::InReview);
    QCOMPARE(history.first().by, QStringLiteral("Test Analyst"));
    QVERIFY(qAbs(history.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(history.first().reason.isEmpty());
}

void TestWorkflow::reopenNeedsAReason() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    QVERIFY(step(*store, id, Transition::Submit));
    QVERIFY(step(*store, id, Transition::Approve));
    const Status refused = step(*store, id, Transition::Reopen, QStringLiteral("   "));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("Reopening “Outage” needs a written reason."));
    QCOMPARE(statusOf(*store, id), WorkflowState::Approved);
    QVERIFY(step(*store, id, Transition::Reopen, QStringLiteral("The timeline missed a deploy")));
    QCOMPARE(statusOf(*store, id), WorkflowState::Draft);
    QCOMPARE(Workflow::history(*store->loadPostmortem(id)).last().reason,
             QStringLiteral("The timeline missed a deploy"));
}

void TestWorkflow::approvingOverFailingItemsNeedsAJustification() {
    auto store = test::newStore();
    // No impact, no phases: two failing items.
    const QString id =
        store
            ->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("Bare")}})
            .value();
    QVERIFY(step(*store, id, Transition::Submit));
    const Status refused = step(*store, id, Transition::Approve);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(QStringLiteral(
                 "Approving “Bare” over failing checklist items needs a written justification.")),
             qPrintable(refused.error()));
    QVERIFY(refused.error().contains(QStringLiteral("Impact complete")));
    QVERIFY(refused.error().contains(QStringLiteral("Timeline has detection and resolution")));
    QCOMPARE(statusOf(*store, id), WorkflowState::InReview);

    QVERIFY(step(*store, id, Transition::Approve, QStringLiteral("Impact unknown by design")));
    QCOMPARE(statusOf(*store, id), WorkflowState::Approved);
    const Workflow::Step last = Workflow::history(*store->loadPostmortem(id)).last();
    QCOMPARE(last.reason, QStringLiteral("Impact unknown by design"));
    QCOMPARE(last.failedChecks,
             QStringList({QStringLiteral("impact_complete"), QStringLiteral("timeline_phases")}));

    // A passing checklist needs no justification, and records no failed checks.
    const QString good = test::completePostmortem(*store, QStringLiteral("Good"));
    QVERIFY(step(*store, good, Transition::Submit));
    QVERIFY(step(*store, good, Transition::Approve));
    QVERIFY(Workflow::history(*store->loadPostmortem(good)).last().failedChecks.isEmpty());
}

void TestWorkflow::returnForChangesGoesBackToDraft() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    QVERIFY(step(*store, id, Transition::Submit));
    QVERIFY(step(*store, id, Transition::Return));
    QCOMPARE(statusOf(*store, id), WorkflowState::Draft);
    ChangeSet edit;
    edit.fieldChanges.append({id, Field::Summary, QStringLiteral("Editable again")});
    QVERIFY(store->commit(edit));
}

void TestWorkflow::statusChangesOnlyThroughTheWorkflow() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    ChangeSet plain;
    plain.fieldChanges.append({id, Field::Status, WorkflowState::Approved});
    const Status s = store->commit(plain);
    QVERIFY(!s);
    QCOMPARE(s.error(), QStringLiteral("The status of “Outage” changes only through the review "
                                       "workflow (submit, approve, publish, reopen)."));
    // A review record that names another state does not make it a step either.
    ChangeSet mismatched = plain;
    mismatched.creates.append(
        {newRecordId(), Kind::Review, id, {{ReviewField::To, WorkflowState::InReview}}});
    QVERIFY(!store->commit(mismatched));
    QCOMPARE(statusOf(*store, id), WorkflowState::Draft);
}

void TestWorkflow::approvedIsReadOnlyInTheStore() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    const QString child = store->loadPostmortem(id)->childrenOfKind(Kind::Cause).first().id;
    QVERIFY(step(*store, id, Transition::Submit));
    QVERIFY(step(*store, id, Transition::Approve));
    const QString message =
        QStringLiteral("“Outage” is approved and read-only; reopen it to make changes.");

    ChangeSet field;
    field.fieldChanges.append({id, Field::Summary, QStringLiteral("later")});
    QCOMPARE(store->commit(field).error(), message);
    ChangeSet childField;
    childField.fieldChanges.append({child, CauseField::Statement, QStringLiteral("later")});
    QCOMPARE(store->commit(childField).error(), message);
    ChangeSet create;
    create.creates.append(
        {newRecordId(), Kind::Participant, id, {{Field::Name, QStringLiteral("Late")}}});
    QCOMPARE(store->commit(create).error(), message);
    QCOMPARE(store->setDeleted(child, true).error(), message);
    // Timeline imports write outside commit() and are refused the same way.
    TimelineEvent event;
    event.time = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    event.description = QStringLiteral("Found later");
    QCOMPARE(store->importEvents(id, {event}, QStringLiteral("import test")).error(), message);
    QVERIFY(store->loadPostmortem(id)->childrenOfKind(Kind::Event).isEmpty());

    // Review and signature records may still be added.
    ChangeSet signature;
    signature.creates.append({newRecordId(),
                              Kind::Signature,
                              id,
                              {{SignatureField::Meaning, QStringLiteral("approved")}}});
    QVERIFY(store->commit(signature));

    // Published is read-only too; reopening makes it editable again.
    QVERIFY(step(*store, id, Transition::Publish));
    QCOMPARE(store->commit(field).error(),
             QStringLiteral("“Outage” is published and read-only; reopen it to make changes."));
    QVERIFY(step(*store, id, Transition::Reopen, QStringLiteral("New evidence")));
    QVERIFY(store->commit(field));
    QVERIFY(store->verify().ok);
}

void TestWorkflow::approvedIsReadOnlyInTheDocument() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    QSignalSpy readOnly(&doc, &PostmortemDocument::readOnlyChanged);
    doc.editField(id, Field::Summary, QStringLiteral("Written before review"));
    QVERIFY(doc.undoStack()->canUndo());

    QVERIFY(Workflow::apply(doc, {Transition::Submit, {}}));
    // The pending edit was committed before the step, and the step is not undoable.
    QCOMPARE(store->loadPostmortem(id)->root.text(Field::Summary),
             QStringLiteral("Written before review"));
    QVERIFY(!doc.undoStack()->canUndo());
    QVERIFY(!doc.isReadOnly());
    QVERIFY(Workflow::apply(doc, {Transition::Approve, {}}));
    QCOMPARE(doc.value(id, Field::Status).toString(), WorkflowState::Approved);
    QCOMPARE(doc.postmortem().childrenOfKind(Kind::Review).size(), 2);
    QVERIFY(doc.isLocked());
    QVERIFY(doc.isReadOnly());
    QCOMPARE(readOnly.count(), 1);
    QCOMPARE(readOnly.first().first().toBool(), true);

    doc.editField(id, Field::Summary, QStringLiteral("After approval"));
    QCOMPARE(doc.value(id, Field::Summary).toString(), QStringLiteral("Written before review"));
    QVERIFY(doc.addChild(Kind::Participant, {{Field::Name, QStringLiteral("X")}}).isEmpty());
    QVERIFY(!doc.undoStack()->canUndo());

    QVERIFY(!Workflow::apply(doc, {Transition::Reopen, {}}));
    QVERIFY(Workflow::apply(doc, {Transition::Reopen, QStringLiteral("Missed a cause")}));
    QVERIFY(!doc.isReadOnly());
    QCOMPARE(readOnly.count(), 2);
    doc.editField(id, Field::Summary, QStringLiteral("After reopening"));
    QVERIFY(doc.flush());
    QCOMPARE(store->loadPostmortem(id)->root.text(Field::Summary),
             QStringLiteral("After reopening"));
    // The document and the store agree on the history.
    QCOMPARE(Workflow::history(doc.postmortem()).size(),
             Workflow::history(*store->loadPostmortem(id)).size());
}

// A canonical document from another machine: it may bring review steps and signatures to
// an approved postmortem, but content only when it was reopened there.
void TestWorkflow::approvedIsReadOnlyThroughImport() {
    auto here = test::newStore();
    const QString id = test::completePostmortem(*here);
    QVERIFY(step(*here, id, Transition::Submit));
    QVERIFY(step(*here, id, Transition::Approve));
    const auto exported = here->exportPostmortem(id);
    QVERIFY2(exported, qPrintable(exported.error()));
    const auto parsed = PostmortemJson::fromJson(exported.value(), test::builtinTemplates());
    QVERIFY2(parsed, qPrintable(parsed.error()));

    // The same document again changes nothing and is accepted.
    QVERIFY(here->importPostmortem(parsed.value()));

    // A content edit made elsewhere while approved (no revision: newer than ours) is refused.
    Postmortem edited = parsed.value();
    edited.root.fields[Field::Summary] = FieldValue{QStringLiteral("Edited elsewhere"), {}, {}, {}};
    const auto refused = here->importPostmortem(edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("“Outage” is approved and read-only; reopen it to make changes."));
    QVERIFY(here->loadPostmortem(id)->root.text(Field::Summary) != u"Edited elsewhere");

    // Reopened and edited on another machine: the reopen comes along with the edit.
    auto there = test::newStore();
    QVERIFY(there->importPostmortem(parsed.value()));
    QVERIFY(step(*there, id, Transition::Reopen, QStringLiteral("Missed a deploy")));
    ChangeSet edit;
    edit.fieldChanges.append({id, Field::Summary, QStringLiteral("Edited after reopening")});
    QVERIFY(there->commit(edit));
    const auto reopened =
        PostmortemJson::fromJson(there->exportPostmortem(id).value(), test::builtinTemplates());
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const auto accepted = here->importPostmortem(reopened.value());
    QVERIFY2(accepted, qPrintable(accepted.error()));
    const auto pm = here->loadPostmortem(id);
    QCOMPARE(pm->root.text(Field::Status), WorkflowState::Draft);
    QCOMPARE(pm->root.text(Field::Summary), QStringLiteral("Edited after reopening"));
    QVERIFY(here->verify().ok);
}

// Approval locks the analysis, not the follow-up: an action's status, ticket and
// verification still change, in the store and in the document, without touching what the
// signatures cover; its title (what was committed) does not.
void TestWorkflow::actionsAreFollowedUpAfterApproval() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    QVERIFY(step(*store, id, Transition::Submit));
    QVERIFY(step(*store, id, Transition::Approve));
    const QString action = store->loadPostmortem(id)->childrenOfKind(Kind::Action).first().id;
    const QString signedBefore = SignedContent::sha256(*store->loadPostmortem(id));

    ChangeSet progress;
    progress.fieldChanges.append({action, ActionField::Status, QStringLiteral("in_progress")});
    progress.fieldChanges.append({action, ActionField::Ticket, QStringLiteral("OPS-12")});
    QVERIFY2(store->commit(progress), qPrintable(store->commit(progress).error()));
    ChangeSet committed;
    committed.fieldChanges.append({action, ActionField::Title, QStringLiteral("Something else")});
    QCOMPARE(store->commit(committed).error(),
             QStringLiteral("“Outage” is approved and read-only; reopen it to make changes."));

    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    QVERIFY(doc.isReadOnly());
    QVERIFY(doc.canEdit(action, ActionField::Status));
    QVERIFY(!doc.canEdit(action, ActionField::Title));
    QVERIFY(!doc.canEdit(id, Field::Summary));
    QCOMPARE(ActionEditing::setStatus(doc, action, QStringLiteral("done"), QString()), QString());
    QCOMPARE(ActionEditing::recordVerification(doc, action, QStringLiteral("drill"),
                                               QStringLiteral("Failover drill passed"),
                                               QDate(2026, 4, 2), QStringLiteral("Bo")),
             QString());
    QVERIFY(
        !ActionEditing::editField(doc, action, ActionField::Title, QStringLiteral("x")).isEmpty());
    QVERIFY(doc.flush());

    const auto pm = store->loadPostmortem(id);
    const Action followed = Action::fromRecord(*pm->findRecord(action));
    QCOMPARE(followed.status, QStringLiteral("done"));
    QVERIFY(followed.isVerified());
    QCOMPARE(followed.ticket, QStringLiteral("OPS-12"));
    QCOMPARE(followed.title, QStringLiteral("Raise the pool limit"));
    QCOMPARE(pm->root.text(Field::Status), WorkflowState::Approved);
    QCOMPARE(SignedContent::sha256(*pm), signedBefore);
    QVERIFY(store->verify().ok);
}

void TestWorkflow::retentionRefusesDeletionAndIsAudited() {
    auto store = test::newStore();
    Policy policy;
    policy.retentionYears = 6;
    store->setPolicy(policy);
    const QString id = test::completePostmortem(*store);
    QVERIFY(step(*store, id, Transition::Submit));
    QVERIFY(step(*store, id, Transition::Approve));
    const QDate approved = Workflow::approvedAt(*store->loadPostmortem(id)).date();
    const QString until = approved.addYears(6).toString(Qt::ISODate);

    const Status refused = store->setDeleted(id, true);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("“Outage” is approved and must be kept until %1 (6 years after its "
                            "approval on %2); it cannot be deleted before then.")
                 .arg(until, approved.toString(Qt::ISODate)));
    QVERIFY(!store->loadPostmortem(id)->root.deleted);

    // The attempt is in the audit trail, and the trail still verifies.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT record_id, context, actor, new_value FROM audit WHERE "
                                  "action = 'refuse-delete'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), id);
    QCOMPARE(q.value(1).toString(), QStringLiteral("trash"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Test Analyst"));
    QVERIFY(q.value(3).toString().contains(until));
    QVERIFY(!q.next());
    q.finish();
    const VerifyReport report = store->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));

    // A published one is retained as well; a second attempt is audited again.
    QVERIFY(step(*store, id, Transition::Publish));
    QVERIFY(!store->setDeleted(id, true));
    QCOMPARE(auditCount(*store, QStringLiteral("refuse-delete")), 2);
    QVERIFY(store->verify().ok);

    // Reopened, it is a draft again and may go to the trash.
    QVERIFY(step(*store, id, Transition::Reopen, QStringLiteral("Wrong incident")));
    QVERIFY(store->setDeleted(id, true));
}

void TestWorkflow::deletionAfterRetentionIsAllowed() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    QVERIFY(step(*store, id, Transition::Submit));
    // An approval seven years ago, recorded as a workflow step with that time.
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addYears(-7).addDays(-1);
    const Result<ChangeSet> approve = Workflow::plan(
        *store->loadPostmortem(id), {Transition::Approve, {}},
        computeChecklist(*store->loadPostmortem(id)), QStringLiteral("Auditor"), longAgo);
    QVERIFY(approve);
    QVERIFY(store->commit(approve.value()));
    QVERIFY(store->setDeleted(id, true));
    QCOMPARE(auditCount(*store, QStringLiteral("refuse-delete")), 0);
    QVERIFY(store->verify().ok);
}

void TestWorkflow::approvedAtIsTheLatestApproval() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    QVERIFY(!Workflow::approvedAt(*store->loadPostmortem(id)).isValid());
    QVERIFY(step(*store, id, Transition::Submit));
    QVERIFY(step(*store, id, Transition::Approve));
    const QDateTime first = Workflow::approvedAt(*store->loadPostmortem(id));
    QVERIFY(first.isValid());
    QTest::qWait(1100); // canonical times have second resolution at least
    QVERIFY(step(*store, id, Transition::Reopen, QStringLiteral("More")));
    QVERIFY(step(*store, id, Transition::Submit));
    QVERIFY(step(*store, id, Transition::Approve));
    QVERIFY(Workflow::approvedAt(*store->loadPostmortem(id)) > first);
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "test_workflow.moc"
