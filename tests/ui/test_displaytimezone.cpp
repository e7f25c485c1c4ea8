// The display time zone is asked for by every date cell, so it is cached; a changed setting
// must still show at once.
#include "common/DisplayTimeZone.h"

#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace causeway;

class TestDisplayTimeZone : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void postmortemZoneFirst() {
        setDefaultTimeZoneSetting(QStringLiteral("Europe/Berlin"));
        QCOMPARE(displayTimeZone(QStringLiteral("Asia/Tokyo")).id(), QByteArray("Asia/Tokyo"));
        QCOMPARE(displayTimeZone(QStringLiteral("Asia/Tokyo")).id(), QByteArray("Asia/Tokyo"));
        // An unknown zone falls back to the setting, also when asked again.
        QCOMPARE(displayTimeZone(QStringLiteral("Nowhere/Land")).id(), QByteArray("Europe/Berlin"));
        QCOMPARE(displayTimeZone(QStringLiteral("Nowhere/Land")).id(), QByteArray("Europe/Berlin"));
    }

    void changedSettingShowsAtOnce() {
        setDefaultTimeZoneSetting(QStringLiteral("Europe/Berlin"));
        QCOMPARE(displayTimeZone().id(), QByteArray("Europe/Berlin"));
        QCOMPARE(defaultTimeZoneSetting(), QStringLiteral("Europe/Berlin"));
        setDefaultTimeZoneSetting(QStringLiteral("America/New_York"));
        QCOMPARE(displayTimeZone().id(), QByteArray("America/New_York"));
        setDefaultTimeZoneSetting(QString());
        QCOMPARE(defaultTimeZoneSetting(), QString());
        QCOMPARE(displayTimeZone(), QTimeZone::systemTimeZone());
    }

    void otherThreadsSeeTheSetting() {
        setDefaultTimeZoneSetting(QStringLiteral("Asia/Kolkata"));
        QByteArray seen;
        std::thread worker([&seen] { seen = displayTimeZone().id(); });
        worker.join();
        QCOMPARE(seen, QByteArray("Asia/Kolkata"));
        setDefaultTimeZoneSetting(QString());
    }
};

QTEST_MAIN(TestDisplayTimeZone)
#include "test_displaytimezone.moc"
