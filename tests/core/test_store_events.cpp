#include "TestSupport.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "store/AuditLog.h"
#include "store/EventBulkInsert.h"
#include "store/WriteTransaction.h"
#include "timeline/TimelineEvent.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace causeway;

// The bulk path of timeline imports: what it writes must be exactly what the generic
// record path would write, audited, searchable and all or nothing.
class TestStoreEvents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldsJsonIsCanonical_data();
    void fieldsJsonIsCanonical();
    void auditHashIsCanonicalJsonOfTheEntry();
    void auditHashOfALargeValue();
    void importIsAuditedAndVerifies();
    void reimportAddsNothing();
    void cancelledImportChangesNothing();
    void failedImportChangesNothing();
    void verifyCatchesTamperedImportedEvent();
    void importedEventsAreSearchableAndEditable();

private:
    static QList<TimelineEvent> events(int n, const QString& prefix = QStringLiteral("line"));
    static qint64 count(Store& store, const QString& sql);
};

QList<TimelineEvent> TestStoreEvents::events(int n, const QString& prefix) {
    QList<TimelineEvent> list;
    const QDateTime start(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        timeline::ImportedEvent imported;
        imported.time = start.addSecs(i);
        imported.text = prefix + QStringLiteral(" %1 \"quoted\" \\ tab\t").arg(i);
        imported.kind = QStringLiteral("observation");
        imported.source = QStringLiteral("log");
        list.append(TimelineEvent::fromImported(imported));
    }
    return list;
}

qint64 TestStoreEvents::count(Store& store, const QString& sql) {
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestStoreEvents::fieldsJsonIsCanonical_data() {
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("span");
    QTest::addColumn<bool>("key");
    QTest::newRow("plain") << QString() << QStringLiteral("paged the on-call") << QStringList()
                           << false << false;
    QTest::newRow("everything") << QStringLiteral("SRE on-call")
                                << QStringLiteral("line\nbreak \"q\" \\ \x01 ünï €")
                                << QStringList{QStringLiteral("db"), QStringLiteral("ça")} << true
                                << true;
    QTest::newRow("empty text") << QString() << QString() << QStringList() << true << false;
}

void TestStoreEvents::fieldsJsonIsCanonical() {
    QFETCH(QString, actor);
    QFETCH(QString, description);
    QFETCH(QStringList, tags);
    QFETCH(bool, span);
    QFETCH(bool, key);
    TimelineEvent e;
    e.time = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 7), Qt::UTC);
    if (span)
        e.end = e.time.addMSecs(90061001);
    e.actor = actor;
    e.description = description;
    e.tags = tags;
    e.keyEvent = key;
    e.evidence = span ? QStringList{QStringLiteral("a-b")} : QStringList();
    e.importKey = QStringLiteral("k");
    QJsonObject object;
    const QMap<QString, QJsonValue> fields = e.toFields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), it.value());
    QCOMPARE(EventBulkInsert::fieldsJson(e), canonicalJson(object));
}

// SHA-256 of the canonical JSON of the entry built as an object, the slow and plain way.
QByteArray expectedHash(const AuditEntry& e) {
    const QJsonObject o{
        {QStringLiteral("seq"), e.seq},
        {QStringLiteral("at"), canonicalTime(e.at)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("osUser"), e.osUser},
        {QStringLiteral("device"), e.device},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("context"), e.context},
        {QStringLiteral("record"), e.recordId},
        {QStringLiteral("kind"), e.recordKind},
        {QStringLiteral("field"), e.field},
        {QStringLiteral("old"), e.oldValue},
        {QStringLiteral("new"), e.newValue},
        {QStringLiteral("prev"), QString::fromLatin1(e.prevHash)},
    };
    return QCryptographicHash::hash(canonicalJson(o), QCryptographicHash::Sha256).toHex();
}

// An entry of the first of the chain, by the given actor, made on a laptop.
AuditEntry firstEntry(qint64 seq, const QString& actor) {
    AuditEntry e;
    e.seq = seq;
    e.at = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 30, 120), Qt::UTC);
    e.actor = actor;
    e.osUser = QStringLiteral("zoe");
    e.device = QStringLiteral("laptop");
    e.prevHash = AuditLog::genesisHash();
    return e;
}

void TestStoreEvents::auditHashIsCanonicalJsonOfTheEntry() {
    AuditEntry e = firstEntry(42, QStringLiteral("Zoë \"Z\""));
    e.action = QStringLiteral("set");
    e.context = QStringLiteral("edit");
    e.recordId = QStringLiteral("r1");
    e.recordKind = QStringLiteral("event");
    e.field = QStringLiteral("description");
    e.oldValue = QStringLiteral("\"a\\nb\"");
    e.newValue = QStringLiteral("\"tab\\t\"");
    QCOMPARE(AuditLog::computeHash(e), expectedHash(e));
}

void TestStoreEvents::auditHashOfALargeValue() {
    // An import's entry is hashed in slices: escapes and multi-byte characters land on every
    // slice boundary somewhere in a value of a few hundred kilobytes.
    AuditEntry e = firstEntry(7, QStringLiteral("Zoë"));
    e.action = QStringLiteral("create-many");
    e.context = QStringLiteral("import");
    e.recordId = QStringLiteral("pm");
    e.recordKind = QStringLiteral("postmortem");
    const QString piece = QStringLiteral("{\"d\":\"a\\\\b\nü\u0001€\"},");
    for (int i = 0; i < 20000; ++i)
        e.newValue += piece;
    const QByteArray expected = expectedHash(e);
    QCOMPARE(AuditLog::computeHash(e), expected);
    const QByteArray utf8 = e.newValue.toUtf8();
    e.newValue.clear();
    QCOMPARE(AuditLog::computeHash(e, utf8), expected);
}

