#include "MemoryPostmortem.h"
#include "TestSupport.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "report/Confidentiality.h"
#include "report/Redaction.h"
#include "review/ReviewRecords.h"
#include "signing/SignedContent.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace causeway;

// Confidentiality markings and the report profiles: what each profile keeps, the links and
// cause subtrees that go with a dropped record, name replacement for external reports, and
// that an external copy, serialised, contains none of what it was meant to hide.
class TestRedaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void profileNames();
    void keptInProfile_data();
    void keptInProfile();
    void markFieldKeepsSortedEntries();
    void checkFieldMarkings_data();
    void checkFieldMarkings();
    void reportMarkingPerProfile();
    void internalDropsMarkedRecordsAndLinks();
    void externalAlsoDropsInternal();
    void droppedCauseTakesItsSubtree();
    void markedFieldsAreDropped();
    void externalReplacesNamesWithRoles();
    void externalLeaksNothing();
    void redactedCopiesRoundTrip();
    void markingsRoundTripAndAreValidated();
    void signedContentCoversMarkings();
};

namespace {

const QString kPublic = QStringLiteral("public");
const QString kInternal = QStringLiteral("internal");
const QString kConfidential = QStringLiteral("confidential");
const QString kRestricted = QStringLiteral("restricted");

const Record* findIn(const Postmortem& pm, const QString& id) {
    return pm.findRecord(id);
}

QStringList idsOf(const Postmortem& pm) {
    QStringList ids;
    for (const Record& r : pm.children)
        ids.append(r.id);
    return ids;
}

// A whole word, any case: what "a name is still there" means.
bool containsWord(const QString& text, const QString& word) {
    const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}_])") + QRegularExpression::escape(word) +
            QStringLiteral("(?![\\p{L}\\p{N}_])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

QString fakeSha(char c) {
    return QString(64, QLatin1Char(c));
}

} // namespace

void TestRedaction::profileNames() {
    QCOMPARE(reportProfiles().size(), 3);
    for (ReportProfile p : reportProfiles()) {
        QCOMPARE(reportProfileFromName(reportProfileName(p)), std::optional<ReportProfile>(p));
        QVERIFY(!reportProfileDisplayName(p).isEmpty());
    }
    QCOMPARE(reportProfileName(ReportProfile::External), QStringLiteral("external"));
    QVERIFY(!reportProfileFromName(QStringLiteral("secret")).has_value());
    QVERIFY(!reportProfileFromName(QStringLiteral("Full")).has_value());
}

void TestRedaction::keptInProfile_data() {
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("full");
    QTest::addColumn<bool>("internal");
    QTest::addColumn<bool>("external");
    QTest::newRow("unmarked") << QString() << true << true << true;
    QTest::newRow("public") << kPublic << true << true << true;
    QTest::newRow("internal") << kInternal << true << true << false;
    QTest::newRow("confidential") << kConfidential << true << false << false;
    QTest::newRow("restricted") << kRestricted << true << false << false;
    // A typo must not open anything.
    QTest::newRow("unknown") << QStringLiteral("secret") << true << false << false;
}

void TestRedaction::keptInProfile() {
    QFETCH(QString, level);
    QFETCH(bool, full);
    QFETCH(bool, internal);
    QFETCH(bool, external);
    QCOMPARE(causeway::keptInProfile(level, ReportProfile::Full), full);
    QCOMPARE(causeway::keptInProfile(level, ReportProfile::Internal), internal);
    QCOMPARE(causeway::keptInProfile(level, ReportProfile::External), external);
}

void TestRedaction::markFieldKeepsSortedEntries() {
    Postmortem pm = test::memoryPostmortem();
    auto mark = [&](const QString& key, const QString& level) {
        pm.root.fields[ConfidentialityField::FieldMarkings].value =
            markFieldConfidentiality(pm.root, key, level);
    };
    mark(Field::Summary, kInternal);
    mark(Field::ImpactCostEstimate, kConfidential);
    mark(Field::GotLucky, kRestricted);
    QCOMPARE(pm.root.value(ConfidentialityField::FieldMarkings).toArray(),
             (QJsonArray{QStringLiteral("got_lucky:restricted"),
                         QStringLiteral("impact_cost_estimate:confidential"),
                         QStringLiteral("summary:internal")}));
    mark(Field::Summary, kPublic); // a new level replaces the old one
    QCOMPARE(fieldConfidentiality(pm.root).value(Field::Summary), kPublic);
    QCOMPARE(fieldConfidentiality(pm.root).size(), 3);
    // Invalid input leaves the list as it was.
    const QJsonValue before = pm.root.value(ConfidentialityField::FieldMarkings);
    QCOMPARE(markFieldConfidentiality(pm.root, Field::Summary, QStringLiteral("secret")), before);
    QCOMPARE(markFieldConfidentiality(pm.root, QStringLiteral("Bad Key"), kPublic), before);
    mark(Field::Summary, QString());
    mark(Field::GotLucky, QString());
    QCOMPARE(pm.root.value(ConfidentialityField::FieldMarkings).toArray(),
             QJsonArray{QStringLiteral("impact_cost_estimate:confidential")});
    mark(Field::ImpactCostEstimate, QString());
    QVERIFY(pm.root.value(ConfidentialityField::FieldMarkings).isNull());
    QVERIFY(fieldConfidentiality(pm.root).isEmpty());

    // Malformed entries are skipped when read.
    pm.root.fields[ConfidentialityField::FieldMarkings].value =
        QJsonArray{QStringLiteral("summary:internal"), QStringLiteral("impact"),
                   QStringLiteral("trigger:secret"), 7, QStringLiteral("went_well:public")};
    const QMap<QString, QString> read = fieldConfidentiality(pm.root);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.value(Field::Summary), kInternal);
    QCOMPARE(read.value(Field::WentWell), kPublic);
}

