#include "CliTestSupport.h"
#include "TestSupport.h"

#include "causes/Cause.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "store/Store.h"
#include "timeline/Phases.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace causeway;

// `causeway-cli generate`: the counts it writes, the same content for the same seed, varied
// realistic content, audited writes that `verify` accepts, and exit 2 for bad numbers.
class TestCliGenerate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesTheRequestedCounts();
    void sameSeedSameContent();
    void contentIsVaried();
    void secondRunAddsNewIds();
    void badNumbersExitTwo_data();
    void badNumbersExitTwo();
    void helpDescribesIt();
};

namespace {

CliRun generate(const QString& db, const QStringList& args) {
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("generate")} + args);
}

// What the store stamps at write time (when, on which device) is not content: it is left out.
QJsonValue withoutWriteStamps(const QJsonValue& value, const QString& key = QString()) {
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(withoutWriteStamps(v));
        return out;
    }
    if (!value.isObject() || key == u"fields")
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() == u"created" || it.key() == u"modified" || it.key() == u"device")
            continue;
        out.insert(it.key(), withoutWriteStamps(it.value(), it.key()));
    }
    return out;
}

// Every postmortem of the database as canonical JSON without write stamps, by id.
QMap<QString, QByteArray> contentOf(const QString& db) {
    QMap<QString, QByteArray> out;
    auto store = test::openStore(db);
    if (!store)
        return out;
    for (const PostmortemSummary& s : store->listPostmortems()) {
        const auto pm = store->loadPostmortem(s.id);
        if (!pm)
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(PostmortemJson::toCanonicalBytes(*pm));
        out.insert(s.id, QJsonDocument(withoutWriteStamps(doc.object()).toObject())
                             .toJson(QJsonDocument::Compact));
    }
    return out;
}

} // namespace