void TestStoreEvents::importIsAuditedAndVerifies() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("T")}})
            .value();
    const qint64 auditBefore = count(*store, QStringLiteral("SELECT count(*) FROM audit"));
    const auto summary = store->importEvents(id, events(500), QStringLiteral("import jsonl x"));
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->added, 500);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM records WHERE kind = 'event'")),
             500);
    // One audit entry for the whole import, naming what it did.
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM audit")), auditBefore + 1);
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT action, context, json_extract(new_value, '$.count') FROM audit ORDER BY seq DESC "
        "LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("create-many"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("import jsonl x"));
    QCOMPARE(q.value(2).toInt(), 500);
    const VerifyReport report = store->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));

    // What the bulk path stored reads back as the events that went in.
    const auto pm = store->loadPostmortem(id);
    QVERIFY(pm);
    const QList<Record> children = pm->childrenOfKind(Kind::Event);
    QCOMPARE(children.size(), 500);
    QSet<QString> texts;
    for (const Record& r : children) {
        const TimelineEvent e = TimelineEvent::fromRecord(r);
        QVERIFY(e.time.isValid());
        QCOMPARE(e.source, QStringLiteral("log"));
        QVERIFY(!e.importKey.isEmpty());
        QCOMPARE(r.revision, r.fields.value(EventField::Time).revision);
        texts.insert(e.description);
    }
    QVERIFY(texts.contains(events(500).at(7).description));
}

void TestStoreEvents::reimportAddsNothing() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("T")}})
            .value();
    QCOMPARE(store->importEvents(id, events(50), QStringLiteral("a"))->added, 50);
    const qint64 audit = count(*store, QStringLiteral("SELECT count(*) FROM audit"));
    QList<TimelineEvent> again = events(60);
    again.append(again.first()); // a duplicate inside the batch too
    const auto summary = store->importEvents(id, again, QStringLiteral("b"));
    QCOMPARE(summary->added, 10);
    QCOMPARE(summary->duplicates, 51);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM audit")), audit + 1);
    QCOMPARE(store->importEvents(id, events(60), QStringLiteral("c"))->added, 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM audit")), audit + 1);
    QVERIFY(store->verify().ok);
}

void TestStoreEvents::cancelledImportChangesNothing() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("T")}})
            .value();
    const qint64 audit = count(*store, QStringLiteral("SELECT count(*) FROM audit"));
    int calls = 0;
    const auto summary = store->importEvents(id, events(3000), QStringLiteral("x"),
                                             [&calls](int) { return ++calls < 3; });
    QVERIFY(summary);
    QVERIFY(summary->cancelled);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM records WHERE kind = 'event'")), 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM search_index")), 1);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM audit")), audit);
}

void TestStoreEvents::failedImportChangesNothing() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("T")}})
            .value();
    QList<TimelineEvent> list = events(100);
    list[70].id = list[3].id = newRecordId(); // the second insert violates the primary key
    const auto summary = store->importEvents(id, list, QStringLiteral("x"));
    QVERIFY(!summary);
    QVERIFY2(summary.error().contains(u"event 71"), qPrintable(summary.error()));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM records WHERE kind = 'event'")), 0);
    QVERIFY(store->verify().ok);
    // The store is usable afterwards: the failed transaction was rolled back, not left open.
    QCOMPARE(store->importEvents(id, events(5), QStringLiteral("y"))->added, 5);
}

void TestStoreEvents::verifyCatchesTamperedImportedEvent() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("T")}})
            .value();
    QVERIFY(store->importEvents(id, events(20), QStringLiteral("x")));
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE records SET fields = json_set(fields, '$.description', "
                                  "'nothing happened') WHERE rowid = (SELECT max(rowid) FROM "
                                  "records WHERE kind = 'event')")));
    const VerifyReport report = store->verify();
    QVERIFY(!report.ok);
    QVERIFY2(report.problems.join(u'\n').contains(u"field \"description\""),
             qPrintable(report.problems.join(u'\n')));
}

void TestStoreEvents::importedEventsAreSearchableAndEditable() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("T")}})
            .value();
    QVERIFY(store->importEvents(id, events(30, QStringLiteral("checkout-latency")),
                                QStringLiteral("x")));
    QCOMPARE(store->search(QStringLiteral("checkout latency")).value(), QStringList{id});
    // A later edit of an imported event goes through the generic path and still verifies.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM records WHERE kind = 'event' LIMIT 1")));
    QVERIFY(q.next());
    const QString eventId = q.value(0).toString();
    ChangeSet edit;
    edit.fieldChanges.append({eventId, EventField::Description, QStringLiteral("rewritten")});
    QVERIFY(store->commit(edit));
    QVERIFY2(store->verify().ok, qPrintable(store->verify().problems.join(u'\n')));
    QCOMPARE(store->search(QStringLiteral("rewritten")).value(), QStringList{id});
}

QTEST_GUILESS_MAIN(TestStoreEvents)
#include "test_store_events.moc"
