#include "CliTestSupport.h"
#include "ReviewFixture.h"
#include "TestSupport.h"

#include "model/Fields.h"
#include "review/ReviewRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace causeway;

// `causeway-cli review`: each step with its exit code (0 done, 1 refused by a guard with the
// reason, 2 usage), and `review status` in text and JSON.
class TestCliReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsAndExitCodes();
    void usageErrors();
    void statusText();
    void statusJsonWithDora();
};

namespace {

CliRun review(const QString& db, const QStringList& args) {
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("review")} + args);
}

} // namespace

void TestCliReview::stepsAndExitCodes() {
    const QString db = test::tempPath(QStringLiteral("steps.db"));
    QString id;
    {
        auto store = test::openStore(db);
        id = test::completePostmortem(*store);
    }
    CliRun r = review(db, {QStringLiteral("approve"), id});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("refused: Cannot approve “Outage”: it is in "
                                                 "state “Draft”")),
             qPrintable(r.errText()));
    r = review(db, {QStringLiteral("submit"), id.left(8)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), id + QStringLiteral(" is now In review\n"));
    QCOMPARE(review(db, {QStringLiteral("approve"), id}).exitCode, 0);
    r = review(db, {QStringLiteral("reopen"), id});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("needs a written reason")),
             qPrintable(r.errText()));
    QCOMPARE(review(db, {QStringLiteral("publish"), id}).exitCode, 0);
    // Published: read-only, so an edit is refused (1), not a usage error.
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("timeline"), QStringLiteral("add"), id,
                QStringLiteral("--at"), QStringLiteral("+5m"), QStringLiteral("--text"),
                QStringLiteral("Late note")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("read-only; reopen it")), qPrintable(r.errText()));
    // Published within its retention period: deleting it is refused (1), not a usage error.
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("delete"), id});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("cannot be deleted before then")),
             qPrintable(r.errText()));
    r = review(db, {QStringLiteral("reopen"), id, QStringLiteral("--reason"),
                    QStringLiteral("A cause was missed")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), id + QStringLiteral(" is now Draft\n"));
    QCOMPARE(review(db, {QStringLiteral("submit"), id}).exitCode, 0);
    QCOMPARE(review(db, {QStringLiteral("return"), id}).exitCode, 0);

    auto store = test::openStore(db);
    const auto pm = store->loadPostmortem(id);
    QCOMPARE(pm->root.text(Field::Status), WorkflowState::Draft);
    QCOMPARE(pm->childrenOfKind(Kind::Review).size(), 6);
    QVERIFY(store->verify().ok);
}

void TestCliReview::usageErrors() {
    const QString db = test::tempPath(QStringLiteral("usage.db"));
    QString id;
    {
        auto store = test::openStore(db);
        id = test::completePostmortem(*store);
    }
    CliRun r = review(db, {QStringLiteral("sign-off"), id});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("unknown review step \"sign-off\"")),
             qPrintable(r.errText()));
    QCOMPARE(review(db, {QStringLiteral("submit")}).exitCode, 2);
    QCOMPARE(review(db, {QStringLiteral("submit"), QStringLiteral("ffffffff")}).exitCode, 2);
    QCOMPARE(review(db, {QStringLiteral("status"), id, QStringLiteral("--today"),
                         QStringLiteral("soon")})
                 .exitCode,
             2);
    QCOMPARE(review(db, {QStringLiteral("submit"), id, QStringLiteral("--json")}).exitCode, 2);
}