void TestRedaction::checkFieldMarkings_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error"); // a part of the message; empty: valid
    QTest::newRow("absent") << QJsonValue() << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("empty") << QJsonValue(QJsonArray()) << QString();
    QTest::newRow("good") << QJsonValue(
                                 QJsonArray{QStringLiteral("summary:internal"),
                                            QStringLiteral("impact_cost_estimate:restricted")})
                          << QString();
    QTest::newRow("not a list") << QJsonValue(QStringLiteral("summary:internal"))
                                << QStringLiteral("expected a list");
    QTest::newRow("no colon") << QJsonValue(QJsonArray{QStringLiteral("summary")})
                              << QStringLiteral("entry 1 \"summary\": expected FIELD_KEY:LEVEL");
    QTest::newRow("bad level") << QJsonValue(QJsonArray{QStringLiteral("summary:internal"),
                                                        QStringLiteral("impact:secret")})
                               << QStringLiteral("entry 2 \"impact:secret\": the level must be");
    QTest::newRow("empty key") << QJsonValue(QJsonArray{QStringLiteral(":internal")})
                               << QStringLiteral("field key");
    QTest::newRow("upper case key") << QJsonValue(QJsonArray{QStringLiteral("Summary:internal")})
                                    << QStringLiteral("field key");
    QTest::newRow("number") << QJsonValue(QJsonArray{3}) << QStringLiteral("entry 1");
    QTest::newRow("twice") << QJsonValue(QJsonArray{QStringLiteral("summary:internal"),
                                                    QStringLiteral("summary:public")})
                           << QStringLiteral("marked more than once");
}

void TestRedaction::checkFieldMarkings() {
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    const QString got = checkFieldConfidentiality(value);
    if (error.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(error), qPrintable(got));
}

void TestRedaction::reportMarkingPerProfile() {
    Postmortem pm = test::memoryPostmortem();
    QCOMPARE(reportMarking(pm, ReportProfile::Full), QStringLiteral("Internal")); // unset
    pm.root.fields[Field::Confidentiality].value = kRestricted;
    QCOMPARE(reportMarking(pm, ReportProfile::Full), QStringLiteral("Restricted"));
    QCOMPARE(reportMarking(pm, ReportProfile::Internal), QStringLiteral("Internal"));
    QCOMPARE(reportMarking(pm, ReportProfile::External), QStringLiteral("Public"));
    pm.root.fields[Field::Confidentiality].value = kPublic;
    QCOMPARE(reportMarking(pm, ReportProfile::Full), QStringLiteral("Public"));
    QCOMPARE(reportMarking(pm, ReportProfile::Internal), QStringLiteral("Internal"));
}

