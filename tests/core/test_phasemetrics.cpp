#include "TestSupport.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "timeline/PhaseMetrics.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace causeway;

namespace {

QDateTime utc(const char* iso) {
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// A postmortem record with the given markers ("incident_start" or "phase_…" -> ISO time).
Record root(const QList<std::pair<QString, const char*>>& markers) {
    Record r;
    r.id = newRecordId();
    r.kind = Kind::Postmortem;
    r.fields[Field::Template].value = QStringLiteral("standard");
    r.fields[Field::Title].value = QStringLiteral("Phases");
    for (const auto& [key, time] : markers)
        r.fields[key].value = canonicalTime(utc(time));
    return r;
}

const QString kStart = Field::IncidentStart;
const QString kImpactStart = QStringLiteral("phase_impact_start");
const QString kDetected = QStringLiteral("phase_detected");
const QString kAcknowledged = QStringLiteral("phase_acknowledged");
const QString kMitigated = QStringLiteral("phase_mitigated");
const QString kImpactEnd = QStringLiteral("phase_impact_end");
const QString kResolved = QStringLiteral("phase_resolved");

constexpr qint64 kMinute = 60 * 1000;

QString messageOf(const PhaseMetrics& m, const QString& code) {
    for (const PhaseWarning& w : m.warnings) {
        if (w.code == code)
            return w.message;
    }
    return {};
}

} // namespace

class TestPhaseMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void durationsOfAnOrderlyIncident();
    void missingMarkersLeaveDurationsEmpty();
    void multiDayIncident();
    void detectionBeforeStart();
    void acknowledgedBeforeDetected();
    void mitigationAfterResolution();
    void impactEndBeforeImpactStart();
    void negativeDurationWithoutOrderWarning();
    void implausiblyLongDuration();
    void eventsBeforeStart();
    void eventsAfterResolved();
    void phasesInTheFuture();
    void formatsDurations_data();
    void formatsDurations();
    void canonicalJsonCarriesMetrics();
    void importIgnoresStaleMetrics();
};

void TestPhaseMetrics::durationsOfAnOrderlyIncident() {
    const Record r = root({{kStart, "2026-03-02T14:00:00Z"},
                           {kImpactStart, "2026-03-02T14:02:00Z"},
                           {kDetected, "2026-03-02T14:12:00Z"},
                           {kAcknowledged, "2026-03-02T14:15:00Z"},
                           {kMitigated, "2026-03-02T14:47:00Z"},
                           {kImpactEnd, "2026-03-02T15:12:00Z"},
                           {kResolved, "2026-03-02T16:05:00Z"}});
    const PhaseMetrics m = computePhaseMetrics(r, {utc("2026-03-02T14:30:00Z")});
    QCOMPARE(m.duration(PhaseMetricKey::TimeToDetect), 12 * kMinute);
    QCOMPARE(m.duration(PhaseMetricKey::TimeToAcknowledge), 3 * kMinute);
    QCOMPARE(m.duration(PhaseMetricKey::TimeToMitigate), 47 * kMinute);
    QCOMPARE(m.duration(PhaseMetricKey::TimeToResolve), 125 * kMinute);
    QCOMPARE(m.duration(PhaseMetricKey::CustomerImpact), 70 * kMinute);
    QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.value(0).message));
    QCOMPARE(m.durations.size(), 5);
    QCOMPARE(m.durations.at(0).from, kStart);
    QCOMPARE(m.durations.at(0).to, kDetected);
}

void TestPhaseMetrics::missingMarkersLeaveDurationsEmpty() {
    const PhaseMetrics none = computePhaseMetrics(root({}), {utc("2026-03-02T14:30:00Z")});
    for (const PhaseDuration& d : none.durations)
        QVERIFY(!d.ms);
    QVERIFY(none.warnings.isEmpty());
    const PhaseMetrics some = computePhaseMetrics(
        root({{kStart, "2026-03-02T14:00:00Z"}, {kResolved, "2026-03-02T15:00:00Z"}}), {});
    QVERIFY(!some.duration(PhaseMetricKey::TimeToDetect));
    QVERIFY(!some.duration(PhaseMetricKey::TimeToAcknowledge));
    QCOMPARE(some.duration(PhaseMetricKey::TimeToResolve), 60 * kMinute);
}

