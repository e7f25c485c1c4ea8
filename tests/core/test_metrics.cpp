// The follow-up metrics on a hand-computed fixture (MetricsFixture.h): every number checked.
#include "MetricsFixture.h"
#include "TestSupport.h"
#include "metrics/Metrics.h"
#include "metrics/MetricsJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace causeway;
using namespace causeway::test;

namespace {

const PostmortemMetricsRow* rowOf(const MetricsReport& r, const QString& id) {
    for (const PostmortemMetricsRow& row : r.rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

ActionMetricsRow::Outcome outcomeOf(const MetricsReport& r, const QString& title) {
    for (const ActionMetricsRow& a : r.actions) {
        if (a.title == title)
            return a.outcome;
    }
    qFatal("no action row %s", qPrintable(title));
}

bool hasAction(const MetricsReport& r, const QString& title) {
    return std::any_of(r.actions.cbegin(), r.actions.cend(),
                       [&](const ActionMetricsRow& a) { return a.title == title; });
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

    std::unique_ptr<Store> m_store;
    MetricsFixture m_f;
    QList<Postmortem> m_all;

    MetricsReport compute(const MetricsFilter& filter = {}) {
        return computeMetrics(m_all, filter, kMetricsToday);
    }

private Q_SLOTS:
    void initTestCase() {
        m_store = newStore();
        m_f = fillMetricsFixture(*m_store);
        m_all = loadActivePostmortems(*m_store);
    }

    void medianAndMean() {
        QCOMPARE(median({}), std::nullopt);
        QCOMPARE(*median({3.0}), 3.0);
        QCOMPARE(*median({4.0, 1.0, 3.0}), 3.0);
        QCOMPARE(*median({4.0, 1.0, 3.0, 2.0}), 2.5);
        QCOMPARE(mean({}), std::nullopt);
        QCOMPARE(*mean({1.0, 2.0, 6.0}), 3.0);
    }

    void loaderSkipsTrash() {
        QCOMPARE(m_all.size(), 5);
        for (const Postmortem& pm : m_all)
            QVERIFY(pm.id() != m_f.p5);
    }

    void approvalIsTheLatestApprovedStep() {
        const Postmortem pm = *m_store->loadPostmortem(m_f.p1);
        // Approved on the 12th, reopened on the 13th, approved again on the 14th.
        QCOMPARE(approvalTime(pm), QDateTime(QDate(2026, 1, 14), QTime(14, 0), Qt::UTC));
        QVERIFY(!approvalTime(*m_store->loadPostmortem(m_f.p3)).isValid()); // only in review
    }

    void everythingUnfiltered() {
        const MetricsReport r = compute();
        // Incidents: P1, P2, P3, P4, P6 (P5 is in the trash).
        QCOMPARE(r.incidents, 5);
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.rows.at(0).id, m_f.p1); // by incident start
        QCOMPARE(r.rows.at(4).id, m_f.p6);

        // Time to complete: P1 10 Jan 14:00 -> 14 Jan 14:00 = 4.0 days; P2 20 Jan 09:00 ->
        // 22 Jan 21:00 = 2.5 days; P4 25 Feb 11:00 -> 4 Mar 11:00 = 7.0 days.
        // Median of {2.5, 4, 7} = 4; mean 13.5 / 3 = 4.5. P3 and P6 not approved.
        QCOMPARE(r.completeN, 3);
        QCOMPARE(*r.completeMedianDays, 4.0);
        QCOMPARE(*r.completeMeanDays, 4.5);
        QCOMPARE(r.notApproved, (QStringList{m_f.p3, m_f.p6}));
        QCOMPARE(*rowOf(r, m_f.p1)->daysToComplete, 4.0);
        QCOMPARE(*rowOf(r, m_f.p2)->daysToComplete, 2.5);
        QCOMPARE(*rowOf(r, m_f.p4)->daysToComplete, 7.0);
        QVERIFY(!rowOf(r, m_f.p3)->daysToComplete);

        // Actions due up to today (15 Apr) that are closed or past due:
        //   Connection pool alert   due 31 Jan, done 25 Jan  on time
        //   Raise pool limit        due 10 Feb, done 15 Feb  late
        //   Rewrite the ORM         due 1 Feb, won't do      excluded
        //   Throttle index rebuilds due 1 Mar, open          overdue
        //   Load test before sales  due 10 Mar, done 10 Mar  on time (same day)
        //   Retry budget            due 15 Mar, done, no closed_on: late
        //   Consumer lag alert      due 14 Apr, in progress  overdue
        // Not counted: Capacity plan (due 1 May), Pool autoscaling (due 30 Apr, after today),
        // Consumer autoscaling (due 20 Apr, open), Old action (trash).
        // On time 2 of 6 = 1/3; 1 won't-do excluded.
        QCOMPARE(r.actionsConsidered, 6);
        QCOMPARE(r.actionsOnTime, 2);
        QCOMPARE(r.actionsWontDoExcluded, 1);
        QCOMPARE(*r.actionsOnTimeShare, 2.0 / 6.0);
        QCOMPARE(r.actions.size(), 7);
        using O = ActionMetricsRow::Outcome;
        QCOMPARE(outcomeOf(r, QStringLiteral("Connection pool alert")), O::OnTime);
        QCOMPARE(outcomeOf(r, QStringLiteral("Raise pool limit")), O::Late);
        QCOMPARE(outcomeOf(r, QStringLiteral("Rewrite the ORM")), O::Excluded);
        QCOMPARE(outcomeOf(r, QStringLiteral("Throttle index rebuilds")), O::Overdue);
        QCOMPARE(outcomeOf(r, QStringLiteral("Load test before sales")), O::OnTime);
        QCOMPARE(outcomeOf(r, QStringLiteral("Retry budget")), O::Late);
        QCOMPARE(outcomeOf(r, QStringLiteral("Consumer lag alert")), O::Overdue);
        QVERIFY(!hasAction(r, QStringLiteral("Capacity plan")));
        QVERIFY(!hasAction(r, QStringLiteral("Pool autoscaling")));
        QVERIFY(!hasAction(r, QStringLiteral("Consumer autoscaling")));
        QVERIFY(!hasAction(r, QStringLiteral("Old action")));
        QCOMPARE(rowOf(r, m_f.p1)->actionsConsidered, 2); // won't-do not counted
        QCOMPARE(rowOf(r, m_f.p1)->actionsOnTime, 1);
        QCOMPARE(rowOf(r, m_f.p2)->actionsConsidered, 1);
        QCOMPARE(rowOf(r, m_f.p2)->actionsOnTime, 0);

        // Recurrence: P3 -> P1 (P1's actions done 25 Jan and 15 Feb, before 20 Feb: despite
        // fixes); P4 -> P2 (P2's actions open: confirmed only); P6 -> P5 (trash: ignored).
        // Rate 1 of 5 = 0.2; confirmed 2.
        QCOMPARE(r.confirmedRecurrences, 2);
        QCOMPARE(r.recurrencesDespiteFixes, 1);
        QCOMPARE(*r.recurrenceRate, 0.2);
        QCOMPARE(rowOf(r, m_f.p3)->recurrenceOf, QStringList{m_f.p1});
        QCOMPARE(rowOf(r, m_f.p3)->recurrenceOfTitles,
                 QStringList{QStringLiteral("Checkout database outage")});
        QVERIFY(rowOf(r, m_f.p3)->recurrenceDespiteFixes);
        QCOMPARE(rowOf(r, m_f.p4)->recurrenceOf, QStringList{m_f.p2});
        QVERIFY(!rowOf(r, m_f.p4)->recurrenceDespiteFixes);
        QVERIFY(rowOf(r, m_f.p6)->recurrenceOf.isEmpty());

        // Per month (minutes): Jan: P1 TTD 10 TTM 60 TTR 240, P2 30/45/90 -> medians 20,
        // 52.5, 165. Feb: P3 5/20/80, P4 20/-/- -> 12.5, 20 (n=1), 80 (n=1). Mar: P6 60,
        // mitigated before start (left out), 360.
        QCOMPARE(r.months.size(), 3);
        const MonthMetrics& jan = r.months.at(0);
        QCOMPARE(jan.month, QDate(2026, 1, 1));
        QCOMPARE(jan.incidents, 2);
        QCOMPARE(jan.detectN, 2);
        QCOMPARE(*jan.detectMedianMinutes, 20.0);
        QCOMPARE(jan.mitigateN, 2);
        QCOMPARE(*jan.mitigateMedianMinutes, 52.5);
        QCOMPARE(jan.resolveN, 2);
        QCOMPARE(*jan.resolveMedianMinutes, 165.0);
        const MonthMetrics& feb = r.months.at(1);
        QCOMPARE(feb.month, QDate(2026, 2, 1));
        QCOMPARE(feb.incidents, 2);
        QCOMPARE(feb.detectN, 2);
        QCOMPARE(*feb.detectMedianMinutes, 12.5);
        QCOMPARE(feb.mitigateN, 1);
        QCOMPARE(*feb.mitigateMedianMinutes, 20.0);
        QCOMPARE(feb.resolveN, 1);
        QCOMPARE(*feb.resolveMedianMinutes, 80.0);
        const MonthMetrics& mar = r.months.at(2);
        QCOMPARE(mar.month, QDate(2026, 3, 1));
        QCOMPARE(mar.incidents, 1);
        QCOMPARE(mar.detectN, 1);
        QCOMPARE(*mar.detectMedianMinutes, 60.0);
        QCOMPARE(mar.mitigateN, 0);
        QVERIFY(!mar.mitigateMedianMinutes);
        QCOMPARE(mar.resolveN, 1);
        QCOMPARE(*mar.resolveMedianMinutes, 360.0);
    }

    void periodFilter() {
        MetricsFilter f;
        f.from = QDate(2026, 2, 1);
        f.to = QDate(2026, 2, 28);
        const MetricsReport r = compute(f);
        // Incidents P3, P4. Complete: P4 7.0 (n=1); P3 not approved.
        QCOMPARE(r.incidents, 2);
        QCOMPARE(r.completeN, 1);
        QCOMPARE(*r.completeMedianDays, 7.0);
        QCOMPARE(*r.completeMeanDays, 7.0);
        QCOMPARE(r.notApproved, QStringList{m_f.p3});
        // Actions due in February: Raise pool limit (late), Rewrite the ORM (excluded).
        QCOMPARE(r.actionsConsidered, 1);
        QCOMPARE(r.actionsOnTime, 0);
        QCOMPARE(r.actionsWontDoExcluded, 1);
        QCOMPARE(*r.actionsOnTimeShare, 0.0);
        // Recurrence: P3 despite fixes, P4 confirmed: 1 of 2.
        QCOMPARE(r.confirmedRecurrences, 2);
        QCOMPARE(r.recurrencesDespiteFixes, 1);
        QCOMPARE(*r.recurrenceRate, 0.5);
        QCOMPARE(r.months.size(), 1);
        QCOMPARE(r.months.at(0).month, QDate(2026, 2, 1));
    }

    void emptyMonthsAreKept() {
        MetricsFilter f;
        f.from = QDate(2025, 12, 1);
        f.to = QDate(2026, 1, 31);
        const MetricsReport r = compute(f);
        QCOMPARE(r.months.size(), 2);
        QCOMPARE(r.months.at(0).month, QDate(2025, 12, 1));
        QCOMPARE(r.months.at(0).incidents, 0); // P5 is in the trash
        QVERIFY(!r.months.at(0).detectMedianMinutes);
        QCOMPARE(r.months.at(1).incidents, 2);
    }

    void severityFilter() {
        MetricsFilter f;
        f.severity = QStringLiteral("SEV1");
        const MetricsReport r = compute(f);
        // P1, P3. Complete: P1 4.0. Actions: pool alert on time, pool limit late, ORM
        // excluded, load test on time -> 2 of 3. Recurrence: P3 -> 1 of 2.
        QCOMPARE(r.incidents, 2);
        QCOMPARE(r.completeN, 1);
        QCOMPARE(*r.completeMedianDays, 4.0);
        QCOMPARE(r.actionsConsidered, 3);
        QCOMPARE(r.actionsOnTime, 2);
        QCOMPARE(r.actionsWontDoExcluded, 1);
        QCOMPARE(r.recurrencesDespiteFixes, 1);
        QCOMPARE(r.confirmedRecurrences, 1);
        QCOMPARE(*r.recurrenceRate, 0.5);
    }

    void serviceFilter() {
        MetricsFilter f;
        f.service = QStringLiteral("Payments"); // any case
        const MetricsReport r = compute(f);
        // P1 (checkout, payments) and P4. Complete: 4.0 and 7.0 -> median = mean = 5.5.
        // Actions: pool alert on time, pool limit late, retry budget late -> 1 of 3.
        // Recurrence: P4 confirmed, not despite fixes -> 0 of 2.
        QCOMPARE(r.incidents, 2);
        QCOMPARE(r.completeN, 2);
        QCOMPARE(*r.completeMedianDays, 5.5);
        QCOMPARE(*r.completeMeanDays, 5.5);
        QCOMPARE(r.actionsConsidered, 3);
        QCOMPARE(r.actionsOnTime, 1);
        QCOMPARE(r.confirmedRecurrences, 1);
        QCOMPARE(r.recurrencesDespiteFixes, 0);
        QCOMPARE(*r.recurrenceRate, 0.0);
    }

    void tagFilter() {
        MetricsFilter f;
        f.tag = QStringLiteral("DB");
        const MetricsReport r = compute(f);
        QCOMPARE(r.incidents, 2);
        QCOMPARE(r.rows.at(0).id, m_f.p1);
        QCOMPARE(r.rows.at(1).id, m_f.p3);
    }

    void nothingMatches() {
        MetricsFilter f;
        f.tag = QStringLiteral("no-such-tag");
        const MetricsReport r = compute(f);
        QCOMPARE(r.incidents, 0);
        QCOMPARE(r.completeN, 0);
        QVERIFY(!r.completeMedianDays);
        QVERIFY(!r.actionsOnTimeShare);
        QVERIFY(!r.recurrenceRate);
        QVERIFY(r.months.isEmpty());
        const QJsonObject json = metricsJson(r);
        QVERIFY(json.value(QStringLiteral("recurrence"))
                    .toObject()
                    .value(QStringLiteral("rate"))
                    .isNull());
    }

    void json() {
        const QJsonObject j = metricsJson(compute());
        const QJsonObject complete = j.value(QStringLiteral("timeToComplete")).toObject();
        QCOMPARE(complete.value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(complete.value(QStringLiteral("medianDays")).toDouble(), 4.0);
        QCOMPARE(complete.value(QStringLiteral("meanDays")).toDouble(), 4.5);
        const QJsonObject actions = j.value(QStringLiteral("actionsOnTime")).toObject();
        QCOMPARE(actions.value(QStringLiteral("n")).toInt(), 6);
        QCOMPARE(actions.value(QStringLiteral("onTime")).toInt(), 2);
        QCOMPARE(actions.value(QStringLiteral("share")).toDouble(), 0.333333);
        QCOMPARE(j.value(QStringLiteral("postmortems")).toArray().size(), 5);
        QCOMPARE(j.value(QStringLiteral("actions")).toArray().size(), 7);
        QCOMPARE(j.value(QStringLiteral("months"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("month")),
                 QJsonValue(QStringLiteral("2026-01")));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