void TestRedaction::internalDropsMarkedRecordsAndLinks() {
    using test::addMemoryRecord;
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::Title].value = QStringLiteral("Outage");
    const QString owner = addMemoryRecord(
        pm, Kind::Participant,
        {{Field::Name, QStringLiteral("Kim")}, {ConfidentialityField::Record, kConfidential}});
    const QString keptOwner =
        addMemoryRecord(pm, Kind::Participant, {{Field::Name, QStringLiteral("Lee")}});
    const QString secretFile = addMemoryRecord(pm, Kind::Attachment,
                                               {{AttachmentField::Sha256, fakeSha('a')},
                                                {AttachmentField::Name, QStringLiteral("a.log")},
                                                {ConfidentialityField::Record, kRestricted}});
    const QString openFile = addMemoryRecord(pm, Kind::Attachment,
                                             {{AttachmentField::Sha256, fakeSha('b')},
                                              {AttachmentField::Name, QStringLiteral("b.log")},
                                              {ConfidentialityField::Record, kInternal}});
    const QString event =
        addMemoryRecord(pm, Kind::Event,
                        {{EventField::Description, QStringLiteral("Alert fired")},
                         {EventField::Evidence, QJsonArray{secretFile, openFile}}});
    const QString secretEvent =
        addMemoryRecord(pm, Kind::Event,
                        {{EventField::Description, QStringLiteral("Vendor contract clause")},
                         {ConfidentialityField::Record, kConfidential}});
    const QString publicEvent =
        addMemoryRecord(pm, Kind::Event,
                        {{EventField::Description, QStringLiteral("Status page updated")},
                         {ConfidentialityField::Record, kPublic}});
    const QString secretAction =
        addMemoryRecord(pm, Kind::Action,
                        {{ActionField::Title, QStringLiteral("Renegotiate")},
                         {ConfidentialityField::Record, kRestricted}});
    const QString action = addMemoryRecord(
        pm, Kind::Action,
        {{ActionField::Title, QStringLiteral("Add alert")}, {ActionField::Owner, owner}});
    const QString action2 = addMemoryRecord(
        pm, Kind::Action,
        {{ActionField::Title, QStringLiteral("Add test")}, {ActionField::Owner, keptOwner}});
    const QString cause =
        addMemoryRecord(pm, Kind::Cause,
                        {{CauseField::Statement, QStringLiteral("No alert")},
                         {CauseField::Evidence, QJsonArray{event, secretEvent, secretFile}},
                         {CauseField::Actions, QJsonArray{secretAction, action}}});
    const QString review =
        addMemoryRecord(pm, Kind::Review, {{ReviewField::By, QStringLiteral("Kim")}});
    const QString signature =
        addMemoryRecord(pm, Kind::Signature, {{SignatureField::Name, QStringLiteral("Lee")}});
    const QString trashed =
        addMemoryRecord(pm, Kind::Event, {{EventField::Description, QStringLiteral("Oops")}});
    pm.children.last().deleted = true;

    const Redaction full = redact(pm, ReportProfile::Full);
    QCOMPARE(full.droppedRecords, 0);
    QCOMPARE(full.droppedFields, 0);
    QCOMPARE(full.postmortem.children.size(), pm.children.size() - 1);
    QVERIFY(!findIn(full.postmortem, trashed)); // tombstones never reach a report
    QCOMPARE(findIn(full.postmortem, cause)->list(CauseField::Evidence).size(), 3);
    QCOMPARE(full.postmortem.root.fields.keys(), pm.root.fields.keys());

    const Redaction internal = redact(pm, ReportProfile::Internal);
    QCOMPARE(internal.profile, ReportProfile::Internal);
    QCOMPARE(internal.droppedRecords, 4); // owner, secretFile, secretEvent, secretAction
    const QStringList ids = idsOf(internal.postmortem);
    for (const QString& gone : {owner, secretFile, secretEvent, secretAction, trashed})
        QVERIFY(!ids.contains(gone));
    for (const QString& kept :
         {keptOwner, openFile, event, publicEvent, action, action2, cause, review, signature})
        QVERIFY(ids.contains(kept));
    QCOMPARE(findIn(internal.postmortem, event)->list(EventField::Evidence), QStringList{openFile});
    QCOMPARE(findIn(internal.postmortem, cause)->list(CauseField::Evidence), QStringList{event});
    QCOMPARE(findIn(internal.postmortem, cause)->list(CauseField::Actions), QStringList{action});
    QVERIFY(!findIn(internal.postmortem, action)->fields.contains(ActionField::Owner));
    QCOMPARE(findIn(internal.postmortem, action2)->text(ActionField::Owner), keptOwner);
    // Internal replaces no names.
    QCOMPARE(findIn(internal.postmortem, review)->text(ReviewField::By), QStringLiteral("Kim"));
    QCOMPARE(findIn(internal.postmortem, signature)->text(SignatureField::Name),
             QStringLiteral("Lee"));
    QVERIFY(internal.replacements.isEmpty());
    QCOMPARE(internal.postmortem.root.text(Field::Confidentiality), kInternal);
    // The original is untouched.
    QCOMPARE(pm.findRecord(cause)->list(CauseField::Evidence).size(), 3);
}

void TestRedaction::externalAlsoDropsInternal() {
    using test::addMemoryRecord;
    Postmortem pm = test::memoryPostmortem();
    const QString internalEvent =
        addMemoryRecord(pm, Kind::Event,
                        {{EventField::Description, QStringLiteral("Internal chat")},
                         {ConfidentialityField::Record, kInternal}});
    const QString publicEvent =
        addMemoryRecord(pm, Kind::Event,
                        {{EventField::Description, QStringLiteral("Public note")},
                         {ConfidentialityField::Record, kPublic}});
    const QString plainEvent =
        addMemoryRecord(pm, Kind::Event, {{EventField::Description, QStringLiteral("Plain")}});
    const Redaction internal = redact(pm, ReportProfile::Internal);
    QCOMPARE(internal.droppedRecords, 0);
    const Redaction external = redact(pm, ReportProfile::External);
    QCOMPARE(external.droppedRecords, 1);
    QVERIFY(!findIn(external.postmortem, internalEvent));
    QVERIFY(findIn(external.postmortem, publicEvent));
    QVERIFY(findIn(external.postmortem, plainEvent));
    QCOMPARE(external.postmortem.root.text(Field::Confidentiality), kPublic);
}