void TestPhaseMetrics::multiDayIncident() {
    // Across midnight and a DST change in Europe (2026-03-29): UTC arithmetic is unaffected.
    const Record r = root({{kStart, "2026-03-28T22:30:00Z"},
                           {kDetected, "2026-03-29T01:10:00Z"},
                           {kAcknowledged, "2026-03-29T01:25:30Z"},
                           {kMitigated, "2026-03-30T09:00:00Z"},
                           {kResolved, "2026-04-02T12:45:00Z"}});
    const PhaseMetrics m = computePhaseMetrics(
        r, {utc("2026-03-28T23:59:00Z"), utc("2026-03-31T10:00:00Z"), utc("2026-04-02T12:45:00Z")});
    QCOMPARE(m.duration(PhaseMetricKey::TimeToDetect), 160 * kMinute);
    QCOMPARE(m.duration(PhaseMetricKey::TimeToAcknowledge), 15 * kMinute + 30000);
    QCOMPARE(m.duration(PhaseMetricKey::TimeToMitigate), (34 * 60 + 30) * kMinute);
    QCOMPARE(m.duration(PhaseMetricKey::TimeToResolve), ((4 * 24 + 14) * 60 + 15) * kMinute);
    QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.value(0).message));
    QCOMPARE(formatDuration(*m.duration(PhaseMetricKey::TimeToResolve)), QStringLiteral("4d 14h"));
    QCOMPARE(isoDuration(*m.duration(PhaseMetricKey::TimeToResolve)), QStringLiteral("P4DT14H15M"));
}

void TestPhaseMetrics::detectionBeforeStart() {
    const PhaseMetrics m = computePhaseMetrics(
        root({{kStart, "2026-03-02T14:00:00Z"}, {kDetected, "2026-03-02T13:55:00Z"}}), {});
    QCOMPARE(m.duration(PhaseMetricKey::TimeToDetect), -5 * kMinute);
    QCOMPARE(messageOf(m, QStringLiteral("detected_before_start")),
             QStringLiteral("Detected (2026-03-02 13:55 UTC) is before Incident start "
                            "(2026-03-02 14:00 UTC)."));
    // Said once, not again as a negative duration.
    QVERIFY(!m.hasWarning(QStringLiteral("negative_duration")));
    QCOMPARE(m.warnings.size(), 1);
}

void TestPhaseMetrics::acknowledgedBeforeDetected() {
    const PhaseMetrics m = computePhaseMetrics(root({{kStart, "2026-03-02T14:00:00Z"},
                                                     {kDetected, "2026-03-02T14:10:00Z"},
                                                     {kAcknowledged, "2026-03-02T14:09:30Z"}}),
                                               {});
    QCOMPARE(m.duration(PhaseMetricKey::TimeToAcknowledge), -30000);
    QCOMPARE(messageOf(m, QStringLiteral("acknowledged_before_detected")),
             QStringLiteral("Acknowledged (2026-03-02 14:09:30 UTC) is before Detected "
                            "(2026-03-02 14:10 UTC)."));
    QCOMPARE(m.warnings.size(), 1);
}

void TestPhaseMetrics::mitigationAfterResolution() {
    const PhaseMetrics m = computePhaseMetrics(root({{kStart, "2026-03-02T14:00:00Z"},
                                                     {kMitigated, "2026-03-02T16:00:00Z"},
                                                     {kResolved, "2026-03-02T15:00:00Z"}}),
                                               {});
    QCOMPARE(messageOf(m, QStringLiteral("mitigated_after_resolved")),
             QStringLiteral("Mitigated (2026-03-02 16:00 UTC) is after Resolved "
                            "(2026-03-02 15:00 UTC)."));
    QCOMPARE(m.warnings.size(), 1);
}

void TestPhaseMetrics::impactEndBeforeImpactStart() {
    const PhaseMetrics m = computePhaseMetrics(
        root({{kImpactStart, "2026-03-02T14:00:00Z"}, {kImpactEnd, "2026-03-01T14:00:00Z"}}), {});
    QCOMPARE(m.duration(PhaseMetricKey::CustomerImpact), -24 * 60 * kMinute);
    QCOMPARE(messageOf(m, QStringLiteral("impact_end_before_impact_start")),
             QStringLiteral("Customer impact end (2026-03-01 14:00 UTC) is before Customer "
                            "impact start (2026-03-02 14:00 UTC)."));
    QCOMPARE(m.warnings.size(), 1);
}

void TestPhaseMetrics::negativeDurationWithoutOrderWarning() {
    // Resolved before the incident start has no ordering warning of its own.
    const PhaseMetrics m = computePhaseMetrics(
        root({{kStart, "2026-03-02T14:00:00Z"}, {kResolved, "2026-03-02T13:00:00Z"}}), {});
    QCOMPARE(m.duration(PhaseMetricKey::TimeToResolve), -60 * kMinute);
    QCOMPARE(messageOf(m, QStringLiteral("negative_duration")),
             QStringLiteral("Time to resolve is negative (\u22121h 00m): Resolved "
                            "(2026-03-02 13:00 UTC) is before Incident start "
                            "(2026-03-02 14:00 UTC)."));
}

