#include "TestSupport.h"
#include "model/Fields.h"
#include "store/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace causeway;

class TestAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyMutationIsAudited();
    void noOpEditsAreNotAudited();
    void triggersRefuseUpdateAndDelete();
    void verifyCatchesTamperedAuditRow();
    void verifyCatchesRemovedAuditRow();
    void verifyCatchesTamperedContent();
    void verifyCatchesInsertedRecord();

private:
    QString seed(Store& store);
};

QString TestAudit::seed(Store& store) {
    const QString id = store
                           .createPostmortem(QStringLiteral("standard"),
                                             {{Field::Title, QStringLiteral("Queue backlog")}})
                           .value();
    ChangeSet edit;
    edit.fieldChanges.append({id, Field::Summary, QStringLiteral("Consumers stalled.")});
    edit.creates.append(
        {newRecordId(), Kind::Participant, id, {{Field::Name, QStringLiteral("Ana")}}});
    Status s = store.commit(edit);
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return id;
}

void TestAudit::everyMutationIsAudited() {
    auto store = test::newStore();
    const QString id = seed(*store);
    QVERIFY(store->setDeleted(id, true));
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT action, context, record_id, field, old_value, new_value, "
                                  "actor, os_user, device FROM audit ORDER BY seq")));
    QStringList actions;
    bool sawSummary = false;
    while (q.next()) {
        actions.append(q.value(0).toString());
        QCOMPARE(q.value(6).toString(), QStringLiteral("Test Analyst"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("tester"));
        QCOMPARE(q.value(8).toString(), QStringLiteral("testdevice"));
        if (q.value(3).toString() == Field::Summary) {
            sawSummary = true;
            QCOMPARE(q.value(4).toString(), QString());
            QCOMPARE(q.value(5).toString(), QStringLiteral("\"Consumers stalled.\""));
        }
    }
    QVERIFY(sawSummary);
    QCOMPARE(actions.first(), QStringLiteral("create"));
    QCOMPARE(actions.last(), QStringLiteral("delete"));
    QCOMPARE(actions.count(QStringLiteral("create")), 2);
    const VerifyReport report = store->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.entries, actions.size());
}

void TestAudit::noOpEditsAreNotAudited() {
    auto store = test::newStore();
    const QString id = seed(*store);
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next());
    const int before = q.value(0).toInt();
    ChangeSet same;
    same.fieldChanges.append({id, Field::Title, QStringLiteral("Queue backlog")});
    QVERIFY(store->commit(same));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next());
    QCOMPARE(q.value(0).toInt(), before);
}

void TestAudit::triggersRefuseUpdateAndDelete() {
    auto store = test::newStore();
    seed(*store);
    QSqlQuery q(store->database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET actor = 'someone else' WHERE seq = 1")));
    QVERIFY2(q.lastError().text().contains(u"append-only"), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit WHERE seq = 1")));
    QVERIFY(q.lastError().text().contains(u"append-only"));
    QVERIFY(store->verify().ok);
}

void TestAudit::verifyCatchesTamperedAuditRow() {
    auto store = test::newStore();
    seed(*store);
    QVERIFY(store->verify().ok);
    // Someone with raw access drops the trigger and rewrites who made entry 3.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
    QVERIFY(q.exec(QStringLiteral("UPDATE audit SET actor = 'Someone Else' WHERE seq = 3")));
    const VerifyReport report = store->verify();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadSeq, 3);
    QVERIFY2(report.problems.first().contains(u"entry 3 was altered"),
             qPrintable(report.problems.join(u'\n')));
}

void TestAudit::verifyCatchesRemovedAuditRow() {
    auto store = test::newStore();
    seed(*store);
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit WHERE seq = 2")));
    const VerifyReport report = store->verify();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadSeq, 2);
    QVERIFY2(report.problems.first().contains(u"entry 2 is missing"),
             qPrintable(report.problems.join(u'\n')));
}

void TestAudit::verifyCatchesTamperedContent() {
    auto store = test::newStore();
    const QString id = seed(*store);
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral(
        "UPDATE records SET fields = json_set(fields, '$.summary', 'All fine') WHERE id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    const VerifyReport report = store->verify();
    QVERIFY(!report.ok);
    QVERIFY(report.firstBadSeq > 0);
    QVERIFY2(report.problems.join(u'\n').contains(u"field \"summary\" of record " + id),
             qPrintable(report.problems.join(u'\n')));
}

void TestAudit::verifyCatchesInsertedRecord() {
    auto store = test::newStore();
    seed(*store);
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO records(id, kind, root_id, created_utc, modified_utc, rev_counter, "
        "rev_device) VALUES ('11111111-1111-1111-1111-111111111111', 'postmortem', "
        "'11111111-1111-1111-1111-111111111111', '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z', 1, 'x')")));
    const VerifyReport report = store->verify();
    QVERIFY(!report.ok);
    QVERIFY(report.problems.join(u'\n').contains(u"no creation entry"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
