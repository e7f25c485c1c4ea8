#include "TestSupport.h"
#include "model/Fields.h"
#include "store/SearchIndex.h"
#include "timeline/TimelineEvent.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace causeway;

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsSchemaWithPragmas();
    void createListLoad();
    void trashAndRestore();
    void duplicateCopiesChildren();
    void resolvesIdPrefixes();
    void fullTextSearch();
    void unrankedSearchFindsTheSame();
    void indexRowsAreNumberedByPostmortem();
    void staleIndexIsRebuiltOnOpen();
    void refusesNonSqliteFile();
    void refusesOtherSqliteDatabase();
    void refusesNewerSchema();
    void refusesUnwritableFolder();
    void secondExclusiveOpenIsReadOnly();
    void fullDiskWritesNothing();
    void lamportClockAdvances();
};

void TestStore::createsSchemaWithPragmas() {
    auto store = test::newStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
}

void TestStore::createListLoad() {
    auto store = test::newStore();
    QSignalSpy changed(store.get(), &Store::postmortemChanged);
    const auto id = store->createPostmortem(
        QStringLiteral("standard"),
        {{Field::Title, QStringLiteral("Checkout latency")},
         {Field::Severity, QStringLiteral("SEV2")},
         {Field::Tags, QJsonArray{QStringLiteral("payments"), QStringLiteral("db")}},
         {Field::IncidentStart, QStringLiteral("2026-03-02T14:05:00.000Z")}});
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), id.value());

    const auto list = store->listPostmortems();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().title, QStringLiteral("Checkout latency"));
    QCOMPARE(list.first().status, QStringLiteral("draft"));
    QCOMPARE(list.first().severity, QStringLiteral("SEV2"));
    QCOMPARE(list.first().tags, QStringList({QStringLiteral("payments"), QStringLiteral("db")}));
    QCOMPARE(list.first().incidentStart, QDateTime(QDate(2026, 3, 2), QTime(14, 5), Qt::UTC));

    const auto pm = store->loadPostmortem(id.value());
    QVERIFY(pm);
    QCOMPARE(pm->title(), QStringLiteral("Checkout latency"));
    QCOMPARE(pm->templateId(), QStringLiteral("standard"));
    QCOMPARE(pm->root.text(Field::Confidentiality), QStringLiteral("internal"));
    QCOMPARE(pm->root.revision.device, QStringLiteral("testdevice"));
    QVERIFY(pm->root.revision.counter > 0);
    QVERIFY(!store->loadPostmortem(QStringLiteral("00000000-0000-0000-0000-000000000000")));
}

void TestStore::trashAndRestore() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")}})
            .value();
    QVERIFY(store->setDeleted(id, true));
    QCOMPARE(store->countPostmortems(ListScope::Active), 0);
    QCOMPARE(store->countPostmortems(ListScope::Trash), 1);
    QVERIFY(store->summary(id)->deleted);
    QCOMPARE(store->summary(id)->title, QStringLiteral("A"));
    QVERIFY(!store->summary(QStringLiteral("no-such-id")));
    QVERIFY(store->loadPostmortem(id)->root.deleted);
    QVERIFY(store->setDeleted(id, false));
    QCOMPARE(store->countPostmortems(ListScope::Active), 1);
    QVERIFY(!store->setDeleted(QStringLiteral("no-such-id"), true));
}

void TestStore::duplicateCopiesChildren() {
    auto store = test::newStore();
    const QString id =
        store
            ->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")},
                                                            {Field::Summary, QStringLiteral("S")}})
            .value();
    ChangeSet add;
    add.creates.append(
        {newRecordId(), Kind::Participant, id, {{Field::Name, QStringLiteral("Ana")}}});
    QVERIFY(store->commit(add));
    const auto copy = store->duplicatePostmortem(id, QStringLiteral("Copy of A"));
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    const auto pm = store->loadPostmortem(copy.value());
    QCOMPARE(pm->title(), QStringLiteral("Copy of A"));
    QCOMPARE(pm->root.text(Field::Summary), QStringLiteral("S"));
    QCOMPARE(pm->childrenOfKind(Kind::Participant).size(), 1);
    QCOMPARE(pm->childrenOfKind(Kind::Participant).first().text(Field::Name),
             QStringLiteral("Ana"));
    QVERIFY(pm->childrenOfKind(Kind::Participant).first().id != add.creates.first().id);
    QCOMPARE(store->countPostmortems(), 2);
}

void TestStore::resolvesIdPrefixes() {
    auto store = test::newStore();
    const QString a =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")}})
            .value();
    QCOMPARE(store->resolveId(a).value(), a);
    QCOMPARE(store->resolveId(a.left(8).toUpper()).value(), a);
    QVERIFY(!store->resolveId(QStringLiteral("zz")).ok());
    QVERIFY(store->resolveId(QStringLiteral("ffffffff-ffff")).error().contains(u"no postmortem"));
    // With two postmortems, the empty-ish common prefix "" is not allowed and a one-character
    // prefix may be ambiguous; a full id never is.
    const QString b =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("B")}})
            .value();
    int common = 0;
    while (common < a.size() && a.at(common) == b.at(common))
        ++common;
    if (common > 0)
        QVERIFY(store->resolveId(a.left(common)).error().contains(u"more than one"));
    QCOMPARE(store->resolveId(b).value(), b);
}

