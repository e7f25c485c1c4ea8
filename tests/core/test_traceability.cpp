#include "MemoryPostmortem.h"
#include "TestSupport.h"
#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "causes/Traceability.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QTest>

using namespace causeway;

namespace {

Postmortem postmortem() {
    return test::memoryPostmortem();
}

QString addRecord(Postmortem& pm, const QString& kind, const QMap<QString, QJsonValue>& fields) {
    return test::addMemoryRecord(pm, kind, fields);
}

QString addEvent(Postmortem& pm, const QString& description,
                 const QStringList& attachments = QStringList()) {
    TimelineEvent e;
    e.time = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    e.description = description;
    e.evidence = attachments;
    return addRecord(pm, Kind::Event, e.toFields());
}

QString addAttachment(Postmortem& pm, const QString& name) {
    Attachment a;
    a.name = name;
    a.sha256 = sha256Hex(name.toUtf8());
    a.size = name.size();
    return addRecord(pm, Kind::Attachment, a.toFields());
}

QString addCause(Postmortem& pm, const QString& statement, const QString& kind,
                 const QStringList& evidence = QStringList(),
                 const QStringList& actions = QStringList(), const QString& parent = QString(),
                 double position = -1) {
    // By default after every cause added before, so the 5-whys order is the order of calls.
    if (position < 0)
        position = double(pm.childrenOfKind(Kind::Cause, true).size() + 1);
    Cause c;
    c.statement = statement;
    c.kind = kind;
    c.evidence = evidence;
    c.actions = actions;
    c.parent = parent;
    c.position = position;
    return addRecord(pm, Kind::Cause, c.toFields());
}

Record* find(Postmortem& pm, const QString& id) {
    for (Record& r : pm.children) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList idsOf(const QList<CauseTrace>& traces) {
    QStringList out;
    for (const CauseTrace& t : traces)
        out.append(t.id);
    return out;
}

} // namespace

class TestTraceability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tracesEvidenceAndActions();
    void onlyRootCausesAndContributingFactorsNeedAnAction();
    void tracesFollowTheTreeAndSkipTheTrash();
    void categoryOnlyOnTheFishbone();
    void causesCitingAnEventOrItsAttachments();
    void eventOfEvidenceLeadsToTheTimeline();
    void followsDocumentEdits();
};

void TestTraceability::tracesEvidenceAndActions() {
    Postmortem pm = postmortem();
    const QString alert = addEvent(pm, QStringLiteral("error rate alert"));
    const QString log = addAttachment(pm, QStringLiteral("pool.log"));
    const QString trashed = addEvent(pm, QStringLiteral("duplicate note"));
    find(pm, trashed)->deleted = true;
    const QString unknown = newRecordId(); // cited, never imported
    const QString pool =
        addCause(pm, QStringLiteral("Pool too small"), QStringLiteral("root_cause"),
                 {alert, log, trashed, unknown, alert}, {QStringLiteral("a1")});
    // A cause cited as evidence is not evidence: it names nothing on the timeline.
    const QString other =
        addCause(pm, QStringLiteral("No load test"), QStringLiteral("contributing_factor"), {pool});

    const QList<CauseTrace> traces = traceCauses(pm);
    QCOMPARE(traces.size(), 2);
    const CauseTrace& t = traces.at(0);
    QCOMPARE(t.id, pool);
    QCOMPARE(t.statement, QStringLiteral("Pool too small"));
    QCOMPARE(t.kind, QStringLiteral("root_cause"));
    QCOMPARE(t.evidence, (QStringList{alert, log})); // in order, once each
    QCOMPARE(t.danglingEvidence, (QStringList{trashed, unknown}));
    QCOMPARE(t.actionCount, 1);
    QVERIFY(!t.unaddressed);
    QCOMPARE(traces.at(1).id, other);
    QVERIFY(traces.at(1).evidence.isEmpty());
    QCOMPARE(traces.at(1).danglingEvidence, QStringList{pool});
    QVERIFY(traces.at(1).unaddressed);

    // Duplicate and empty action ids count once and not at all.
    find(pm, other)->fields[CauseField::Actions].value =
        QJsonArray{QStringLiteral("a2"), QStringLiteral("a2"), QString()};
    QCOMPARE(traceCauses(pm).at(1).actionCount, 1);
    QVERIFY(!traceCauses(pm).at(1).unaddressed);
}

