#include "MemoryPostmortem.h"

#include "model/Fields.h"
#include "review/AnalysisDue.h"
#include "review/DoraDeadlines.h"
#include "review/ReviewRecords.h"

#include <QTest>

using namespace causeway;

// Dates of the review: the analysis due date with lateness, and the DORA reporting
// deadlines, each checked against dates computed by hand.
class TestReviewDates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dueIsBusinessDaysAfterIncidentEnd();
    void dueUsesTheIncidentsTimeZone();
    void dueFieldWins();
    void lateOnlyUntilApproved();
    void noDueWithoutIncidentEnd();
    void doraClassificationPlusFourHours();
    void doraDetectionCapWins();
    void doraFinalIsOneCalendarMonth();
    void doraSaysWhatIsMissing();
    void doraOnlyForTheRegulatedTemplate();
};

namespace {
QDateTime utc(const char* text) {
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}
} // namespace

void TestReviewDates::dueIsBusinessDaysAfterIncidentEnd() {
    // Thursday 5 March 2026 + 5 business days = Thursday 12 March (Sat 7 and Sun 8 skipped).
    AnalysisDueInputs in;
    in.incidentEnd = utc("2026-03-05T15:00:00Z");
    const AnalysisDue due = analysisDue(in, Policy{}, QDate(2026, 3, 6));
    QCOMPARE(due.due, QDate(2026, 3, 12));
    QVERIFY(!due.late);
    QVERIFY(!due.fromField);
    QCOMPARE(due.describe(), QStringLiteral("Due 2026-03-12 (5 business days after the incident "
                                            "ended)."));
    // Friday 6 March + 1 business day = Monday 9 March.
    Policy oneDay;
    oneDay.analysisDueBusinessDays = 1;
    in.incidentEnd = utc("2026-03-06T12:00:00Z");
    QCOMPARE(analysisDue(in, oneDay, QDate(2026, 3, 6)).due, QDate(2026, 3, 9));
}

void TestReviewDates::dueUsesTheIncidentsTimeZone() {
    // 23:30 UTC on Thursday 5 March is already Friday in Berlin and Tokyo: five business
    // days from Thursday end on Thursday 12 March, from Friday on Friday 13 March.
    AnalysisDueInputs in;
    in.incidentEnd = utc("2026-03-05T23:30:00Z");
    QCOMPARE(analysisDue(in, Policy{}, QDate(2026, 3, 6)).due, QDate(2026, 3, 12));
    in.timeZone = QStringLiteral("Europe/Berlin");
    QCOMPARE(analysisDue(in, Policy{}, QDate(2026, 3, 6)).due, QDate(2026, 3, 13));
    in.timeZone = QStringLiteral("Asia/Tokyo");
    QCOMPARE(analysisDue(in, Policy{}, QDate(2026, 3, 6)).due, QDate(2026, 3, 13));
    in.timeZone = QStringLiteral("America/New_York"); // 18:30 on Thursday there
    QCOMPARE(analysisDue(in, Policy{}, QDate(2026, 3, 6)).due, QDate(2026, 3, 12));
    // 02:00 UTC on Friday is still Thursday evening in New York.
    in.incidentEnd = utc("2026-03-06T02:00:00Z");
    QCOMPARE(analysisDue(in, Policy{}, QDate(2026, 3, 6)).due, QDate(2026, 3, 12));
    in.timeZone.clear();
    QCOMPARE(analysisDue(in, Policy{}, QDate(2026, 3, 6)).due, QDate(2026, 3, 13));
}

void TestReviewDates::dueFieldWins() {
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::IncidentEnd].value = QStringLiteral("2026-03-05T15:00:00Z");
    pm.root.fields[ReviewRootField::AnalysisDue].value = QStringLiteral("2026-03-20");
    const AnalysisDue due = analysisDue(analysisDueInputs(pm), Policy{}, QDate(2026, 3, 16));
    QCOMPARE(due.due, QDate(2026, 3, 20));
    QVERIFY(due.fromField);
    QVERIFY(!due.late);
    QCOMPARE(due.describe(), QStringLiteral("Due 2026-03-20 (set for this postmortem)."));
}

void TestReviewDates::lateOnlyUntilApproved() {
    AnalysisDueInputs in;
    in.incidentEnd = utc("2026-03-05T15:00:00Z");
    // Due Thursday 12 March: the due day itself is not late, the next day is.
    QVERIFY(!analysisDue(in, Policy{}, QDate(2026, 3, 12)).late);
    for (const QString& status :
         {QStringLiteral("draft"), QStringLiteral("in_review"), QString()}) {
        in.status = status;
        const AnalysisDue due = analysisDue(in, Policy{}, QDate(2026, 3, 15));
        QVERIFY(due.late);
        QCOMPARE(due.daysLate, 3);
        QCOMPARE(due.describe(),
                 QStringLiteral("Late: the analysis was due 2026-03-12 (3 days ago)."));
    }
    for (const QString& status : {QStringLiteral("approved"), QStringLiteral("published")}) {
        in.status = status;
        QVERIFY(!analysisDue(in, Policy{}, QDate(2026, 3, 15)).late);
    }
}

