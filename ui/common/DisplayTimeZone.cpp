#include "common/DisplayTimeZone.h"

#include "util/DisplayFormat.h"

#include <QSettings>

#include <algorithm>

namespace causeway {

namespace {
const QString kTimeZoneKey = QStringLiteral("display/timeZone");
}

QString defaultTimeZoneSetting() {
    return QSettings().value(kTimeZoneKey).toString();
}

void setDefaultTimeZoneSetting(const QString& ianaId) {
    QSettings settings;
    if (ianaId.isEmpty())
        settings.remove(kTimeZoneKey);
    else
        settings.setValue(kTimeZoneKey, ianaId);
}

QTimeZone displayTimeZone(const QString& postmortemZoneId) {
    if (!postmortemZoneId.isEmpty()) {
        QTimeZone zone(postmortemZoneId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    const QString fallback = defaultTimeZoneSetting();
    if (!fallback.isEmpty()) {
        QTimeZone zone(fallback.toUtf8());
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