void TestTraceability::onlyRootCausesAndContributingFactorsNeedAnAction() {
    Postmortem pm = postmortem();
    const QString root =
        addCause(pm, QStringLiteral("A"), QStringLiteral("root_cause"), {}, {}, {}, 1);
    const QString factor =
        addCause(pm, QStringLiteral("B"), QStringLiteral("contributing_factor"), {}, {}, {}, 2);
    addCause(pm, QStringLiteral("C"), QStringLiteral("mitigator"), {}, {}, {}, 3);
    addCause(pm, QStringLiteral("D"), QStringLiteral("open_question"), {}, {}, {}, 4);
    addCause(pm, QStringLiteral("E"), QStringLiteral("root_cause"), {}, {QStringLiteral("a1")}, {},
             5);
    QCOMPARE(unaddressedCauses(pm), (QStringList{root, factor}));

    // A cause without a kind is a contributing factor (Cause's default) and so needs one too.
    Cause bare;
    bare.statement = QStringLiteral("F");
    bare.position = 6;
    QMap<QString, QJsonValue> fields = bare.toFields();
    fields.remove(CauseField::Kind);
    const QString untyped = addRecord(pm, Kind::Cause, fields);
    QCOMPARE(unaddressedCauses(pm), (QStringList{root, factor, untyped}));
}

void TestTraceability::tracesFollowTheTreeAndSkipTheTrash() {
    Postmortem pm = postmortem();
    const QString second =
        addCause(pm, QStringLiteral("second"), QStringLiteral("root_cause"), {}, {}, QString(), 2);
    const QString first =
        addCause(pm, QStringLiteral("first"), QStringLiteral("root_cause"), {}, {}, QString(), 1);
    const QString under =
        addCause(pm, QStringLiteral("under first"), QStringLiteral("root_cause"), {}, {}, first, 1);
    const QString trashed =
        addCause(pm, QStringLiteral("trashed"), QStringLiteral("root_cause"), {}, {}, QString(), 3);
    find(pm, trashed)->deleted = true;
    QCOMPARE(idsOf(traceCauses(pm)), (QStringList{first, under, second}));
    QCOMPARE(unaddressedCauses(pm), (QStringList{first, under, second}));
}

void TestTraceability::categoryOnlyOnTheFishbone() {
    Postmortem pm = postmortem();
    const QString id = addCause(pm, QStringLiteral("A"), QStringLiteral("root_cause"));
    find(pm, id)->fields[CauseField::Category].value = QStringLiteral("Process");
    QCOMPARE(traceCauses(pm).at(0).category, QString());
    find(pm, id)->fields[CauseField::OnFishbone].value = true;
    QCOMPARE(traceCauses(pm).at(0).category, QStringLiteral("Process"));
}