void TestReviewDates::noDueWithoutIncidentEnd() {
    const AnalysisDue due = analysisDue(AnalysisDueInputs{}, Policy{}, QDate(2026, 3, 15));
    QVERIFY(!due.due.isValid());
    QVERIFY(!due.late);
    QCOMPARE(due.describe(), QStringLiteral("No due date: set the incident end or a due date."));
}

void TestReviewDates::doraClassificationPlusFourHours() {
    // Classified 10:00, detected 08:00: 14:00 comes before 08:00 the next day.
    const DoraDeadlines d = doraDeadlines(utc("2026-03-02T10:00:00Z"), utc("2026-03-02T08:00:00Z"));
    QVERIFY(d.complete());
    QVERIFY(!d.cappedByDetection);
    QCOMPARE(d.initial, utc("2026-03-02T14:00:00Z"));
    QCOMPARE(d.intermediate, utc("2026-03-05T14:00:00Z")); // + 72 h
    QCOMPARE(d.final, utc("2026-04-05T14:00:00Z"));        // + 1 month
}

void TestReviewDates::doraDetectionCapWins() {
    // Detected Monday 09:00, classified only Tuesday 07:30: 11:30 Tuesday would be later
    // than 24 h after detection, so the initial report is due Tuesday 09:00.
    const DoraDeadlines d = doraDeadlines(utc("2026-03-03T07:30:00Z"), utc("2026-03-02T09:00:00Z"));
    QVERIFY(d.cappedByDetection);
    QCOMPARE(d.initial, utc("2026-03-03T09:00:00Z"));
    QCOMPARE(d.intermediate, utc("2026-03-06T09:00:00Z"));
    QCOMPARE(d.final, utc("2026-04-06T09:00:00Z"));
    // Exactly 20 h apart: both limits meet at the same instant.
    const DoraDeadlines tie =
        doraDeadlines(utc("2026-03-03T05:00:00Z"), utc("2026-03-02T09:00:00Z"));
    QCOMPARE(tie.initial, utc("2026-03-03T09:00:00Z"));
}

void TestReviewDates::doraFinalIsOneCalendarMonth() {
    // Initial 28 Jan 12:00 → intermediate 31 Jan 12:00 → final 28 Feb 12:00 (no 31 Feb).
    const DoraDeadlines d = doraDeadlines(utc("2026-01-28T08:00:00Z"), utc("2026-01-28T07:00:00Z"));
    QCOMPARE(d.initial, utc("2026-01-28T12:00:00Z"));
    QCOMPARE(d.intermediate, utc("2026-01-31T12:00:00Z"));
    QCOMPARE(d.final, utc("2026-02-28T12:00:00Z"));
    // Across the end of the year.
    const DoraDeadlines dec =
        doraDeadlines(utc("2026-12-20T22:00:00Z"), utc("2026-12-20T21:00:00Z"));
    QCOMPARE(dec.intermediate, utc("2026-12-24T02:00:00Z"));
    QCOMPARE(dec.final, utc("2027-01-24T02:00:00Z"));
}

void TestReviewDates::doraSaysWhatIsMissing() {
    const DoraDeadlines none = doraDeadlines(QDateTime(), QDateTime());
    QVERIFY(!none.complete());
    QVERIFY(!none.initial.isValid());
    QCOMPARE(doraMissingText(none),
             QStringLiteral("The reporting deadlines need the classification time (Regulatory "
                            "reporting → Classified as major at) and the detection time (the "
                            "Detected marker on the timeline)."));
    const DoraDeadlines noDetection = doraDeadlines(utc("2026-03-02T10:00:00Z"), QDateTime());
    QCOMPARE(noDetection.missing.size(), 1);
    QVERIFY(noDetection.missing.first().startsWith(QStringLiteral("the detection time")));
    QVERIFY(!noDetection.initial.isValid());
}

void TestReviewDates::doraOnlyForTheRegulatedTemplate() {
    Postmortem pm = test::memoryPostmortem();
    QVERIFY(!usesDoraDeadlines(pm));
    pm.root.fields[Field::Template].value = QStringLiteral("regulated");
    QVERIFY(usesDoraDeadlines(pm));
    pm.root.fields[DoraField::ClassificationTime].value = QStringLiteral("2026-03-02T10:00:00Z");
    pm.root.fields[DoraField::Detected].value = QStringLiteral("2026-03-02T08:00:00Z");
    QCOMPARE(doraDeadlines(pm).initial, utc("2026-03-02T14:00:00Z"));
}

QTEST_GUILESS_MAIN(TestReviewDates)
#include "test_reviewdates.moc"
