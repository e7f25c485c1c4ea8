#include "timeline/import/TimeParsing.h"

#include <QTest>

using namespace causeway::timeline;

namespace {

const QTimeZone berlin("Europe/Berlin");

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestTimeParsing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void daylightSaving();
    void ambiguityPolicy();
    void scanStopsAtText();
    void epochHelpers();
};

void TestTimeParsing::accepted_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("expected");
    // The reference is 2026-03-02 22:30 UTC, i.e. 23:30 in Berlin (CET, UTC+1).
    QTest::newRow("hh:mm utc") << QStringLiteral("14:05") << QByteArray("UTC")
                               << utc("2026-03-02T14:05:00Z");
    QTest::newRow("hh:mm berlin") << QStringLiteral("14:05") << QByteArray("Europe/Berlin")
                                  << utc("2026-03-02T13:05:00Z");
    QTest::newRow("h:mm") << QStringLiteral("9:05") << QByteArray("UTC")
                          << utc("2026-03-02T09:05:00Z");
    QTest::newRow("seconds") << QStringLiteral(" 14:05:30 ") << QByteArray("UTC")
                             << utc("2026-03-02T14:05:30Z");
    QTest::newRow("date minutes") << QStringLiteral("2026-03-04 14:05") << QByteArray("UTC")
                                  << utc("2026-03-04T14:05:00Z");
    QTest::newRow("date seconds berlin")
        << QStringLiteral("2026-07-04 14:05:30") << QByteArray("Europe/Berlin")
        << utc("2026-07-04T12:05:30Z");
    QTest::newRow("iso offset") << QStringLiteral("2026-03-02T14:05:30.123+01:00")
                                << QByteArray("UTC") << utc("2026-03-02T13:05:30.123Z");
    QTest::newRow("iso Z ignores zone")
        << QStringLiteral("2026-03-02T14:05:30Z") << QByteArray("Europe/Berlin")
        << utc("2026-03-02T14:05:30Z");
    QTest::newRow("iso compact offset") << QStringLiteral("2026-03-02T14:05:30-0500")
                                        << QByteArray("UTC") << utc("2026-03-02T19:05:30Z");
    QTest::newRow("microseconds") << QStringLiteral("2026-03-02T14:05:30.123456Z")
                                  << QByteArray("UTC") << utc("2026-03-02T14:05:30.123Z");
    QTest::newRow("+5m") << QStringLiteral("+5m") << QByteArray("UTC")
                         << utc("2026-03-02T22:35:00Z");
    QTest::newRow("-30s") << QStringLiteral("-30s") << QByteArray("UTC")
                          << utc("2026-03-02T22:29:30Z");
    QTest::newRow("+1h") << QStringLiteral("+1h") << QByteArray("Europe/Berlin")
                         << utc("2026-03-02T23:30:00Z");
    QTest::newRow("+2d") << QStringLiteral("+2d") << QByteArray("UTC")
                         << utc("2026-03-04T22:30:00Z");
    QTest::newRow("+ 90 min") << QStringLiteral("+ 90 min") << QByteArray("UTC")
                              << utc("2026-03-03T00:00:00Z");
}

void TestTimeParsing::accepted() {
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, expected);
    const QDateTime reference = utc("2026-03-02T22:30:00Z");
    const auto parsed = parseUserTime(text, QTimeZone(zone), reference);
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestTimeParsing::rejected_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    const int syntax = int(TimeError::Syntax);
    QTest::newRow("empty") << QString() << syntax;
    QTest::newRow("hour 24") << QStringLiteral("24:00") << syntax;
    QTest::newRow("minute 60") << QStringLiteral("14:60") << syntax;
    QTest::newRow("one minute digit") << QStringLiteral("14:5") << syntax;
    QTest::newRow("trailing text") << QStringLiteral("14:05 paged") << syntax;
    QTest::newRow("feb 30") << QStringLiteral("2026-02-30 10:00") << syntax;
    QTest::newRow("date only") << QStringLiteral("2026-03-02") << syntax;
    QTest::newRow("unit") << QStringLiteral("+5 parsecs") << syntax;
    QTest::newRow("huge relative") << QStringLiteral("+99999999999d") << syntax;
    QTest::newRow("words") << QStringLiteral("yesterday") << syntax;
    QTest::newRow("gap") << QStringLiteral("2026-03-29 02:30") << int(TimeError::Nonexistent);
    QTest::newRow("fold") << QStringLiteral("2026-10-25 02:30") << int(TimeError::Ambiguous);
}

void TestTimeParsing::rejected() {
    QFETCH(QString, text);
    QFETCH(int, error);
    const ParsedTime parsed = parseUserTimeDetailed(text, berlin, utc("2026-03-02T22:30:00Z"));
    QVERIFY2(!parsed.time, qPrintable(parsed.time ? parsed.time->toString(Qt::ISODate) : text));
    QCOMPARE(int(parsed.error), error);
    QVERIFY(!describeTimeError(parsed.error).isEmpty());
}