void TestCliReview::statusText() {
    const QString db = test::tempPath(QStringLiteral("status.db"));
    QString id;
    {
        auto store = test::openStore(db);
        id = store
                 ->createPostmortem(QStringLiteral("standard"),
                                    {{Field::Title, QStringLiteral("Bare")},
                                     {Field::IncidentEnd, QStringLiteral("2026-03-05T15:00:00Z")}})
                 .value();
    }
    QCOMPARE(review(db, {QStringLiteral("submit"), id}).exitCode, 0);
    QCOMPARE(review(db, {QStringLiteral("approve"), id}).exitCode, 1);
    QCOMPARE(review(db, {QStringLiteral("approve"), id, QStringLiteral("--reason"),
                         QStringLiteral("Measured later")})
                 .exitCode,
             0);
    // Approved: not late any more, even long after the due date.
    CliRun r = review(db, {QStringLiteral("status"), id, QStringLiteral("--today"),
                           QStringLiteral("2026-03-20")});
    QCOMPARE(r.exitCode, 0);
    const QString out = r.outText();
    QVERIFY2(out.startsWith(QStringLiteral("Bare\nState: Approved\nAnalysis: Due 2026-03-12 (5 "
                                           "business days after the incident ended).\n")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("[FAIL] Impact complete: The impact is not described.")));
    QVERIFY(out.contains(QStringLiteral("[pass] No open questions left: No open questions are "
                                        "left.\n")));
    QVERIFY(out.contains(QStringLiteral("[pass] Blameless-language findings reviewed: No blaming, "
                                        "counterfactual or hindsight wording was found.\n")));
    QVERIFY(out.contains(QStringLiteral(" Draft -> In review by ")));
    QVERIFY(out.contains(QStringLiteral("    Reason: Measured later\n    Approved over: Impact "
                                        "complete; Timeline has detection and resolution\n")));
    QVERIFY(!out.contains(QStringLiteral("DORA")));
}

void TestCliReview::statusJsonWithDora() {
    const QString db = test::tempPath(QStringLiteral("dora.db"));
    QString id;
    {
        auto store = test::openStore(db);
        id = store
                 ->createPostmortem(
                     QStringLiteral("regulated"),
                     {{Field::Title, QStringLiteral("Payments")},
                      {Field::IncidentEnd, QStringLiteral("2026-03-05T15:00:00Z")},
                      {QStringLiteral("classification_time"),
                       QStringLiteral("2026-03-03T07:30:00Z")},
                      {QStringLiteral("phase_detected"), QStringLiteral("2026-03-02T09:00:00Z")}})
                 .value();
    }
    CliRun r = review(db, {QStringLiteral("status"), id, QStringLiteral("--json"),
                           QStringLiteral("--today"), QStringLiteral("2026-03-16")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"state").toString(), QStringLiteral("draft"));
    QCOMPARE(o.value(u"history").toArray().size(), 0);
    QCOMPARE(o.value(u"checklist").toArray().size(), 6);
    QCOMPARE(o.value(u"checklist").toArray().at(1).toObject().value(u"state").toString(),
             QStringLiteral("fail"));
    const QJsonObject due = o.value(u"analysis_due").toObject();
    QCOMPARE(due.value(u"date").toString(), QStringLiteral("2026-03-12"));
    QCOMPARE(due.value(u"late").toBool(), true);
    QCOMPARE(due.value(u"days_late").toInt(), 4);
    const QJsonObject dora = o.value(u"dora").toObject();
    QCOMPARE(dora.value(u"initial").toString(), QStringLiteral("2026-03-03T09:00:00.000Z"));
    QCOMPARE(dora.value(u"capped_by_detection").toBool(), true);
    QCOMPARE(dora.value(u"intermediate").toString(), QStringLiteral("2026-03-06T09:00:00.000Z"));
    QCOMPARE(dora.value(u"final").toString(), QStringLiteral("2026-04-06T09:00:00.000Z"));

    // The text form shows the dates in UTC and in the postmortem's zone.
    r = review(db, {QStringLiteral("status"), id});
    QVERIFY2(r.outText().contains(QStringLiteral("Initial report:      2026-03-03 09:00 UTC")),
             qPrintable(r.outText()));
    QVERIFY(r.outText().contains(QStringLiteral("(24 h after detection)")));
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "test_cli_review.moc"
