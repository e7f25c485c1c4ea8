#include "TestSupport.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "model/Template.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace causeway;

class TestRoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportImportExportIsByteIdentical();
    void canonicalBytesAreStable();
    void handWrittenDocumentImports();
    void updateKeepsNewerLocalFields();
    void rejectsInvalidDocuments_data();
    void rejectsInvalidDocuments();
    void failedImportChangesNothing();

private:
    QString richPostmortem(Store& store);
};

QString TestRoundTrip::richPostmortem(Store& store) {
    const QString id =
        store
            .createPostmortem(
                QStringLiteral("regulated"),
                {{Field::Title, QStringLiteral("Zahlungsausfall – “quoted” \\ slash")},
                 {Field::Severity, QStringLiteral("SEV1")},
                 {Field::IncidentStart, QStringLiteral("2026-03-02T14:05:00.000Z")},
                 {Field::IncidentEnd, QStringLiteral("2026-03-03T01:10:30.250Z")},
                 {Field::TimeZone, QStringLiteral("Europe/Berlin")},
                 {Field::Tags, QJsonArray{QStringLiteral("payments"), QStringLiteral("tls")}},
                 {Field::ImpactUsersAffected, 12000},
                 {Field::ImpactSloConsumed, 37.5},
                 {Field::Summary, QStringLiteral("Line one\nLine two\twith tab, 日本語")},
                 {QStringLiteral("reference_code"), QStringLiteral("MAJ-2026-007")}})
            .value();
    ChangeSet more;
    const QString ana = newRecordId();
    more.creates.append(
        {ana,
         Kind::Participant,
         id,
         {{Field::Name, QStringLiteral("Ana")}, {Field::Role, QStringLiteral("IC")}}});
    more.creates.append(
        {newRecordId(), Kind::Participant, id, {{Field::Name, QStringLiteral("Bo")}}});
    more.fieldChanges.append({id, Field::WentWell, QStringLiteral("Rollback was quick.")});
    more.fieldChanges.append(
        {id, QStringLiteral("phase_detected"), QStringLiteral("2026-03-02T14:19:00.000Z")});
    more.creates.append({newRecordId(),
                         Kind::Event,
                         id,
                         {{EventField::Time, QStringLiteral("2026-03-02T14:05:00.250Z")},
                          {EventField::Kind, QStringLiteral("alert")},
                          {EventField::Source, QStringLiteral("alert")},
                          {EventField::Description, QStringLiteral("Latency alert fired")},
                          {EventField::KeyEvent, true}}});
    (void)store.commit(more);
    ChangeSet removeAna;
    removeAna.deletions.append({ana, true}); // a tombstone travels too
    (void)store.commit(removeAna);
    return id;
}

void TestRoundTrip::exportImportExportIsByteIdentical() {
    auto source = test::newStore();
    const QString id = richPostmortem(*source);
    const QByteArray exported = PostmortemJson::toCanonicalBytes(*source->loadPostmortem(id));

    auto target = test::newStore();
    const auto parsed = PostmortemJson::fromJson(exported, test::builtinTemplates());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const auto imported = target->importPostmortem(parsed.value());
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY(imported->created);
    QCOMPARE(imported->id, id);
    const QByteArray reexported = PostmortemJson::toCanonicalBytes(*target->loadPostmortem(id));
    QCOMPARE(reexported, exported);
    QVERIFY(target->verify().ok);

    // Importing the same document again changes nothing.
    const auto again = target->importPostmortem(parsed.value());
    QVERIFY(again.ok());
    QCOMPARE(again->changedFields, 0);
    QCOMPARE(PostmortemJson::toCanonicalBytes(*target->loadPostmortem(id)), exported);
}

void TestRoundTrip::canonicalBytesAreStable() {
    auto store = test::newStore();
    const QString id = richPostmortem(*store);
    const QByteArray bytes = PostmortemJson::toCanonicalBytes(*store->loadPostmortem(id));
    QVERIFY(!bytes.contains('\n'));
    QVERIFY(bytes.contains("\"format\":\"causeway.postmortem\""));
    QVERIFY(bytes.contains("Zahlungsausfall – “quoted” \\\\ slash"));
    // Re-serialising the parsed bytes gives the same bytes.
    QCOMPARE(canonicalJson(QJsonDocument::fromJson(bytes).object()), bytes);
}