void TestTraceability::causesCitingAnEventOrItsAttachments() {
    Postmortem pm = postmortem();
    const QString screenshot = addAttachment(pm, QStringLiteral("dashboard.png"));
    const QString alert = addEvent(pm, QStringLiteral("error rate alert"), {screenshot});
    const QString quiet = addEvent(pm, QStringLiteral("nothing cites this"));
    const QString direct = addCause(pm, QStringLiteral("direct"), QStringLiteral("root_cause"),
                                    {alert}, {}, QString(), 1);
    const QString viaAttachment =
        addCause(pm, QStringLiteral("via attachment"), QStringLiteral("mitigator"), {screenshot},
                 {}, QString(), 2);
    const QString trashed = addCause(pm, QStringLiteral("trashed"), QStringLiteral("root_cause"),
                                     {alert}, {}, QString(), 3);
    find(pm, trashed)->deleted = true;

    QCOMPARE(causesCiting(pm, alert), (QStringList{direct, viaAttachment}));
    // An attachment is cited only by the causes that name it.
    QCOMPARE(causesCiting(pm, screenshot), QStringList{viaAttachment});
    QVERIFY(causesCiting(pm, quiet).isEmpty());
    QVERIFY(causesCiting(pm, QString()).isEmpty());
    QVERIFY(causesCiting(pm, newRecordId()).isEmpty());

    // A trashed event's attachments no longer lead to it; the direct citation still names it.
    find(pm, alert)->deleted = true;
    QCOMPARE(causesCiting(pm, alert), QStringList{direct});
}

void TestTraceability::eventOfEvidenceLeadsToTheTimeline() {
    Postmortem pm = postmortem();
    const QString screenshot = addAttachment(pm, QStringLiteral("dashboard.png"));
    const QString orphan = addAttachment(pm, QStringLiteral("orphan.png"));
    const QString trashedEvent = addEvent(pm, QStringLiteral("trashed"), {screenshot});
    find(pm, trashedEvent)->deleted = true;
    const QString alert = addEvent(pm, QStringLiteral("error rate alert"), {screenshot});
    const QString cause = addCause(pm, QStringLiteral("A"), QStringLiteral("root_cause"));

    QCOMPARE(eventOfEvidence(pm, alert), alert);
    QCOMPARE(eventOfEvidence(pm, screenshot), alert); // the live event, not the trashed one
    QCOMPARE(eventOfEvidence(pm, orphan), QString());
    QCOMPARE(eventOfEvidence(pm, trashedEvent), QString());
    QCOMPARE(eventOfEvidence(pm, cause), QString());
    QCOMPARE(eventOfEvidence(pm, newRecordId()), QString());
}

// The functions read the document's postmortem, so the shared edits and their undo show up
// in the next call.
void TestTraceability::followsDocumentEdits() {
    auto store = test::newStore();
    const QString pmId = store
                             ->createPostmortem(QStringLiteral("standard"),
                                                {{Field::Title, QStringLiteral("Checkout down")}})
                             .value();
    PostmortemDocument doc(store.get(), *store->loadPostmortem(pmId));
    TimelineEvent e;
    e.time = QDateTime(QDate(2026, 3, 2), QTime(12, 5), Qt::UTC);
    e.description = QStringLiteral("pool exhausted");
    const QString event = doc.addChild(Kind::Event, e.toFields());
    const QString cause =
        CauseEditing::addCause(doc, QString(), -1, QStringLiteral("Pool too small"));
    doc.editField(cause, CauseField::Kind, QStringLiteral("root_cause"));
    QCOMPARE(unaddressedCauses(doc.postmortem()), QStringList{cause});
    QVERIFY(causesCiting(doc.postmortem(), event).isEmpty());

    CauseEditing::setEvidence(doc, cause, {event});
    QCOMPARE(causesCiting(doc.postmortem(), event), QStringList{cause});
    QCOMPARE(traceCauses(doc.postmortem()).at(0).evidence, QStringList{event});

    doc.removeChild(event);
    QCOMPARE(traceCauses(doc.postmortem()).at(0).danglingEvidence, QStringList{event});
    doc.undoStack()->undo();
    QCOMPARE(traceCauses(doc.postmortem()).at(0).evidence, QStringList{event});

    doc.editField(cause, CauseField::Actions, QJsonArray{QStringLiteral("action-1")});
    QVERIFY(unaddressedCauses(doc.postmortem()).isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(unaddressedCauses(doc.postmortem()), QStringList{cause});
    QVERIFY(doc.flush());
}

QTEST_GUILESS_MAIN(TestTraceability)
#include "test_traceability.moc"
