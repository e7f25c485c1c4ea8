#include "common/DisplayTimeZone.h"

#include "util/DisplayFormat.h"

#include <QAtomicInt>
#include <QHash>
#include <QSettings>

#include <algorithm>

namespace causeway {

namespace {
const QString kTimeZoneKey = QStringLiteral("display/timeZone");

// Lists and tables ask for the display zone of every date cell they show, so neither the
// setting nor the zone (tzdata files) is read more than once; the settings dialog is the only
// writer and bumps the generation. Per thread, so a worker never shares the cache.
QAtomicInt settingGeneration;

struct ZoneCache {
    int generation = -1;
    QString setting;
    QHash<QString, QTimeZone> zones;
};

ZoneCache& zoneCache() {
    thread_local ZoneCache cache;
    if (cache.generation != settingGeneration.loadRelaxed()) {
        cache.generation = settingGeneration.loadRelaxed();
        cache.setting = QSettings().value(kTimeZoneKey).toString();
    }
    return cache;
}

// The zone of an IANA id, or an invalid zone.
QTimeZone zoneOf(const QString& ianaId) {
    QHash<QString, QTimeZone>& zones = zoneCache().zones;
    auto found = zones.constFind(ianaId);
    if (found == zones.cend())
        found = zones.insert(ianaId, QTimeZone(ianaId.toUtf8()));
    return *found;
}
} // namespace

QString defaultTimeZoneSetting() {
    return zoneCache().setting;
}

void setDefaultTimeZoneSetting(const QString& ianaId) {
    QSettings settings;
    if (ianaId.isEmpty())
        settings.remove(kTimeZoneKey);
    else
        settings.setValue(kTimeZoneKey, ianaId);
    settingGeneration.fetchAndAddRelaxed(1);
}

QTimeZone displayTimeZone(const QString& postmortemZoneId) {
    if (!postmortemZoneId.isEmpty()) {
        QTimeZone zone = zoneOf(postmortemZoneId);
        if (zone.isValid())
            return zone;
    }
    const QString fallback = defaultTimeZoneSetting();
    if (!fallback.isEmpty()) {
        QTimeZone zone = zoneOf(fallback);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QStringList timeZoneIds() {
    static const QStringList ids = [] {
        QStringList list;
        const QList<QByteArray> raw = QTimeZone::availableTimeZoneIds();
        list.reserve(raw.size());
        for (const QByteArray& id : raw)
            list.append(QString::fromUtf8(id));
        std::sort(list.begin(), list.end());
        return list;
    }();
    return ids;
}

QString formatDateTime(const QDateTime& utc, const QTimeZone& zone) {
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    return local.toString(displayDateTimeFormat()) + u' ' + zone.abbreviation(utc);
}

QString formatDate(const QDateTime& utc, const QTimeZone& zone) {
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone).toString(displayDateFormat());
}

} // namespace causeway