void TestPhaseMetrics::implausiblyLongDuration() {
    // A year typed wrong: resolved in 2027.
    const PhaseMetrics m = computePhaseMetrics(
        root({{kStart, "2026-03-02T14:00:00Z"}, {kResolved, "2027-03-02T15:00:00Z"}}), {});
    QVERIFY(m.hasWarning(QStringLiteral("implausible_duration")));
    QCOMPARE(messageOf(m, QStringLiteral("implausible_duration")),
             QStringLiteral("Time to resolve is 365d 01h, longer than 30 days: check the dates "
                            "of Incident start and Resolved."));
    // 29 days is long but possible.
    const PhaseMetrics ok = computePhaseMetrics(
        root({{kStart, "2026-03-02T14:00:00Z"}, {kResolved, "2026-03-31T14:00:00Z"}}), {});
    QVERIFY(ok.warnings.isEmpty());
}

void TestPhaseMetrics::eventsBeforeStart() {
    const Record r = root({{kStart, "2026-03-02T14:00:00Z"}, {kResolved, "2026-03-02T16:00:00Z"}});
    const PhaseMetrics one =
        computePhaseMetrics(r, {utc("2026-03-02T13:58:00Z"), utc("2026-03-02T14:30:00Z")});
    QCOMPARE(messageOf(one, QStringLiteral("events_before_start")),
             QStringLiteral("1 event is before Incident start (2026-03-02 14:00 UTC), at "
                            "2026-03-02 13:58 UTC."));
    const PhaseMetrics three = computePhaseMetrics(
        r, {utc("2026-03-02T13:58:00Z"), utc("2026-03-01T23:00:00Z"), utc("2026-03-02T13:00:00Z"),
            utc("2026-03-02T14:00:00Z"), QDateTime()});
    QCOMPARE(messageOf(three, QStringLiteral("events_before_start")),
             QStringLiteral("3 events are before Incident start (2026-03-02 14:00 UTC), the "
                            "first at 2026-03-01 23:00 UTC."));
    QVERIFY(!three.hasWarning(QStringLiteral("events_after_resolved")));
}

void TestPhaseMetrics::eventsAfterResolved() {
    const Record r = root({{kStart, "2026-03-02T14:00:00Z"}, {kResolved, "2026-03-02T16:00:00Z"}});
    const PhaseMetrics m = computePhaseMetrics(
        r, {utc("2026-03-03T09:00:00Z"), utc("2026-03-02T16:20:00Z"), utc("2026-03-02T16:00:00Z")});
    QCOMPARE(messageOf(m, QStringLiteral("events_after_resolved")),
             QStringLiteral("2 events are after Resolved (2026-03-02 16:00 UTC), the first of "
                            "them at 2026-03-02 16:20 UTC."));
    QVERIFY(!m.hasWarning(QStringLiteral("events_before_start")));
    // Without a resolution there is no window end.
    const PhaseMetrics open = computePhaseMetrics(root({{kStart, "2026-03-02T14:00:00Z"}}),
                                                  {utc("2026-03-09T09:00:00Z")});
    QVERIFY(open.warnings.isEmpty());
}

void TestPhaseMetrics::phasesInTheFuture() {
    const Record r = root({{kStart, "2026-03-02T14:00:00Z"}, {kMitigated, "2026-03-02T18:00:00Z"}});
    PhaseMetricsOptions options;
    options.now = utc("2026-03-02T17:00:00Z");
    const PhaseMetrics m = computePhaseMetrics(r, {}, options);
    QCOMPARE(messageOf(m, QStringLiteral("phase_in_future")),
             QStringLiteral("Mitigated (2026-03-02 18:00 UTC) is in the future."));
    QCOMPARE(m.warnings.size(), 1);
    // A minute of clock skew between machines is not the future.
    options.now = utc("2026-03-02T17:59:30Z");
    QVERIFY(computePhaseMetrics(r, {}, options).warnings.isEmpty());
    // Without a clock (canonical export) it is not checked at all.
    QVERIFY(computePhaseMetrics(r, {}).warnings.isEmpty());
}

