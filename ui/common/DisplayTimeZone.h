#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace causeway {

// Times are stored as UTC instants; which zone shows them is a view concern. A postmortem's
// own time zone field wins, then the user's default from the settings, then the system's.
QTimeZone displayTimeZone(const QString& postmortemZoneId = QString());
QString defaultTimeZoneSetting(); // empty: follow the system
void setDefaultTimeZoneSetting(const QString& ianaId);

// All IANA ids the platform knows, sorted, for time zone pickers.
QStringList timeZoneIds();

// "2024-03-05 14:02 CET": ISO order so that facilitators and regulators read the same thing.
QString formatDateTime(const QDateTime& utc, const QTimeZone& zone);
QString formatDate(const QDateTime& utc, const QTimeZone& zone);

} // namespace causeway