void TestRedaction::droppedCauseTakesItsSubtree() {
    using test::addMemoryRecord;
    Postmortem pm = test::memoryPostmortem();
    const QString top =
        addMemoryRecord(pm, Kind::Cause, {{CauseField::Statement, QStringLiteral("Top")}});
    const QString marked = addMemoryRecord(pm, Kind::Cause,
                                           {{CauseField::Statement, QStringLiteral("Marked")},
                                            {CauseField::Parent, top},
                                            {ConfidentialityField::Record, kConfidential}});
    const QString child = addMemoryRecord(
        pm, Kind::Cause,
        {{CauseField::Statement, QStringLiteral("Child")}, {CauseField::Parent, marked}});
    const QString grandchild = addMemoryRecord(
        pm, Kind::Cause,
        {{CauseField::Statement, QStringLiteral("Grandchild")}, {CauseField::Parent, child}});
    const QString sibling = addMemoryRecord(
        pm, Kind::Cause,
        {{CauseField::Statement, QStringLiteral("Sibling")}, {CauseField::Parent, top}});
    const QString nephew = addMemoryRecord(
        pm, Kind::Cause,
        {{CauseField::Statement, QStringLiteral("Nephew")}, {CauseField::Parent, sibling}});

    const Redaction internal = redact(pm, ReportProfile::Internal);
    QCOMPARE(internal.droppedRecords, 3);
    const QStringList ids = idsOf(internal.postmortem);
    QCOMPARE(ids, (QStringList{top, sibling, nephew}));
    QVERIFY(!ids.contains(grandchild));
    // Under Full everything stays.
    QCOMPARE(redact(pm, ReportProfile::Full).postmortem.children.size(), 6);
}

void TestRedaction::markedFieldsAreDropped() {
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::Title].value = QStringLiteral("Ledger outage");
    pm.root.fields[Field::Confidentiality].value = kConfidential;
    pm.root.fields[Field::Summary].value = QStringLiteral("Open summary");
    pm.root.fields[Field::ImpactCostEstimate].value = QStringLiteral("EUR 1.2M");
    pm.root.fields[Field::GotLucky].value = QStringLiteral("Backup was fresh");
    pm.root.fields[Field::WentWell].value = QStringLiteral("Fast rollback");
    pm.root.fields[ConfidentialityField::FieldMarkings].value = QJsonArray{
        QStringLiteral("got_lucky:internal"), QStringLiteral("impact_cost_estimate:restricted"),
        QStringLiteral("lessons_learned:confidential"), // a field with no value
        QStringLiteral("went_well:public")};

    const Redaction full = redact(pm, ReportProfile::Full);
    QCOMPARE(full.postmortem.root.text(Field::ImpactCostEstimate), QStringLiteral("EUR 1.2M"));
    QCOMPARE(full.postmortem.root.value(ConfidentialityField::FieldMarkings),
             pm.root.value(ConfidentialityField::FieldMarkings));
    QCOMPARE(full.postmortem.root.text(Field::Confidentiality), kConfidential);

    const Redaction internal = redact(pm, ReportProfile::Internal);
    QCOMPARE(internal.droppedFields, 1);
    QVERIFY(!internal.postmortem.root.fields.contains(Field::ImpactCostEstimate));
    QCOMPARE(internal.postmortem.root.text(Field::GotLucky), QStringLiteral("Backup was fresh"));
    QCOMPARE(internal.postmortem.root.text(Field::Summary), QStringLiteral("Open summary"));
    QCOMPARE(
        internal.postmortem.root.value(ConfidentialityField::FieldMarkings).toArray(),
        (QJsonArray{QStringLiteral("got_lucky:internal"), QStringLiteral("went_well:public")}));

    const Redaction external = redact(pm, ReportProfile::External);
    QCOMPARE(external.droppedFields, 2);
    QVERIFY(!external.postmortem.root.fields.contains(Field::ImpactCostEstimate));
    QVERIFY(!external.postmortem.root.fields.contains(Field::GotLucky));
    QCOMPARE(external.postmortem.root.text(Field::WentWell), QStringLiteral("Fast rollback"));
    QCOMPARE(external.postmortem.root.text(Field::Title), QStringLiteral("Ledger outage"));

    // A marked title gives way to a neutral one; the template and marking always stay.
    pm.root.fields[ConfidentialityField::FieldMarkings].value =
        QJsonArray{QStringLiteral("confidentiality:restricted"),
                   QStringLiteral("template:restricted"), QStringLiteral("title:confidential")};
    const Redaction titled = redact(pm, ReportProfile::Internal);
    QCOMPARE(titled.postmortem.root.text(Field::Title),
             QStringLiteral("Postmortem ") + pm.root.id.left(8));
    QCOMPARE(titled.postmortem.root.text(Field::Template), QStringLiteral("standard"));
    QCOMPARE(titled.postmortem.root.text(Field::Confidentiality), kInternal);
    QCOMPARE(titled.droppedFields, 1);
}