void TestTimeParsing::daylightSaving() {
    QVERIFY(berlin.isValid());
    QCOMPARE(localTimeStatus(QDate(2026, 3, 29), QTime(2, 30), berlin),
             LocalTimeStatus::Nonexistent);
    QCOMPARE(localTimeStatus(QDate(2026, 10, 25), QTime(2, 30), berlin),
             LocalTimeStatus::Ambiguous);
    QCOMPARE(localTimeStatus(QDate(2026, 10, 25), QTime(3, 30), berlin), LocalTimeStatus::Unique);
    QCOMPARE(localTimeStatus(QDate(2026, 3, 29), QTime(1, 59), berlin), LocalTimeStatus::Unique);
    QCOMPARE(localTimeStatus(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::utc()),
             LocalTimeStatus::Unique);
    // Either side of the spring gap: 01:59 CET and 03:00 CEST are one minute apart.
    const auto before = resolveLocalTime(QDate(2026, 3, 29), QTime(1, 59), berlin);
    const auto after = resolveLocalTime(QDate(2026, 3, 29), QTime(3, 0), berlin);
    QVERIFY(before && after);
    QCOMPARE(before->secsTo(*after), 60);
    QVERIFY(!parseUserTime(QStringLiteral("02:30"), berlin, utc("2026-03-29T00:10:00Z")));
    // A bare time on the reference's local date: 2026-03-29 01:00 in Berlin is 00:00 UTC.
    QCOMPARE(*parseUserTime(QStringLiteral("01:00"), berlin, utc("2026-03-28T23:30:00Z")),
             utc("2026-03-29T00:00:00Z"));
}

void TestTimeParsing::ambiguityPolicy() {
    const QString fold = QStringLiteral("2026-10-25 02:30");
    const QDateTime reference;
    QVERIFY(!parseUserTime(fold, berlin, reference));
    QCOMPARE(*parseUserTime(fold, berlin, reference, AmbiguityPolicy::Earlier),
             utc("2026-10-25T00:30:00Z")); // still CEST, UTC+2
    QCOMPARE(*parseUserTime(fold, berlin, reference, AmbiguityPolicy::Later),
             utc("2026-10-25T01:30:00Z")); // CET again, UTC+1
    // A gap stays a gap whatever the policy.
    QVERIFY(!parseUserTime(QStringLiteral("2026-03-29 02:30"), berlin, reference,
                           AmbiguityPolicy::Later));
    // Without a reference, bare and relative times cannot be placed.
    QCOMPARE(parseUserTimeDetailed(QStringLiteral("14:05"), berlin, reference).error,
             TimeError::NoReference);
    QCOMPARE(parseUserTimeDetailed(QStringLiteral("+5m"), berlin, reference).error,
             TimeError::NoReference);
}

void TestTimeParsing::scanStopsAtText() {
    const auto parts = scanDateTime(u"14:05:30 - rolled back");
    QVERIFY(parts);
    QCOMPARE(parts->length, 8);
    QVERIFY(!parts->date.isValid());
    QVERIFY(!parts->offsetSeconds);
    // A span in notes is not a UTC offset.
    const auto span = scanDateTime(u"14:05-14:30 text");
    QVERIFY(span);
    QCOMPARE(span->length, 5);
    QVERIFY(!span->offsetSeconds);
    const auto iso = scanDateTime(u"2026-03-02T14:05:30+01:00 host");
    QVERIFY(iso);
    QCOMPARE(iso->offsetSeconds.value_or(-1), 3600);
    QCOMPARE(iso->length, 25);
    QVERIFY(!scanDateTime(u"14:05x"));
    QVERIFY(!scanDateTime(u"140:05"));
}

void TestTimeParsing::epochHelpers() {
    QCOMPARE(*fromEpochSecondsText(u"1772491267.123456"), utc("2026-03-02T22:41:07.123Z"));
    QCOMPARE(*fromEpochSecondsText(u"1772491267"), utc("2026-03-02T22:41:07Z"));
    QCOMPARE(*fromEpochSecondsText(u"1772491267.5"), utc("2026-03-02T22:41:07.500Z"));
    QVERIFY(!fromEpochSecondsText(u"17724x1267"));
    QVERIFY(!fromEpochSecondsText(u""));
    QVERIFY(!fromEpochSecondsText(u"-5"));
    QVERIFY(!fromEpochSecondsText(u"9999999999999999"));
    QCOMPARE(*fromEpochMillis(1772491267123), utc("2026-03-02T22:41:07.123Z"));
    QCOMPARE(*fromEpochMicros(1772491267123456), utc("2026-03-02T22:41:07.123Z"));
    QVERIFY(!fromEpochMicros(std::numeric_limits<qint64>::min()));
    QVERIFY(!fromEpochMillis(std::numeric_limits<qint64>::max()));
    // Numbers: the unit follows from the size.
    QCOMPARE(*fromEpochNumber(1772491267.25), utc("2026-03-02T22:41:07.250Z"));
    QCOMPARE(*fromEpochNumber(1772491267123.0), utc("2026-03-02T22:41:07.123Z"));
    QCOMPARE(*fromEpochNumber(1772491267123456.0), utc("2026-03-02T22:41:07.123Z"));
    QCOMPARE(fromEpochNumber(1772491267123456789.0).value().toSecsSinceEpoch(), qint64(1772491267));
    QVERIFY(!fromEpochNumber(-1));
    QVERIFY(!fromEpochNumber(std::numeric_limits<double>::infinity()));
    QVERIFY(!fromEpochNumber(std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(!fromEpochNumber(1e300));
}

QTEST_GUILESS_MAIN(TestTimeParsing)
#include "test_timeparsing.moc"
