#include "CliTestSupport.h"
#include "ReviewFixture.h"
#include "TestSupport.h"

#include "model/Fields.h"
#include "report/Confidentiality.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QTest>

using namespace causeway;

// `causeway-cli mark`: field and record markings go through Store::commit (audited), "none"
// removes them, bad input exits 2 and a locked postmortem refuses the edit with exit 1.
class TestCliMark : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void marksFieldsAndRecords();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void lockedPostmortemRefuses();
    void helpDescribesTheCommand();
};

namespace {

struct Fixture {
    QString db;
    QString id;
    QString event;
    QString review; // a record that carries no marking
};

Fixture makeFixture(const QString& name) {
    Fixture f;
    f.db = test::tempPath(name);
    auto store = test::openStore(f.db);
    f.id = test::completePostmortem(*store);
    f.event = newRecordId();
    ChangeSet more;
    more.creates.append({f.event,
                         Kind::Event,
                         f.id,
                         {{EventField::Time, QStringLiteral("2026-03-02T09:50:00.000Z")},
                          {EventField::Description, QStringLiteral("Pager fired")}}});
    if (!store->commit(more))
        return {};
    return f;
}

CliRun mark(const Fixture& f, const QStringList& args) {
    return runCli(QStringList{QStringLiteral("--db"), f.db, QStringLiteral("mark")} + args);
}

} // namespace

void TestCliMark::marksFieldsAndRecords() {
    const Fixture f = makeFixture(QStringLiteral("mark.db"));
    QVERIFY(!f.id.isEmpty());
    CliRun r = mark(f, {f.id.left(8), QStringLiteral("--field"), Field::Impact,
                        QStringLiteral("confidential")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QStringLiteral("field impact: confidential\n"));
    r = mark(f, {f.id, QStringLiteral("--field"), Field::ImpactDurationMinutes,
                 QStringLiteral("internal")});
    QCOMPARE(r.exitCode, 0);
    r = mark(f, {f.id, QStringLiteral("--record"), f.event.left(6), QStringLiteral("restricted")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QStringLiteral("event ") + f.event + QStringLiteral(": restricted\n"));
    {
        auto store = test::openStore(f.db);
        const auto pm = store->loadPostmortem(f.id);
        QCOMPARE(pm->root.value(ConfidentialityField::FieldMarkings).toArray(),
                 (QJsonArray{QStringLiteral("impact:confidential"),
                             QStringLiteral("impact_duration_minutes:internal")}));
        QCOMPARE(recordConfidentiality(*pm->findRecord(f.event)), QStringLiteral("restricted"));
    }
    r = mark(f, {f.id, QStringLiteral("--field"), Field::Impact, QStringLiteral("none")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QStringLiteral("field impact: none\n"));
    r = mark(f, {f.id, QStringLiteral("--record"), f.event, QStringLiteral("none")});
    QCOMPARE(r.exitCode, 0);
    auto store = test::openStore(f.db);
    const auto pm = store->loadPostmortem(f.id);
    QCOMPARE(fieldConfidentiality(pm->root),
             (QMap<QString, QString>{{Field::ImpactDurationMinutes, QStringLiteral("internal")}}));
    QVERIFY(recordConfidentiality(*pm->findRecord(f.event)).isEmpty());
    QVERIFY(store->verify().ok); // every marking is an audited edit
}

void TestCliMark::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("args"); // after ID; "EVENT" and "REVIEW" stand for ids
    QTest::addColumn<QString>("message");
    QTest::newRow("neither") << QStringList{QStringLiteral("internal")}
                             << QStringLiteral("give either --field KEY or --record RECORD_ID");
    QTest::newRow("both") << QStringList{QStringLiteral("--field"), QStringLiteral("impact"),
                                         QStringLiteral("--record"), QStringLiteral("EVENT"),
                                         QStringLiteral("internal")}
                          << QStringLiteral("give either");
    QTest::newRow("bad level") << QStringList{QStringLiteral("--field"), QStringLiteral("impact"),
                                              QStringLiteral("secret")}
                               << QStringLiteral("LEVEL: expected public, internal, "
                                                 "confidential, restricted or none");
    QTest::newRow("unknown field")
        << QStringList{QStringLiteral("--field"), QStringLiteral("no_such_field"),
                       QStringLiteral("internal")}
        << QStringLiteral("the postmortem has no field \"no_such_field\"");
    QTest::newRow("document marking")
        << QStringList{QStringLiteral("--field"), QStringLiteral("confidentiality"),
                       QStringLiteral("internal")}
        << QStringLiteral("labels the document");
    QTest::newRow("unknown record")
        << QStringList{QStringLiteral("--record"), QStringLiteral("ffffffff"),
                       QStringLiteral("internal")}
        << QStringLiteral("no record of this postmortem");
    QTest::newRow("review record")
        << QStringList{QStringLiteral("--record"), QStringLiteral("REVIEW"),
                       QStringLiteral("internal")}
        << QStringLiteral("a review record has no marking");
    QTest::newRow("missing level")
        << QStringList{QStringLiteral("--field"), QStringLiteral("impact")} << QString();
}

void TestCliMark::usageErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    static const Fixture f = [] {
        Fixture made = makeFixture(QStringLiteral("usage.db"));
        auto store = test::openStore(made.db);
        made.review = newRecordId();
        ChangeSet review;
        review.creates.append(
            {made.review, Kind::Review, made.id, {{ReviewField::By, QStringLiteral("Kim")}}});
        if (!store->commit(review))
            made.review.clear();
        return made;
    }();
    QVERIFY(!f.review.isEmpty());
    args.replaceInStrings(QStringLiteral("EVENT"), f.event);
    args.replaceInStrings(QStringLiteral("REVIEW"), f.review);
    const CliRun r = mark(f, QStringList{f.id} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
    auto store = test::openStore(f.db);
    const auto pm = store->loadPostmortem(f.id);
    QVERIFY(!pm->root.fields.contains(ConfidentialityField::FieldMarkings));
    QVERIFY(recordConfidentiality(*pm->findRecord(f.event)).isEmpty());
}

void TestCliMark::lockedPostmortemRefuses() {
    const Fixture f = makeFixture(QStringLiteral("locked.db"));
    {
        auto store = test::openStore(f.db);
        QVERIFY(Workflow::apply(*store, f.id, {Transition::Submit, QString()}));
        QVERIFY(Workflow::apply(*store, f.id, {Transition::Approve, QStringLiteral("Checked")}));
    }
    CliRun r =
        mark(f, {f.id, QStringLiteral("--field"), Field::Impact, QStringLiteral("restricted")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("read-only; reopen it")), qPrintable(r.errText()));
    r = mark(f, {f.id, QStringLiteral("--record"), f.event, QStringLiteral("restricted")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("read-only")), qPrintable(r.errText()));
    auto store = test::openStore(f.db);
    const auto pm = store->loadPostmortem(f.id);
    QVERIFY(!pm->root.fields.contains(ConfidentialityField::FieldMarkings));
    QVERIFY(recordConfidentiality(*pm->findRecord(f.event)).isEmpty());
}

void TestCliMark::helpDescribesTheCommand() {
    const CliRun r = runCli({QStringLiteral("help"), QStringLiteral("mark")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(
        QStringLiteral("mark ID (--field KEY | --record RECORD_ID) LEVEL|none")));
    const CliRun general = runCli({QStringLiteral("--help")});
    QVERIFY(general.outText().contains(QStringLiteral("  mark ")));
}

QTEST_GUILESS_MAIN(TestCliMark)
#include "test_cli_mark.moc"
