#include "settings/SettingsDialog.h"
#include "util/Policy.h"

#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace causeway;

// Settings → Policy: the dialog shows the stored policy and saves what the user set, under
// the keys Policy::load() reads (the CLI and the store read the same values).
class TestPolicySettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }
    void loadsAndSavesThePolicy();
};

namespace {
QSpinBox* spin(const SettingsDialog& dialog, const QString& accessibleName) {
    for (QSpinBox* box : dialog.findChildren<QSpinBox*>()) {
        if (box->accessibleName() == accessibleName)
            return box;
    }
    return nullptr;
}
} // namespace

void TestPolicySettings::loadsAndSavesThePolicy() {
    Policy stored;
    stored.p1DeadlineWeeks = 3;
    stored.retentionYears = 6;
    stored.save();
    SettingsDialog dialog;
    QSpinBox* p1 = spin(dialog, QStringLiteral("Default deadline of P1 actions"));
    QSpinBox* days = spin(dialog, QStringLiteral("Analysis due after the incident"));
    QSpinBox* years = spin(dialog, QStringLiteral("Retention of approved postmortems"));
    QVERIFY(p1 && days && years);
    QCOMPARE(p1->value(), 3);
    QCOMPARE(days->value(), 5); // the default
    QCOMPARE(years->value(), 6);

    p1->setValue(2);
    days->setValue(10);
    years->setValue(10);
    dialog.save();
    const Policy saved = Policy::load();
    QCOMPARE(saved.p1DeadlineWeeks, 2);
    QCOMPARE(saved.p2DeadlineWeeks, 8);
    QCOMPARE(saved.analysisDueBusinessDays, 10);
    QCOMPARE(saved.retentionYears, 10);
}

QTEST_MAIN(TestPolicySettings)
#include "test_policysettings.moc"