void TestRedaction::externalReplacesNamesWithRoles() {
    using test::addMemoryRecord;
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::Title].value = QStringLiteral("Ana Lima paged Ana");
    pm.root.fields[Field::Summary].value =
        QStringLiteral("ANA LIMA and ana ate a Banana; Bruno\nCosta told Ops Guild. "
                       "Lima agreed; lima is a city.");
    pm.root.fields[Field::Tags].value =
        QJsonArray{QStringLiteral("ops guild"), QStringLiteral("db")};
    addMemoryRecord(pm, Kind::Participant,
                    {{Field::Name, QStringLiteral("Ana Lima")},
                     {Field::Role, QStringLiteral("Incident commander")},
                     {Field::Team, QStringLiteral("Ops Guild")}});
    addMemoryRecord(pm, Kind::Participant,
                    {{Field::Name, QStringLiteral("Ana")},
                     {Field::Role, QStringLiteral("Scribe")},
                     {Field::Team, QStringLiteral("Ops Guild")}});
    const QString bruno = addMemoryRecord(
        pm, Kind::Participant,
        {{Field::Name, QStringLiteral("Bruno Costa")}, {Field::Team, QStringLiteral("Data Crew")}});
    addMemoryRecord(pm, Kind::Participant, {{Field::Name, QStringLiteral("X")}}); // too short
    const QString event = addMemoryRecord(
        pm, Kind::Event,
        {{EventField::Actor, QStringLiteral("Data Crew")},
         {EventField::Kind, QStringLiteral("action")},
         {EventField::Description, QStringLiteral("Bruno Costa restarted X; Costa checked")}});
    const QString action =
        addMemoryRecord(pm, Kind::Action,
                        {{ActionField::Title, QStringLiteral("Ana Lima adds alert")},
                         {ActionField::Owner, bruno},
                         {ActionField::Ticket, QStringLiteral("OPS-4711")},
                         {ActionField::VerifiedBy, QStringLiteral("Dana Kerr")}});
    const QString file =
        addMemoryRecord(pm, Kind::Attachment,
                        {{AttachmentField::Sha256, fakeSha('c')},
                         {AttachmentField::Name, QStringLiteral("ana.log")},
                         {AttachmentField::AddedBy, QStringLiteral("ana")},
                         {AttachmentField::AddedAt, QStringLiteral("2026-03-02T10:00:00.000Z")},
                         {AttachmentField::Size, 10}});
    const QString review = addMemoryRecord(
        pm, Kind::Review,
        {{ReviewField::By, QStringLiteral("Rita Reviewer")},
         {ReviewField::Reason, QStringLiteral("Rita Reviewer approved over Ana's objection")}});
    const QString signature =
        addMemoryRecord(pm, Kind::Signature,
                        {{SignatureField::Name, QStringLiteral("Sam Signer")},
                         {SignatureField::Role, QStringLiteral("Service owner")}});
    const QString cause = addMemoryRecord(
        pm, Kind::Cause, {{CauseField::Statement, QStringLiteral("Sam Signer was not paged")}});

    const Redaction r = redact(pm, ReportProfile::External);
    const Postmortem& out = r.postmortem;
    QCOMPARE(out.root.text(Field::Title), QStringLiteral("Incident commander paged Scribe"));
    QCOMPARE(out.root.text(Field::Summary),
             QStringLiteral("Incident commander and Scribe ate a Banana; a responder told "
                            "a team. Incident commander agreed; lima is a city."));
    QCOMPARE(out.root.value(Field::Tags).toArray(),
             (QJsonArray{QStringLiteral("a team"), QStringLiteral("db")}));
    const Record* ev = findIn(out, event);
    // Its only member has no role, so the team has none to share.
    QCOMPARE(ev->text(EventField::Actor), QStringLiteral("a team"));
    QCOMPARE(ev->text(EventField::Kind), QStringLiteral("action"));
    QCOMPARE(ev->text(EventField::Description),
             QStringLiteral("a responder restarted X; a responder checked"));
    const Record* act = findIn(out, action);
    QCOMPARE(act->text(ActionField::Title), QStringLiteral("Incident commander adds alert"));
    QCOMPARE(act->text(ActionField::Owner), bruno); // the link stays; the person shows as a role
    QVERIFY(!act->fields.contains(ActionField::Ticket));
    QVERIFY(!act->fields.contains(ActionField::VerifiedBy));
    const Record* att = findIn(out, file);
    QCOMPARE(att->text(AttachmentField::Name), QStringLiteral("evidence-cccccccccccc"));
    QVERIFY(!att->fields.contains(AttachmentField::AddedBy));
    QVERIFY(!att->fields.contains(AttachmentField::AddedAt));
    QCOMPARE(att->value(AttachmentField::Size).toInt(), 10);
    QCOMPARE(att->text(AttachmentField::Sha256), fakeSha('c'));
    for (const Record& p : out.childrenOfKind(Kind::Participant)) {
        QVERIFY(!p.fields.contains(Field::Name));
        QVERIFY(!p.fields.contains(Field::Team));
    }
    QCOMPARE(findIn(out, review)->text(ReviewField::By), QStringLiteral("a reviewer"));
    QCOMPARE(findIn(out, review)->text(ReviewField::Reason),
             QStringLiteral("a reviewer approved over Scribe's objection"));
    QVERIFY(!findIn(out, signature)->fields.contains(SignatureField::Name));
    QCOMPARE(findIn(out, signature)->text(SignatureField::Role), QStringLiteral("Service owner"));
    QCOMPARE(findIn(out, cause)->text(CauseField::Statement),
             QStringLiteral("Service owner was not paged"));

    // The table, longest first; "X" is too short to replace.
    QVERIFY(!r.replacements.isEmpty());
    QCOMPARE(r.replacements.first().first.size(), QStringLiteral("Rita Reviewer").size());
    bool anaLimaBeforeAna = false;
    for (const auto& entry : r.replacements) {
        QVERIFY(entry.first != u"X");
        if (entry.first == u"Ana Lima")
            anaLimaBeforeAna = true;
        if (entry.first == u"Ana")
            QVERIFY(anaLimaBeforeAna);
    }
    QVERIFY(anaLimaBeforeAna);
    // Ticket and verifier; file name, added by and at; names and teams of the participants
    // (X has no team); the signer's name.
    QCOMPARE(r.droppedFields, 2 + 3 + 7 + 1);
}

