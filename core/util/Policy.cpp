#include "util/Policy.h"

#include <QSettings>

namespace causeway {

namespace {
const QString kP1 = QStringLiteral("policy/p1DeadlineWeeks");
const QString kP2 = QStringLiteral("policy/p2DeadlineWeeks");
const QString kP3 = QStringLiteral("policy/p3DeadlineWeeks");
const QString kAnalysisDue = QStringLiteral("policy/analysisDueBusinessDays");
const QString kRetention = QStringLiteral("policy/retentionYears");

int positive(const QSettings& s, const QString& key, int fallback) {
    bool ok = false;
    const int v = s.value(key, fallback).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}
} // namespace

Policy Policy::load(const QSettings& settings) {
    Policy p;
    p.p1DeadlineWeeks = positive(settings, kP1, p.p1DeadlineWeeks);
    p.p2DeadlineWeeks = positive(settings, kP2, p.p2DeadlineWeeks);
    p.p3DeadlineWeeks = positive(settings, kP3, p.p3DeadlineWeeks);
    p.analysisDueBusinessDays = positive(settings, kAnalysisDue, p.analysisDueBusinessDays);
    p.retentionYears = positive(settings, kRetention, p.retentionYears);
    return p;
}

Policy Policy::load() {
    const QSettings settings;
    return load(settings);
}

void Policy::save(QSettings& settings) const {
    settings.setValue(kP1, p1DeadlineWeeks);
    settings.setValue(kP2, p2DeadlineWeeks);
    settings.setValue(kP3, p3DeadlineWeeks);
    settings.setValue(kAnalysisDue, analysisDueBusinessDays);
    settings.setValue(kRetention, retentionYears);
}

void Policy::save() const {
    QSettings settings;
    save(settings);
}

int Policy::deadlineWeeks(const QString& priority) const {
    if (priority == u"P1")
        return p1DeadlineWeeks;
    if (priority == u"P3")
        return p3DeadlineWeeks;
    return p2DeadlineWeeks;
}

QDate Policy::defaultDue(const QString& priority, const QDate& from) const {
    return from.addDays(7LL * deadlineWeeks(priority));
}

QDate addBusinessDays(const QDate& date, int n) {
    QDate d = date;
    while (n > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --n;
    }
    return d;
}

} // namespace causeway