void TestStore::fullTextSearch() {
    auto store = test::newStore();
    const QString a = store
                          ->createPostmortem(QStringLiteral("standard"),
                                             {{Field::Title, QStringLiteral("Database failover")},
                                              {Field::Summary, QStringLiteral("Replica lag grew")}})
                          .value();
    const QString b = store
                          ->createPostmortem(QStringLiteral("standard"),
                                             {{Field::Title, QStringLiteral("Certificate expiry")},
                                              {Field::Summary, QStringLiteral("TLS handshakes "
                                                                              "failed; database "
                                                                              "fine")}})
                          .value();
    QCOMPARE(store->search(QStringLiteral("certif")).value(), QStringList{b});
    // Title matches rank above body matches.
    QCOMPARE(store->search(QStringLiteral("database")).value(), QStringList({a, b}));
    QCOMPARE(store->search(QStringLiteral("replica lag")).value(), QStringList{a});
    QVERIFY(store->search(QStringLiteral("\"unbalanced AND OR (")).ok());
    QVERIFY(store->search(QStringLiteral("nothing-like-this")).value().isEmpty());

    // The index follows edits and deletions.
    ChangeSet edit;
    edit.fieldChanges.append({a, Field::Summary, QStringLiteral("Überlast im Netz")});
    QVERIFY(store->commit(edit));
    QCOMPARE(store->search(QStringLiteral("uberlast")).value(), QStringList{a});
    QVERIFY(store->search(QStringLiteral("replica")).value().isEmpty());
    QVERIFY(store->setDeleted(a, true));
    QVERIFY(store->search(QStringLiteral("uberlast")).value().isEmpty());
    QCOMPARE(store->search(QStringLiteral("uberlast"), ListScope::Trash).value(), QStringList{a});
}

namespace {

// Two postmortems with timeline events, for the search tests.
QStringList makeSearchable(Store& store) {
    QStringList ids;
    for (const char* title : {"Database failover", "Certificate expiry"}) {
        const QString id = store
                               .createPostmortem(QStringLiteral("standard"),
                                                 {{Field::Title, QString::fromLatin1(title)}})
                               .value();
        QList<TimelineEvent> events;
        for (int i = 0; i < 30; ++i) {
            TimelineEvent e;
            e.time = QDateTime(QDate(2026, 3, 2), QTime(12, i), Qt::UTC);
            e.source = QStringLiteral("log");
            e.description =
                QStringLiteral("%1 step %2: replica paged").arg(QLatin1String(title)).arg(i);
            events.append(e);
        }
        const auto imported = store.importEvents(id, events, QStringLiteral("test"));
        if (!imported || imported->added != 30)
            return {};
        ids.append(id);
    }
    return ids;
}

// Index rows whose rowid does not carry their postmortem's rowid in its high half.
int misnumberedIndexRows(Store& store) {
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM search_index s JOIN records r ON r.id = "
                               "s.record_id JOIN records p ON p.id = s.postmortem_id WHERE "
                               "s.rowid != ((p.rowid << 32) | r.rowid)")) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

int indexRows(Store& store) {
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM search_index")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

void TestStore::unrankedSearchFindsTheSame() {
    auto store = test::newStore();
    const QStringList ids = makeSearchable(*store);
    QCOMPARE(ids.size(), 2);
    const auto unranked = [&store](const QString& query, ListScope scope = ListScope::Active) {
        QStringList found = store->search(query, scope, Store::SearchOrder::Unranked).value();
        found.sort();
        return found;
    };
    const auto ranked = [&store](const QString& query, ListScope scope = ListScope::Active) {
        QStringList found = store->search(query, scope).value();
        found.sort();
        return found;
    };
    for (const QString& query :
         {QStringLiteral("replica"), QStringLiteral("cert"), QStringLiteral("failover step"),
          QStringLiteral("nothing"), QStringLiteral("paged 17")}) {
        QCOMPARE(unranked(query), ranked(query));
    }
    QCOMPARE(unranked(QStringLiteral("replica")).size(), 2);
    QCOMPARE(unranked(QStringLiteral("expiry step")), QStringList{ids.at(1)});
    // The scope is the postmortem's, whichever record matched.
    QVERIFY(store->setDeleted(ids.at(0), true));
    QCOMPARE(unranked(QStringLiteral("replica")), QStringList{ids.at(1)});
    QCOMPARE(unranked(QStringLiteral("replica"), ListScope::Trash), QStringList{ids.at(0)});
    QCOMPARE(unranked(QStringLiteral("replica"), ListScope::All).size(), 2);
}

void TestStore::indexRowsAreNumberedByPostmortem() {
    auto store = test::newStore();
    const QStringList ids = makeSearchable(*store);
    QCOMPARE(ids.size(), 2);
    ChangeSet edit;
    edit.fieldChanges.append({ids.at(1), Field::Summary, QStringLiteral("Renewal missed")});
    QVERIFY(store->commit(edit));
    QCOMPARE(indexRows(*store), 2 + 60);
    QCOMPARE(misnumberedIndexRows(*store), 0);
    QCOMPARE(SearchIndex::postmortemRowidOf(SearchIndex::rowidOf(7, 12345).value()), qint64(7));
    QVERIFY(!SearchIndex::rowidOf(qint64(1) << 31, 1).ok());
    QVERIFY(!SearchIndex::rowidOf(1, qint64(1) << 32).ok());
}

void TestStore::staleIndexIsRebuiltOnOpen() {
    // A database indexed the way schema 5 did (rowids equal to the records' own) is
    // renumbered when it is next opened, as the migration to schema 6 asks.
    const QString path = test::tempPath(QStringLiteral("reindex.db"));
    QStringList ids;
    {
        auto store = test::openStore(path);
        ids = makeSearchable(*store);
        QCOMPARE(ids.size(), 2);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM search_index")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO search_index(rowid, record_id, postmortem_id, title, body) SELECT "
            "rowid, id, root_id, '', json_extract(fields, '$.description') FROM records WHERE "
            "kind = 'event'")));
        QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES "
                                      "('reindex', '1')")));
    }
    auto store = test::openStore(path);
    QCOMPARE(misnumberedIndexRows(*store), 0);
    QCOMPARE(indexRows(*store), 62);
    QCOMPARE(
        store
            ->search(QStringLiteral("certificate"), ListScope::Active, Store::SearchOrder::Unranked)
            .value(),
        QStringList{ids.at(1)});
}