void TestPhaseMetrics::formatsDurations_data() {
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("human");
    QTest::addColumn<QString>("iso");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s") << QStringLiteral("PT0S");
    QTest::newRow("seconds") << qint64(45250) << QStringLiteral("45s")
                             << QStringLiteral("PT45.25S");
    QTest::newRow("minutes") << 12 * kMinute << QStringLiteral("12m") << QStringLiteral("PT12M");
    QTest::newRow("hours") << 125 * kMinute << QStringLiteral("2h 05m") << QStringLiteral("PT2H5M");
    QTest::newRow("days") << 2 * 24 * 60 * kMinute << QStringLiteral("2d 00h")
                          << QStringLiteral("P2D");
    QTest::newRow("negative") << -5 * kMinute << QStringLiteral("\u22125m")
                              << QStringLiteral("-PT5M");
}

void TestPhaseMetrics::formatsDurations() {
    QFETCH(qint64, ms);
    QFETCH(QString, human);
    QFETCH(QString, iso);
    QCOMPARE(formatDuration(ms), human);
    QCOMPARE(isoDuration(ms), iso);
}

void TestPhaseMetrics::canonicalJsonCarriesMetrics() {
    Postmortem pm;
    pm.root = root({{kStart, "2026-03-02T14:00:00Z"},
                    {kDetected, "2026-03-02T14:12:00Z"},
                    {kResolved, "2026-03-02T16:05:00Z"}});
    TimelineEvent early;
    early.time = utc("2026-03-02T13:00:00Z");
    early.description = QStringLiteral("deploy");
    Record event;
    event.id = newRecordId();
    event.kind = Kind::Event;
    event.parentId = pm.root.id;
    const auto fields = early.toFields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        event.fields[it.key()].value = it.value();
    pm.children.append(event);
    Record gone = event;
    gone.id = newRecordId();
    gone.deleted = true; // tombstones are not events of the incident
    pm.children.append(gone);

    const QByteArray bytes = PostmortemJson::toCanonicalBytes(pm);
    QCOMPARE(PostmortemJson::toCanonicalBytes(pm), bytes); // no clock in it
    const QJsonObject metrics =
        QJsonDocument::fromJson(bytes).object().value(u"phase_metrics").toObject();
    const QJsonObject durations = metrics.value(u"durations").toObject();
    const QJsonObject ttd = durations.value(u"time_to_detect").toObject();
    QCOMPARE(ttd.value(u"ms").toInteger(), 12 * kMinute);
    QCOMPARE(ttd.value(u"iso8601").toString(), QStringLiteral("PT12M"));
    QCOMPARE(ttd.value(u"from").toString(), kStart);
    QCOMPARE(ttd.value(u"to").toString(), kDetected);
    QCOMPARE(durations.value(u"time_to_resolve").toObject().value(u"iso8601").toString(),
             QStringLiteral("PT2H5M"));
    QVERIFY(durations.value(u"time_to_acknowledge").isNull());
    QVERIFY(durations.value(u"customer_impact").isNull());
    const QJsonArray warnings = metrics.value(u"warnings").toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).toObject().value(u"code").toString(),
             QStringLiteral("events_before_start"));
    QVERIFY(warnings.at(0).toObject().value(u"message").toString().startsWith(u"1 event is"));
}

void TestPhaseMetrics::importIgnoresStaleMetrics() {
    auto store = test::newStore();
    const QString id =
        store
            ->createPostmortem(QStringLiteral("standard"),
                               {{Field::Title, QStringLiteral("Stale")},
                                {kStart, QStringLiteral("2026-03-02T14:00:00.000Z")},
                                {kDetected, QStringLiteral("2026-03-02T14:12:00.000Z")}})
            .value();
    const Postmortem pm = *store->loadPostmortem(id);
    QJsonObject doc = QJsonDocument::fromJson(PostmortemJson::toCanonicalBytes(pm)).object();
    // A hand-edited, stale copy of the derived data is ignored and recomputed on export.
    doc.insert(QStringLiteral("phase_metrics"),
               QJsonObject{{QStringLiteral("durations"), QJsonObject()}});
    const auto parsed = PostmortemJson::fromJson(doc, test::builtinTemplates());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(PostmortemJson::toCanonicalBytes(parsed.value()),
             PostmortemJson::toCanonicalBytes(pm));
    doc.insert(QStringLiteral("phase_metrics"), 5);
    const auto bad = PostmortemJson::fromJson(doc, test::builtinTemplates());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(u"$.phase_metrics: expected an object"),
             qPrintable(bad.error()));
}

QTEST_GUILESS_MAIN(TestPhaseMetrics)
#include "test_phasemetrics.moc"
