#pragma once

#include <QDate>
#include <QString>

class QSettings;

namespace causeway {

// The organisation's follow-up rules, kept in the settings (Settings → Policy) and read by
// the GUI and the CLI alike.
struct Policy {
    // Default deadline of a new action, in weeks, by priority.
    int p1DeadlineWeeks = 4;
    int p2DeadlineWeeks = 8;
    int p3DeadlineWeeks = 12;
    // The analysis is due this many business days (Monday to Friday) after the incident ends.
    int analysisDueBusinessDays = 5;
    // An approved postmortem cannot be deleted for this many years after approval.
    int retentionYears = 7;

    static Policy load(const QSettings& settings);
    static Policy load(); // from the application's settings
    void save(QSettings& settings) const;
    void save() const;

    int deadlineWeeks(const QString& priority) const;
    QDate defaultDue(const QString& priority, const QDate& from) const;
};

// date plus n business days (weekends skipped; public holidays are not known).
QDate addBusinessDays(const QDate& date, int n);

} // namespace causeway