void TestStore::refusesNonSqliteFile() {
    const QString path = test::tempPath(QStringLiteral("notes.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are meeting notes, not a database.\n");
    f.close();
    const QByteArray before = test::fileSha256(path);
    const auto opened = Store::open(path, test::testOpenOptions());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"not an SQLite file"), qPrintable(opened.error()));
    QCOMPARE(test::fileSha256(path), before);
}

void TestStore::refusesOtherSqliteDatabase() {
    const QString path = test::tempPath(QStringLiteral("other.db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs(id INTEGER)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = test::fileSha256(path);
    const auto opened = Store::open(path, test::testOpenOptions());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"another program"), qPrintable(opened.error()));
    QCOMPARE(test::fileSha256(path), before);
}

void TestStore::refusesNewerSchema() {
    const QString path = test::tempPath(QStringLiteral("newer.db"));
    {
        auto store = test::openStore(path);
        QVERIFY(store);
        QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray before = test::fileSha256(path);
    const auto opened = Store::open(path, test::testOpenOptions());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"newer version of Causeway"), qPrintable(opened.error()));
    QVERIFY(opened.error().contains(u"999"));
    QCOMPARE(test::fileSha256(path), before);
}

void TestStore::refusesUnwritableFolder() {
    // Tests may run as root, who can write anywhere; a folder below a regular file cannot
    // be created by anyone.
    const QString file = test::tempPath(QStringLiteral("plainfile"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const auto opened =
        Store::open(file + QStringLiteral("/sub/causeway.db"), test::testOpenOptions());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"folder"), qPrintable(opened.error()));
}

void TestStore::secondExclusiveOpenIsReadOnly() {
    const QString path = test::tempPath(QStringLiteral("shared.db"));
    OpenOptions options = test::testOpenOptions();
    options.exclusive = true;
    auto first = test::openStore(path, options);
    QVERIFY(first);
    QVERIFY(!first->isReadOnly());
    auto second = test::openStore(path, options);
    QVERIFY(second);
    QVERIFY(second->isReadOnly());
    QVERIFY2(second->readOnlyReason().contains(u"another Causeway window"),
             qPrintable(second->readOnlyReason()));
    const auto refused =
        second->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("x")}});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(u"read-only"));
    first.reset();
    auto third = test::openStore(path, options);
    QVERIFY(!third->isReadOnly());
}

void TestStore::fullDiskWritesNothing() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")}})
            .value();
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    // The database may not grow: a large edit runs out of space like on a full disk.
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next());
    const int auditBefore = q.value(0).toInt();
    q.finish();
    ChangeSet big;
    big.fieldChanges.append({id, Field::Summary, QString(200000, u'x')});
    big.fieldChanges.append({id, Field::Title, QStringLiteral("B")});
    const Status s = store->commit(big);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"full"), qPrintable(s.error()));
    QCOMPARE(store->loadPostmortem(id)->title(), QStringLiteral("A"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next());
    QCOMPARE(q.value(0).toInt(), auditBefore);
    QVERIFY(store->verify().ok);
}

void TestStore::lamportClockAdvances() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")}})
            .value();
    const qint64 first = store->loadPostmortem(id)->root.revision.counter;
    ChangeSet edit;
    edit.fieldChanges.append({id, Field::Title, QStringLiteral("B")});
    QVERIFY(store->commit(edit));
    const auto pm = store->loadPostmortem(id);
    QVERIFY(pm->root.revision.counter > first);
    QCOMPARE(pm->root.fields.value(Field::Title).revision, pm->root.revision);
    QVERIFY(pm->root.fields.value(Field::Status).revision.counter == first);
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