void TestRedaction::externalLeaksNothing() {
    auto store = test::newStore();
    const QString id =
        store
            ->createPostmortem(
                QStringLiteral("standard"),
                {{Field::Title, QStringLiteral("Checkout outage handled by Ana Lima")},
                 {Field::Summary,
                  QStringLiteral("Ana Lima and bruno costa (Payments Guild) rolled back. Ana "
                                 "shared a banana. The Guildhall stayed open.")},
                 {Field::ImpactCostEstimate, QStringLiteral("EUR 480000 PENALTY")},
                 {Field::WentWell, QStringLiteral("Rollback took four minutes")},
                 {ConfidentialityField::FieldMarkings,
                  QJsonArray{QStringLiteral("impact_cost_estimate:confidential")}}})
            .value();
    const QString ana = newRecordId();
    const QString bruno = newRecordId();
    const QString file = newRecordId();
    const QString action = newRecordId();
    ChangeSet more;
    more.creates.append({ana,
                         Kind::Participant,
                         id,
                         {{Field::Name, QStringLiteral("Ana Lima")},
                          {Field::Role, QStringLiteral("Incident commander")},
                          {Field::Team, QStringLiteral("Payments Guild")}}});
    more.creates.append({bruno,
                         Kind::Participant,
                         id,
                         {{Field::Name, QStringLiteral("Bruno Costa")},
                          {Field::Role, QStringLiteral("On-call engineer")},
                          {Field::Team, QStringLiteral("Payments Guild")}}});
    more.creates.append({file,
                         Kind::Attachment,
                         id,
                         {{AttachmentField::Sha256, fakeSha('d')},
                          {AttachmentField::Name, QStringLiteral("grafana-export-7731.png")},
                          {AttachmentField::AddedBy, QStringLiteral("Ana Lima (alima)")},
                          {AttachmentField::Size, 2048}}});
    more.creates.append(
        {newRecordId(),
         Kind::Event,
         id,
         {{EventField::Time, QStringLiteral("2026-03-02T10:00:00.000Z")},
          {EventField::Actor, QStringLiteral("payments guild")},
          {EventField::Description, QStringLiteral("Bruno Costa saw the error rate rise")},
          {EventField::Evidence, QJsonArray{file}}}});
    more.creates.append({newRecordId(),
                         Kind::Event,
                         id,
                         {{EventField::Time, QStringLiteral("2026-03-02T10:05:00.000Z")},
                          {EventField::Description, QStringLiteral("Escalated to VENDOR-ACME")},
                          {ConfidentialityField::Record, kInternal}}});
    more.creates.append({action,
                         Kind::Action,
                         id,
                         {{ActionField::Title, QStringLiteral("Alert on error rate")},
                          {ActionField::Owner, bruno},
                          {ActionField::Ticket, QStringLiteral("PAY-9931")},
                          {ActionField::VerifiedBy, QStringLiteral("Bruno Costa")}}});
    more.creates.append({newRecordId(),
                         Kind::Cause,
                         id,
                         {{CauseField::Statement, QStringLiteral("Ana was paged late")},
                          {CauseField::Notes, QStringLiteral("Costa confirmed")},
                          {CauseField::Actions, QJsonArray{action}}}});
    more.creates.append({newRecordId(),
                         Kind::Cause,
                         id,
                         {{CauseField::Statement, QStringLiteral("SECRET-ROOT contract limit")},
                          {ConfidentialityField::Record, kRestricted}}});
    more.creates.append({newRecordId(),
                         Kind::Review,
                         id,
                         {{ReviewField::From, QStringLiteral("draft")},
                          {ReviewField::To, QStringLiteral("in_review")},
                          {ReviewField::By, QStringLiteral("Ana Lima")},
                          {ReviewField::Reason, QStringLiteral("Ana Lima asks for review")}}});
    more.creates.append({newRecordId(),
                         Kind::Signature,
                         id,
                         {{SignatureField::Name, QStringLiteral("Bruno Costa")},
                          {SignatureField::Role, QStringLiteral("On-call engineer")},
                          {SignatureField::Meaning, QStringLiteral("authored")}}});
    QVERIFY(store->commit(more));
    const auto pm = store->loadPostmortem(id);
    QVERIFY(pm);
    // The names are really in the document before redaction, else the check proves nothing.
    const QString before = QString::fromUtf8(PostmortemJson::toCanonicalBytes(*pm));
    const QStringList hidden{QStringLiteral("Ana Lima"),
                             QStringLiteral("Bruno"),
                             QStringLiteral("Costa"),
                             QStringLiteral("Lima"),
                             QStringLiteral("Ana"),
                             QStringLiteral("alima"),
                             QStringLiteral("Payments Guild"),
                             QStringLiteral("EUR 480000"),
                             QStringLiteral("VENDOR-ACME"),
                             QStringLiteral("SECRET-ROOT"),
                             QStringLiteral("PAY-9931"),
                             QStringLiteral("grafana-export")};
    for (const QString& h : hidden)
        QVERIFY2(before.contains(h, Qt::CaseInsensitive), qPrintable(h));

    const Redaction r = redact(*pm, ReportProfile::External);
    const QString after = QString::fromUtf8(PostmortemJson::toCanonicalBytes(r.postmortem));
    for (const QString& h : hidden)
        QVERIFY2(!containsWord(after, h), qPrintable(QStringLiteral("leaked: ") + h));
    QVERIFY(!after.contains(QStringLiteral("Ana Lima"), Qt::CaseInsensitive));
    QVERIFY(!after.contains(QStringLiteral("Bruno Costa"), Qt::CaseInsensitive));
    QVERIFY(!after.contains(QStringLiteral("grafana"), Qt::CaseInsensitive));
    // What is not a name, and the roles, are still there.
    for (const QString& kept :
         {QStringLiteral("banana"), QStringLiteral("Guildhall"),
          QStringLiteral("Rollback took four minutes"), QStringLiteral("Incident commander"),
          QStringLiteral("On-call engineer"), QStringLiteral("Alert on error rate"),
          QStringLiteral("saw the error rate rise"), fakeSha('d')})
        QVERIFY2(after.contains(kept), qPrintable(QStringLiteral("missing: ") + kept));
    // The internal profile keeps names but still drops the confidential and restricted.
    const QString internal = QString::fromUtf8(
        PostmortemJson::toCanonicalBytes(redact(*pm, ReportProfile::Internal).postmortem));
    QVERIFY(internal.contains(QStringLiteral("Ana Lima")));
    QVERIFY(internal.contains(QStringLiteral("VENDOR-ACME")));
    QVERIFY(!internal.contains(QStringLiteral("SECRET-ROOT")));
    QVERIFY(!internal.contains(QStringLiteral("EUR 480000")));
}