void TestRoundTrip::handWrittenDocumentImports() {
    auto store = test::newStore();
    const QByteArray doc = R"({"format":"causeway.postmortem","formatVersion":1,
        "postmortem":{"kind":"postmortem","fields":{"template":"standard","title":"Hand made",
        "severity":"SEV4","tags":["manual"]}},
        "children":[{"kind":"participant","fields":{"name":"Chris","team":"SRE"}}]})";
    const auto parsed = PostmortemJson::fromJson(doc, test::builtinTemplates());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const auto imported = store->importPostmortem(parsed.value());
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    const auto pm = store->loadPostmortem(imported->id);
    QCOMPARE(pm->title(), QStringLiteral("Hand made"));
    QCOMPARE(pm->childrenOfKind(Kind::Participant).size(), 1);
    QCOMPARE(pm->root.revision.device, QStringLiteral("testdevice"));
    QVERIFY(store->verify().ok);
}

void TestRoundTrip::updateKeepsNewerLocalFields() {
    auto store = test::newStore();
    const QString id = richPostmortem(*store);
    const QByteArray old = PostmortemJson::toCanonicalBytes(*store->loadPostmortem(id));
    ChangeSet edit;
    edit.fieldChanges.append({id, Field::Title, QStringLiteral("Newer local title")});
    QVERIFY(store->commit(edit));
    // The older document does not overwrite the newer local edit...
    const auto outcome =
        store->importPostmortem(PostmortemJson::fromJson(old, test::builtinTemplates()).value());
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->created, false);
    QCOMPARE(store->loadPostmortem(id)->title(), QStringLiteral("Newer local title"));
    // ...but a hand-edited field without a revision is a new edit and wins.
    QJsonObject o = QJsonDocument::fromJson(old).object();
    QJsonObject root = o.value(u"postmortem").toObject();
    QJsonObject fields = root.value(u"fields").toObject();
    QJsonObject revs = root.value(u"fieldRevisions").toObject();
    fields.insert(Field::Title, QStringLiteral("Edited by hand"));
    revs.remove(Field::Title);
    root.insert(QStringLiteral("fields"), fields);
    root.insert(QStringLiteral("fieldRevisions"), revs);
    o.insert(QStringLiteral("postmortem"), root);
    const auto byHand =
        store->importPostmortem(PostmortemJson::fromJson(o, test::builtinTemplates()).value());
    QVERIFY(byHand.ok());
    QCOMPARE(byHand->changedFields, 1);
    QCOMPARE(store->loadPostmortem(id)->title(), QStringLiteral("Edited by hand"));
    QVERIFY(store->verify().ok);
}