void TestCliGenerate::writesTheRequestedCounts() {
    const QString db = test::tempPath(QStringLiteral("counts.db"));
    const CliRun r =
        generate(db, {QStringLiteral("--postmortems"), QStringLiteral("7"),
                      QStringLiteral("--events"), QStringLiteral("12"), QStringLiteral("--causes"),
                      QStringLiteral("6"), QStringLiteral("--actions"), QStringLiteral("4"),
                      QStringLiteral("--seed"), QStringLiteral("42")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().startsWith(
                 QStringLiteral("created 7 postmortems with 84 events, 42 causes, 28 actions")),
             qPrintable(r.outText()));
    {
        auto store = test::openStore(db);
        const QList<PostmortemSummary> list = store->listPostmortems();
        QCOMPARE(list.size(), 7);
        for (const PostmortemSummary& s : list) {
            const auto pm = store->loadPostmortem(s.id);
            QVERIFY(pm);
            QCOMPARE(pm->childrenOfKind(QStringLiteral("event")).size(), 12);
            QCOMPARE(pm->childrenOfKind(Kind::Cause).size(), 6);
            QCOMPARE(pm->childrenOfKind(QStringLiteral("action")).size(), 4);
            QVERIFY(!pm->childrenOfKind(Kind::Participant).isEmpty());
        }
    }
    const CliRun verify = runCli({QStringLiteral("--db"), db, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.outText() + verify.errText()));
}

void TestCliGenerate::sameSeedSameContent() {
    const QString a = test::tempPath(QStringLiteral("seed-a.db"));
    const QString b = test::tempPath(QStringLiteral("seed-b.db"));
    const QString c = test::tempPath(QStringLiteral("seed-c.db"));
    const QStringList shape{QStringLiteral("--postmortems"), QStringLiteral("12"),
                            QStringLiteral("--events"), QStringLiteral("8")};
    QCOMPARE(
        generate(a, shape + QStringList{QStringLiteral("--seed"), QStringLiteral("5")}).exitCode,
        0);
    QCOMPARE(
        generate(b, shape + QStringList{QStringLiteral("--seed"), QStringLiteral("5")}).exitCode,
        0);
    QCOMPARE(
        generate(c, shape + QStringList{QStringLiteral("--seed"), QStringLiteral("6")}).exitCode,
        0);
    const QMap<QString, QByteArray> first = contentOf(a);
    const QMap<QString, QByteArray> second = contentOf(b);
    const QMap<QString, QByteArray> other = contentOf(c);
    QCOMPARE(first.size(), 12);
    // The same ids and, id by id, the same canonical JSON.
    QCOMPARE(first.keys(), second.keys());
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        QCOMPARE(it.value(), second.value(it.key()));
    // Another seed: other ids and other content.
    QCOMPARE(other.size(), 12);
    for (const QString& id : other.keys())
        QVERIFY(!first.contains(id));
    QVERIFY(QList<QByteArray>(first.values()) != QList<QByteArray>(other.values()));
}

void TestCliGenerate::contentIsVaried() {
    const QString db = test::tempPath(QStringLiteral("varied.db"));
    QCOMPARE(generate(db, {QStringLiteral("--postmortems"), QStringLiteral("30"),
                           QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
             0);
    auto store = test::openStore(db);
    int nonAscii = 0;
    int multiDay = 0;
    QSet<QString> zones;
    QSet<QString> sources;
    QSet<QString> categories;
    for (const PostmortemSummary& s : store->listPostmortems()) {
        const auto pm = store->loadPostmortem(s.id);
        QVERIFY(pm);
        const Record& root = pm->root;
        const QString title = root.text(Field::Title);
        if (std::any_of(title.cbegin(), title.cend(), [](QChar ch) { return ch.unicode() > 127; }))
            ++nonAscii;
        zones.insert(root.text(Field::TimeZone));
        QVERIFY(root.text(Field::Trigger).size() > 200); // long narrative texts
        // Phase markers in incident order, within the incident.
        QDateTime previous = QDateTime::fromString(root.text(Field::IncidentStart), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(root.text(Field::IncidentEnd), Qt::ISODate);
        if (previous.secsTo(end) > 86400)
            ++multiDay;
        for (const QString& key :
             {QStringLiteral("phase_detected"), QStringLiteral("phase_acknowledged"),
              QStringLiteral("phase_mitigated"), QStringLiteral("phase_impact_end"),
              QStringLiteral("phase_resolved")}) {
            const QDateTime at = QDateTime::fromString(root.text(key), Qt::ISODate);
            QVERIFY2(at.isValid() && at >= previous && at <= end, qPrintable(key));
            previous = at;
        }
        for (const Record& event : pm->childrenOfKind(QStringLiteral("event")))
            sources.insert(event.text(QStringLiteral("source")));
        // A 5-whys tree: every parent is a cause of the same postmortem on the same bone.
        QHash<QString, QString> categoryOf;
        const QList<Record> causes = pm->childrenOfKind(Kind::Cause);
        for (const Record& cause : causes)
            categoryOf.insert(cause.id, cause.text(CauseField::Category));
        for (const Record& cause : causes) {
            categories.insert(cause.text(CauseField::Category));
            const QString parent = cause.text(CauseField::Parent);
            if (!parent.isEmpty()) {
                QVERIFY(categoryOf.contains(parent));
                QCOMPARE(categoryOf.value(parent), cause.text(CauseField::Category));
            }
        }
    }
    QVERIFY2(nonAscii >= 6 && nonAscii <= 15, qPrintable(QString::number(nonAscii)));
    QVERIFY(multiDay >= 1);
    QVERIFY(zones.size() >= 3);
    QVERIFY(sources.size() >= 6);
    QVERIFY(categories.size() >= 3);
}

void TestCliGenerate::secondRunAddsNewIds() {
    const QString db = test::tempPath(QStringLiteral("twice.db"));
    const QStringList args{QStringLiteral("--postmortems"), QStringLiteral("3"),
                           QStringLiteral("--events"), QStringLiteral("2")};
    QCOMPARE(generate(db, args).exitCode, 0);
    QCOMPARE(generate(db, args).exitCode, 0);
    auto store = test::openStore(db);
    QCOMPARE(store->listPostmortems().size(), 6);
}

void TestCliGenerate::badNumbersExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("zero postmortems")
        << QStringList{QStringLiteral("--postmortems"), QStringLiteral("0")}
        << QStringLiteral("--postmortems");
    QTest::newRow("words") << QStringList{QStringLiteral("--events"), QStringLiteral("many")}
                           << QStringLiteral("--events");
    QTest::newRow("negative") << QStringList{QStringLiteral("--causes"), QStringLiteral("-1")}
                              << QStringLiteral("--causes");
    QTest::newRow("fraction") << QStringList{QStringLiteral("--actions"), QStringLiteral("2.5")}
                              << QStringLiteral("--actions");
    QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("abc")}
                          << QStringLiteral("--seed");
}

void TestCliGenerate::badNumbersExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const QString db = test::tempPath(QStringLiteral("bad.db"));
    const CliRun r = generate(db, args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(named + QStringLiteral(": \"")), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(db)); // nothing written, not even an empty database
}

void TestCliGenerate::helpDescribesIt() {
    const CliRun r = runCli({QStringLiteral("help"), QStringLiteral("generate")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QStringLiteral("--postmortems N")));
    QVERIFY(r.outText().contains(QStringLiteral("seed")));
}

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "test_cli_generate.moc"