void TestRedaction::redactedCopiesRoundTrip() {
    auto store = test::newStore();
    const QString id = store
                           ->createPostmortem(QStringLiteral("standard"),
                                              {{Field::Title, QStringLiteral("Kim's outage")},
                                               {Field::Summary, QStringLiteral("Kim fixed it")},
                                               {ConfidentialityField::FieldMarkings,
                                                QJsonArray{QStringLiteral("summary:internal")}}})
                           .value();
    ChangeSet more;
    more.creates.append(
        {newRecordId(),
         Kind::Participant,
         id,
         {{Field::Name, QStringLiteral("Kim")}, {Field::Role, QStringLiteral("IC")}}});
    more.creates.append({newRecordId(),
                         Kind::Attachment,
                         id,
                         {{AttachmentField::Sha256, fakeSha('e')},
                          {AttachmentField::Name, QStringLiteral("kim.txt")},
                          {ConfidentialityField::Record, kPublic}}});
    QVERIFY(store->commit(more));
    const auto pm = store->loadPostmortem(id);
    QVERIFY(pm);
    for (ReportProfile profile : reportProfiles()) {
        const QByteArray bytes = PostmortemJson::toCanonicalBytes(redact(*pm, profile).postmortem);
        const auto parsed = PostmortemJson::fromJson(bytes, test::builtinTemplates());
        QVERIFY2(parsed.ok(), qPrintable(reportProfileName(profile) + u' ' + parsed.error()));
        QCOMPARE(PostmortemJson::toCanonicalBytes(parsed.value()), bytes);
    }
    const Redaction external = redact(*pm, ReportProfile::External);
    QCOMPARE(external.postmortem.root.text(Field::Title), QStringLiteral("IC's outage"));
    QVERIFY(!external.postmortem.root.fields.contains(Field::Summary));
}