void TestRoundTrip::rejectsInvalidDocuments_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedPrefix");
    const QByteArray head = R"({"format":"causeway.postmortem","formatVersion":1,)";
    QTest::newRow("malformed") << QByteArray("{\"format\":") << QStringLiteral("$: malformed JSON");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("$: expected an object");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other"})")
                                  << QStringLiteral("$.format");
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"causeway.postmortem","formatVersion":7})")
        << QStringLiteral("$.formatVersion: version 7 was written by a newer Causeway");
    QTest::newRow("unknown template")
        << head + R"("postmortem":{"kind":"postmortem","fields":{"template":"nope","title":"x"}}})"
        << QStringLiteral("$.postmortem.fields.template: unknown template");
    QTest::newRow("wrong severity")
        << head +
               R"("postmortem":{"kind":"postmortem","fields":{"template":"standard","title":"x","severity":"SEV9"}}})"
        << QStringLiteral("$.postmortem.fields.severity: expected one of");
    QTest::newRow("tags not strings")
        << head +
               R"("postmortem":{"kind":"postmortem","fields":{"template":"standard","title":"x","tags":[1]}}})"
        << QStringLiteral("$.postmortem.fields.tags: expected an array of strings");
    QTest::newRow("unknown field")
        << head +
               R"("postmortem":{"kind":"postmortem","fields":{"template":"standard","title":"x","color":"red"}}})"
        << QStringLiteral("$.postmortem.fields.color: unknown field");
    QTest::newRow("regulated field in standard")
        << head +
               R"("postmortem":{"kind":"postmortem","fields":{"template":"standard","title":"x","reference_code":"A"}}})"
        << QStringLiteral("$.postmortem.fields.reference_code");
    QTest::newRow("bad id")
        << head +
               R"("postmortem":{"id":"123","kind":"postmortem","fields":{"template":"standard","title":"x"}}})"
        << QStringLiteral("$.postmortem.id");
    QTest::newRow("empty title")
        << head +
               R"("postmortem":{"kind":"postmortem","fields":{"template":"standard","title":" "}}})"
        << QStringLiteral("$.postmortem.fields.title");
    QTest::newRow("bad time")
        << head +
               R"("postmortem":{"kind":"postmortem","fields":{"template":"standard","title":"x","incident_start":"yesterday"}}})"
        << QStringLiteral("$.postmortem.fields.incident_start: expected a UTC time");
    QTest::newRow("child field")
        << head +
               R"("postmortem":{"kind":"postmortem","fields":{"template":"standard","title":"x"}},"children":[{"kind":"participant","fields":{"name":5}}]})"
        << QStringLiteral("$.children[0].fields.name: expected a string");
    QTest::newRow("child kind")
        << head +
               R"("postmortem":{"kind":"postmortem","fields":{"template":"standard","title":"x"}},"children":[{"kind":"alien"}]})"
        << QStringLiteral("$.children[0].kind: unknown record kind");
    QTest::newRow("bad revision")
        << head +
               R"("postmortem":{"kind":"postmortem","revision":{"counter":0,"device":"d"},"fields":{"template":"standard","title":"x"}}})"
        << QStringLiteral("$.postmortem.revision.counter");
}

void TestRoundTrip::rejectsInvalidDocuments() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedPrefix);
    const auto parsed = PostmortemJson::fromJson(json, test::builtinTemplates());
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().startsWith(expectedPrefix), qPrintable(parsed.error()));
}

void TestRoundTrip::failedImportChangesNothing() {
    auto store = test::newStore();
    const QString id = richPostmortem(*store);
    const QByteArray before = PostmortemJson::toCanonicalBytes(*store->loadPostmortem(id));
    // A participant id that belongs to another postmortem makes the import fail half-way,
    // after the root's fields were written: the transaction must roll all of it back.
    const QString other = store
                              ->createPostmortem(QStringLiteral("standard"),
                                                 {{Field::Title, QStringLiteral("Other")}})
                              .value();
    ChangeSet child;
    const QString foreignChild = newRecordId();
    child.creates.append(
        {foreignChild, Kind::Participant, other, {{Field::Name, QStringLiteral("Z")}}});
    QVERIFY(store->commit(child));
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next());
    const int auditBefore = q.value(0).toInt();
    q.finish();

    Postmortem pm = *store->loadPostmortem(id);
    pm.root.fields[Field::Title].value = QStringLiteral("Should not stick");
    pm.root.fields[Field::Title].revision = Revision{999999, QStringLiteral("zz")};
    Record intruder;
    intruder.id = foreignChild;
    intruder.kind = Kind::Participant;
    pm.children.append(intruder);
    const auto result = store->importPostmortem(pm);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(u"belongs to another postmortem"), qPrintable(result.error()));
    QCOMPARE(PostmortemJson::toCanonicalBytes(*store->loadPostmortem(id)), before);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next());
    QCOMPARE(q.value(0).toInt(), auditBefore);
    // The failed import did not advance the Lamport clock either.
    ChangeSet edit;
    edit.fieldChanges.append({id, Field::Title, QStringLiteral("Next")});
    QVERIFY(store->commit(edit));
    QVERIFY(store->loadPostmortem(id)->root.revision.counter < 999999);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "test_roundtrip.moc"