void TestRedaction::markingsRoundTripAndAreValidated() {
    auto source = test::newStore();
    const QString id = source
                           ->createPostmortem(QStringLiteral("regulated"),
                                              {{Field::Title, QStringLiteral("Marked")},
                                               {Field::Summary, QStringLiteral("Text")}})
                           .value();
    Postmortem loaded = *source->loadPostmortem(id);
    ChangeSet marks;
    marks.fieldChanges.append({id, ConfidentialityField::FieldMarkings,
                               markFieldConfidentiality(loaded.root, Field::Summary, kRestricted)});
    for (const QString& kind :
         {Kind::Event, Kind::Cause, Kind::Action, Kind::Participant, Kind::Attachment}) {
        QMap<QString, QJsonValue> fields{{ConfidentialityField::Record, kConfidential}};
        if (kind == Kind::Attachment) {
            fields.insert(AttachmentField::Sha256, fakeSha('f'));
            fields.insert(AttachmentField::Name, QStringLiteral("f.txt"));
        }
        marks.creates.append({newRecordId(), kind, id, fields});
    }
    QVERIFY(source->commit(marks));
    const QByteArray exported = PostmortemJson::toCanonicalBytes(*source->loadPostmortem(id));
    QVERIFY(exported.contains("\"field_confidentiality\":[\"summary:restricted\"]"));
    QCOMPARE(exported.count("\"confidentiality\":\"confidential\""), 5);
    const auto parsed = PostmortemJson::fromJson(exported, test::builtinTemplates());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(PostmortemJson::toCanonicalBytes(parsed.value()), exported);
    auto target = test::newStore();
    QVERIFY(target->importPostmortem(parsed.value()));
    QCOMPARE(PostmortemJson::toCanonicalBytes(*target->loadPostmortem(id)), exported);

    // A malformed marking is refused with its JSON path.
    QJsonObject doc = QJsonDocument::fromJson(exported).object();
    QJsonObject root = doc.value(u"postmortem").toObject();
    QJsonObject fields = root.value(u"fields").toObject();
    fields.insert(ConfidentialityField::FieldMarkings,
                  QJsonArray{QStringLiteral("summary:restricted"), QStringLiteral("title:top")});
    root.insert(QStringLiteral("fields"), fields);
    doc.insert(QStringLiteral("postmortem"), root);
    auto bad = PostmortemJson::fromJson(doc, test::builtinTemplates());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(QStringLiteral("$.postmortem.fields.field_confidentiality: "
                                                   "entry 2 \"title:top\"")),
             qPrintable(bad.error()));
    fields.insert(ConfidentialityField::FieldMarkings, QStringLiteral("summary:restricted"));
    root.insert(QStringLiteral("fields"), fields);
    doc.insert(QStringLiteral("postmortem"), root);
    bad = PostmortemJson::fromJson(doc, test::builtinTemplates());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(QStringLiteral("$.postmortem.fields.field_confidentiality")),
             qPrintable(bad.error()));

    // A record's marking is a choice of the vocabulary.
    QJsonObject doc2 = QJsonDocument::fromJson(exported).object();
    QJsonArray children = doc2.value(u"children").toArray();
    QJsonObject child = children.at(0).toObject();
    QJsonObject childFields = child.value(u"fields").toObject();
    childFields.insert(ConfidentialityField::Record, QStringLiteral("top-secret"));
    child.insert(QStringLiteral("fields"), childFields);
    children.replace(0, child);
    doc2.insert(QStringLiteral("children"), children);
    bad = PostmortemJson::fromJson(doc2, test::builtinTemplates());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(QStringLiteral("$.children[0].fields.confidentiality: ")),
             qPrintable(bad.error()));
}

void TestRedaction::signedContentCoversMarkings() {
    Postmortem pm = test::memoryPostmortem();
    const QString event = test::addMemoryRecord(
        pm, Kind::Event, {{EventField::Description, QStringLiteral("Alert")}});
    const QString unmarked = SignedContent::sha256(pm);
    pm.root.fields[ConfidentialityField::FieldMarkings].value =
        markFieldConfidentiality(pm.root, Field::Summary, kConfidential);
    const QString fieldMarked = SignedContent::sha256(pm);
    QVERIFY(fieldMarked != unmarked);
    for (Record& r : pm.children) {
        if (r.id == event)
            r.fields[ConfidentialityField::Record].value = kRestricted;
    }
    QVERIFY(SignedContent::sha256(pm) != fieldMarked);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "test_redaction.moc"
